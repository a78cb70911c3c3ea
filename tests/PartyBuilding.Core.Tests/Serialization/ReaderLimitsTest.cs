using System.Text;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Serialization;

public sealed class ReaderLimitsTest
{
    internal const string Leaf = """{"label":{"zhCn":"分","english":"Points"},"value":1,"combination":"Given"}""";

    internal static string Document(string content, string version = "1.0", string kind = "explanation") =>
        $$"""{"schemaVersion":"{{version}}","kind":"{{kind}}","content":{{content}}}""";

    internal static ValidationProblem SingleProblem(Action act) =>
        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Subject;

    [Fact]
    public void Deserialize_AboveSizeLimit_IsRefusedBeforeParsing()
    {
        var json = Document(Leaf);
        var bytes = Encoding.UTF8.GetByteCount(json); // 分 takes three bytes
        var limits = new JsonReadLimits(bytes - 1, 64);

        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(json, limits));

        problem.ErrorCode.Should().Be(CommonErrorCodes.DocumentTooLarge);
        problem.Message.Should().Be($"The document is larger than the limit of {bytes - 1} bytes.");
        problem.AttemptedValue.Should().Be(bytes.ToString(CultureInfo.InvariantCulture));
        PartyBuildingJson.Deserialize<Explanation>(json, new JsonReadLimits(bytes, 64)).Value.Should().Be(1m);
    }

    [Fact]
    public void Deserialize_FromStream_StopsReadingAtTheSizeLimit()
    {
        using var endless = new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', 10_000) + Document(Leaf)));

        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(endless, new JsonReadLimits(4096, 64)));

        problem.ErrorCode.Should().Be(CommonErrorCodes.DocumentTooLarge);
    }

    [Fact]
    public void Deserialize_DeeperThanLimit_IsRefusedWithDepthError()
    {
        var nested = Leaf;
        for (var i = 0; i < 10; i++)
        {
            nested = $$"""{"label":{"zhCn":"分","english":"Points"},"value":1,"combination":"Sum","children":[{{nested}}]}""";
        }

        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(Document(nested), new JsonReadLimits(1 << 20, 16)));

        problem.ErrorCode.Should().Be(CommonErrorCodes.DocumentTooDeep);
        problem.Message.Should().StartWith("The document nests deeper than the limit of 16 levels");
        PartyBuildingJson.Deserialize<Explanation>(Document(nested), new JsonReadLimits(1 << 20, 32)).Children.Should().ContainSingle();
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("0.9")]
    public void Deserialize_UnsupportedSchemaVersion_IsRefused(string version)
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(Document(Leaf, version)));

        problem.ErrorCode.Should().Be(CommonErrorCodes.UnsupportedSchemaVersion);
        problem.Path.Should().Be("$.schemaVersion");
        problem.AttemptedValue.Should().Be(version);
    }

    [Fact]
    public void Deserialize_MinorVersionOfSameMajor_IsAccepted() =>
        PartyBuildingJson.Deserialize<Explanation>(Document(Leaf, "1.7")).Value.Should().Be(1m);

    [Fact]
    public void Deserialize_MissingVersion_IsRefused()
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>($$"""{"kind":"explanation","content":{{Leaf}}}"""));

        problem.Message.Should().Be("The document has no 'schemaVersion'; this library reads version 1.0.");
    }

    [Fact]
    public void Deserialize_WrongKind_IsRefusedNamingTheExpectedKind()
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(Document(Leaf, kind: "organization-snapshot")));

        problem.ErrorCode.Should().Be(CommonErrorCodes.WrongDocumentKind);
        problem.Message.Should().Be("Expected a 'explanation' document.");
        problem.AttemptedValue.Should().Be("organization-snapshot");
    }

    [Fact]
    public void Deserialize_MissingContent_IsRefused()
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>("""{"schemaVersion":"1.0","kind":"explanation"}"""));

        problem.ErrorCode.Should().Be(CommonErrorCodes.MissingContent);
    }

    [Fact]
    public void Deserialize_NotAnObject_IsRefused()
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>("[1,2,3]"));

        problem.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
        problem.Path.Should().Be("$");
    }

    [Fact]
    public void Deserialize_WrongValueType_NamesThePath()
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(
            Document("""{"label":{"zhCn":"分","english":"Points"},"value":"high","combination":"Given"}""")));

        problem.ErrorCode.Should().Be(CommonErrorCodes.MalformedJson);
        problem.Path.Should().Be("$.content.value");
    }

    [Fact]
    public void Deserialize_ConstructorRefusesValue_ReportsInvalidValue()
    {
        var problem = SingleProblem(() => PartyBuildingJson.Deserialize<Explanation>(
            Document("""{"label":{"zhCn":" ","english":"Points"},"value":1,"combination":"Given"}""")));

        problem.ErrorCode.Should().Be(CommonErrorCodes.InvalidValue);
    }

    [Fact]
    public void PeekKind_ReadsTheEnvelopeOnly()
    {
        PartyBuildingJson.PeekKind(Encoding.UTF8.GetBytes(Document("{}", kind: "member-points-scheme"))).Should().Be("member-points-scheme");
    }

    [Fact]
    public void JsonReadLimits_RejectNonsense()
    {
        ((Action)(() => _ = new JsonReadLimits(0, 10))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = new JsonReadLimits(10, 0))).Should().Throw<ArgumentOutOfRangeException>();
    }
}
