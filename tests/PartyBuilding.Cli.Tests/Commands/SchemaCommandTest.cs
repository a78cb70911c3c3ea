using System.Text.Json.Nodes;
using PartyBuilding.Cli.Documents;
using NodaTime;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Commands;

public sealed class SchemaCommandTest : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private JsonObject ExportExplanation()
    {
        var run = CliRun.Of("schema", "--out", temp.Path);
        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        return JsonNode.Parse(File.ReadAllText(temp.Combine("explanation.schema.json")))!.AsObject();
    }

    [Fact]
    public void Schema_WritesOneFilePerKind()
    {
        var run = CliRun.In(DisplayLanguage.English, "schema", "--out", temp.Path);

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.StdoutLines.Should().Equal(DocumentCatalog.Default.All.Select(k => "wrote " + temp.Combine($"{k.Kind}.schema.json")));
        Directory.GetFiles(temp.Path, "*.schema.json").Should().HaveCount(DocumentCatalog.Default.All.Count());
    }

    [Fact]
    public void Schema_WrapsContentInEnvelope()
    {
        var schema = ExportExplanation();

        schema["$schema"]!.GetValue<string>().Should().Be(SchemaBuilder.Dialect);
        schema["properties"]!["kind"]!["const"]!.GetValue<string>().Should().Be("explanation");
        schema["properties"]!["content"]!["$ref"]!.GetValue<string>().Should().Be("#/$defs/Explanation");
        schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("schemaVersion", "kind", "content");
        schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public void Schema_RecursiveChildren_ReferToTheirDefinition()
    {
        var children = ExportExplanation()["$defs"]!["Explanation"]!["properties"]!["children"]!;

        children["type"]!.GetValue<string>().Should().Be("array");
        children["items"]!["$ref"]!.GetValue<string>().Should().Be("#/$defs/Explanation");
    }

    [Fact]
    public void Schema_NullableDate_IsPatternedStringOrNull()
    {
        var effectiveFrom = ExportExplanation()["$defs"]!["Explanation"]!["properties"]!["citation"]!["properties"]!["source"]!["properties"]!["effectiveFrom"]!;

        effectiveFrom["type"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("string", "null");
        effectiveFrom["pattern"]!.GetValue<string>().Should().Be(SchemaBuilder.DatePattern);
    }

    [Fact]
    public void Schema_EveryReference_Resolves()
    {
        var schema = ExportExplanation();

        References(schema).Should().NotBeEmpty("the explanation schema refers to its node definition");
        foreach (var reference in References(schema))
        {
            var node = (JsonNode?)schema;
            foreach (var segment in reference[2..].Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                node = node is JsonArray array ? array[int.Parse(segment, CultureInfo.InvariantCulture)] : node?[segment];
            }

            node.Should().NotBeNull($"'{reference}' must resolve");
        }
    }

    [Theory]
    [InlineData(typeof(Score), "number")]
    [InlineData(typeof(AssessmentYear), "integer")]
    [InlineData(typeof(YearMonth), "string")]
    [InlineData(typeof(OrganizationId), "string")]
    [InlineData(typeof(Proportion), "number")]
    public void ConvertedTypeSchema_LibraryTypes_AreDescribedAsWritten(Type type, string jsonType) =>
        SchemaBuilder.ConvertedTypeSchema(type)!["type"]!.GetValue<string>().Should().Be(jsonType);

    [Fact]
    public void ConvertedTypeSchema_Identifier_CarriesThePattern() =>
        SchemaBuilder.ConvertedTypeSchema(typeof(MemberId))!["pattern"]!.GetValue<string>().Should().Be(StronglyTypedId.Pattern);

    [Fact]
    public void ConvertedTypeSchema_Proportion_IsBetweenZeroAndOne()
    {
        var schema = SchemaBuilder.ConvertedTypeSchema(typeof(Proportion))!;

        schema["minimum"]!.GetValue<int>().Should().Be(0);
        schema["maximum"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public void ConvertedTypeSchema_Share_IsANumberFromZeroToOneOrAFractionString()
    {
        var options = SchemaBuilder.ConvertedTypeSchema(typeof(Share))!["anyOf"]!.AsArray();

        options[0]!["type"]!.GetValue<string>().Should().Be("number");
        options[0]!["maximum"]!.GetValue<int>().Should().Be(1);
        options[1]!["type"]!.GetValue<string>().Should().Be("string");
        System.Text.RegularExpressions.Regex.IsMatch("2/3", SchemaBuilder.SharePattern).Should().BeTrue();
        System.Text.RegularExpressions.Regex.IsMatch("0.8", SchemaBuilder.SharePattern).Should().BeTrue();
        System.Text.RegularExpressions.Regex.IsMatch("two thirds", SchemaBuilder.SharePattern).Should().BeFalse();
    }

    [Fact]
    public void ConvertedTypeSchema_OrdinaryType_IsLeftToTheExporter() =>
        SchemaBuilder.ConvertedTypeSchema(typeof(string)).Should().BeNull();

    [Fact]
    public void Schema_WithoutOut_IsUsageError() =>
        CliRun.Of("schema").ExitCode.Should().Be(ExitCodes.UsageError);

    [Fact]
    public void Schema_OutIsAFile_IsFileError()
    {
        var file = temp.File("taken", "x");

        var run = CliRun.In(DisplayLanguage.English, "schema", "--out", file);

        run.ExitCode.Should().Be(ExitCodes.FileError);
        run.StderrLines.Should().ContainSingle().Which.Should().StartWith($"pbeval: error: cannot create directory '{file}'");
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "$ref" ? [p.Value!.GetValue<string>()] : References(p.Value)),
        JsonArray array => array.SelectMany(References),
        _ => [],
    };
}
