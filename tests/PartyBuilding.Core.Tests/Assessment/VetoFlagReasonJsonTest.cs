using System.Text.RegularExpressions;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>
/// A veto or downgrade flag's reason in JSON: a string a person wrote is kept as written in both languages; a reason an
/// adapter raises in both languages is an object <c>{ "zhCn", "english" }</c>; a blank or malformed reason is a coded problem.
/// </summary>
public sealed partial class VetoFlagReasonJsonTest
{
    private static AssessmentDataSet WithFlags(params VetoFlag[] flags) =>
        Data([Member("A")], [new ComponentInput(Org("A"), Std, Score.Of(90m), Vetoes: [.. flags])]);

    [Fact]
    public void Reason_GivenAsAString_IsKeptAsWrittenInBothLanguagesAndWrittenBackAsAString()
    {
        var json = PartyBuildingJson.Serialize(WithFlags(new VetoFlag(Veto, LocalizedText.AsGiven("严重违纪"))));

        json.Should().Contain("\"reason\": \"严重违纪\"");
        PartyBuildingJson.Deserialize<AssessmentDataSet>(json).Inputs[0].Vetoes[0].Reason.Should().Be(LocalizedText.AsGiven("严重违纪"));
    }

    [Fact]
    public void Reason_GivenInBothLanguages_IsAnObjectAndRoundTrips()
    {
        var reason = new LocalizedText("8项整改措施中1项逾期", "1 of 8 rectification measures overdue");

        var json = PartyBuildingJson.Serialize(WithFlags(new VetoFlag(Veto, reason)));

        Compact(json).Should().Contain("\"reason\":{\"zhCn\":\"8项整改措施中1项逾期\",\"english\":\"1 of 8 rectification measures overdue\"}");
        PartyBuildingJson.Deserialize<AssessmentDataSet>(json).Inputs[0].Vetoes[0].Reason.Should().Be(reason);
    }

    [Theory]
    [InlineData("\"  \"")]
    [InlineData("42")]
    [InlineData("{\"zhCn\":\"只有中文\"}")]
    [InlineData("{\"zhCn\":\"甲\",\"english\":\"a\",\"fr\":\"b\"}")]
    public void Reason_BlankMalformedOrIncomplete_IsRequiredAtItsPath(string reason)
    {
        var json = PartyBuildingJson.Serialize(WithFlags(new VetoFlag(Veto, LocalizedText.AsGiven("x"))));
        json = json.Replace("\"reason\": \"x\"", $"\"reason\": {reason}", StringComparison.Ordinal);

        var act = () => PartyBuildingJson.Deserialize<AssessmentDataSet>(json);

        var problem = act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Which;
        problem.ErrorCode.Should().Be(CommonErrorCodes.Required);
        problem.Path.Should().StartWith("$.content.inputs[0].vetoes[0].reason");
    }

    private static string Compact(string json) => Whitespace().Replace(json, string.Empty);

    [GeneratedRegex(@"\s+(?=[""{}:,\[\]])|(?<=[""{}:,\[\]])\s+")]
    private static partial Regex Whitespace();

    [Fact]
    public void Reason_WithALanguageGivenTwice_IsADuplicatePropertyAtIt()
    {
        var json = PartyBuildingJson.Serialize(WithFlags(new VetoFlag(Veto, LocalizedText.AsGiven("x"))));
        json = json.Replace("\"reason\": \"x\"", "\"reason\": {\"zhCn\":\"甲\",\"english\":\"a\",\"zhCn\":\"乙\"}", StringComparison.Ordinal);

        var problem = ((Action)(() => PartyBuildingJson.Deserialize<AssessmentDataSet>(json)))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Which;

        problem.ErrorCode.Should().Be(CommonErrorCodes.DuplicateProperty);
        problem.Path.Should().Be("$.content.inputs[0].vetoes[0].reason.zhCn");
    }
}
