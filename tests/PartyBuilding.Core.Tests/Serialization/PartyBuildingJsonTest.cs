using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Serialization;

public sealed class PartyBuildingJsonTest
{
    private static Explanation Sample => Explanation.Sum(
        new LocalizedText("年度总分", "Annual total"),
        [
            Explanation.Given(new LocalizedText("双述双评", "Double review"), 27.35m) with { Key = "double-review", Citation = Sources.Article002.At("按比例计入年度考核") },
            Explanation.Formula(
                new LocalizedText("标准化建设", "Standardization"),
                56.10m,
                "weighted-sum",
                [new("weight", "0.6")],
                [Explanation.Given(new LocalizedText("支部得分", "Branch score"), 93.50m)]) with { Note = LocalizedText.AsGiven("现场检查") },
        ]);

    [Fact]
    public void Serialize_ThenDeserialize_RoundTripsExactly()
    {
        var json = PartyBuildingJson.Serialize(Sample);

        var back = PartyBuildingJson.Deserialize<Explanation>(json);

        back.Should().Be(Sample);
        PartyBuildingJson.Serialize(back).Should().Be(json);
    }

    [Fact]
    public void Serialize_WritesEnvelopeWithSchemaVersionAndKind()
    {
        var json = PartyBuildingJson.Serialize(Sample);

        json.Should().StartWith("{\n  \"schemaVersion\": \"1.0\",\n  \"kind\": \"explanation\",\n  \"content\": {");
        json.Should().Contain("\"value\": 27.35").And.Contain("\"combination\": \"Sum\"");
    }

    [Fact]
    public void Deserialize_UnknownProperty_IsRejectedWithPath()
    {
        var json = """{"schemaVersion":"1.0","kind":"explanation","content":{"label":{"zhCn":"总","english":"Total"},"value":1,"combination":"Given","surprise":true}}""";

        var act = () => PartyBuildingJson.Deserialize<Explanation>(json);

        var problem = act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Subject;
        problem.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
        problem.Path.Should().Be("$.content.surprise");
    }

    [Fact]
    public void Deserialize_MalformedJson_ReportsLineAndPosition()
    {
        var act = () => PartyBuildingJson.Deserialize<Explanation>("{\n  \"schemaVersion\": \"1.0\",\n  \"kind\": ,\n}");

        var problem = act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Subject;
        problem.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
        problem.Message.Should().Contain("(line 3, position 11)");
    }
}
