using System.Reflection;
using System.Text.Json.Nodes;
using PartyBuilding.Cli.Documents;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Documents;

public sealed class AreaDocumentsTest : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static IEnumerable<string> SeedFiles() =>
        Directory.GetFiles(Seeds.Directory, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Seeds.Directory, f))
            .Where(f => !f.StartsWith("scenarios" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> SeedDocuments() => [.. SeedFiles()];

    [Theory]
    [MemberData(nameof(SeedDocuments))]
    public void Validate_SeedDocument_IsValid(string seed)
    {
        var run = CliRun.In(DisplayLanguage.English, "validate", Path.Combine(Seeds.Directory, seed));

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stdout);
        run.StdoutLines.Should().ContainSingle().Which.Should().Match(
            line => line.EndsWith(": ok", StringComparison.Ordinal) || line.Contains($"[{StructureOnlyValidator<object>.StructureOnly}]", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_EveryAreaHasSeeds_AndEverySeedKindIsKnown()
    {
        var kinds = SeedFiles()
            .Select(seed => JsonNode.Parse(File.ReadAllText(Path.Combine(Seeds.Directory, seed)))!["kind"]!.GetValue<string>())
            .ToHashSet(StringComparer.Ordinal);

        kinds.Should().OnlyContain(kind => DocumentCatalog.Default.Find(kind) != null);
        kinds.Should().Contain([
            "organization-snapshot", "organization-event-log",
            "responsibility-scheme", "responsibility-data-set", "rectification-ledger",
            "standardization-catalogue", "standardization-tier-scheme", "standardization-data-set",
            "member-points-scheme", "member-points-data-set",
            "double-review-scheme", "double-review-data-set",
            "assessment-scheme", "assessment-data-set"]);
    }

    [Fact]
    public void Catalog_RegistersEveryDocumentTypeOfTheLibrary()
    {
        var documentTypes = typeof(IDocumentContent).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDocumentContent).IsAssignableFrom(t));

        DocumentCatalog.Default.All.Select(k => k.ContentType).Should().BeEquivalentTo(documentTypes);
        DocumentCatalog.Default.All.Should().OnlyContain(k => k.Kind == (string)k.ContentType.GetProperty(nameof(IDocumentContent.DocumentKind), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!);
    }

    public static TheoryData<string, string, string, string> BrokenCopies() => new()
    {
        // seed, JSON path to change, new value (JSON), expected line after "FILE: "
        { "organizations/binzhou-snapshot.json", "members[3].branchId", "\"BZ-999-B01\"", "$.content.members[3].branchId: [ORG.ORGANIZATION_UNKNOWN]" },
        { "responsibilities/shandong-scheme.json", "scoring.parameters.weight-principal", "\"0.6\"", "$.content.scoring.parameters: [RESP.SCORING_WEIGHTS_SUM]" },
        { "standardization/tier-scheme-binzhou-002.json", "rule.parameters.advanced", "\"99\"", "$.content.rule.parameters.exemplary: [COMMON.STRATEGY_PARAMETER_INVALID]" },
        { "member-points/binzhou-2018-scheme.json", "grading.parameters.excellent-quota", "\"1.5\"", "$.content.grading.parameters.excellent-quota: [COMMON.STRATEGY_PARAMETER_INVALID]" },
        { "double-review/scheme-bz-wc-2017.json", "groups[0].weight", "0.5", "$.content.groups: [DR.WEIGHTS_SUM]" },
        { "assessment/scheme-2024.json", "banding[0].value.parameters.good", "\"50\"", "$.content.banding[0].value.parameters.good: [COMMON.STRATEGY_PARAMETER_INVALID]" },
    };

    [Theory]
    [MemberData(nameof(BrokenCopies))]
    public void Validate_BrokenCopyOfASeed_FailsWithPathAndCode(string seed, string change, string value, string expected)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(Seeds.Directory, seed)))!;
        Set(document["content"]!, change, JsonNode.Parse(value)!);
        var file = temp.File("broken.json", document.ToJsonString());

        var run = CliRun.In(DisplayLanguage.English, "validate", file);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StdoutLines.Should().ContainSingle().Which.Should().StartWith($"{file}: {expected} ");
    }

    [Fact]
    public void Validate_DataSetNeedingItsScheme_SaysOnlyTheStructureWasChecked()
    {
        var file = Path.Combine(Seeds.Directory, "member-points", "bz-001-2018-data.json");

        var run = CliRun.In(DisplayLanguage.English, "validate", file);

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.StdoutLines.Should().ContainSingle().Which.Should().StartWith($"{file}: $.content: [{StructureOnlyValidator<object>.StructureOnly}] Structure checked only: the full check of this document needs its member-points-scheme");
    }

    [Fact]
    public void Validate_StandardizationDataSet_ChecksItsRoster()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(Seeds.Directory, "standardization", "assessments-binzhou-2017-2019.json")))!;
        var branches = document["content"]!["roster"]!["branches"]!.AsArray();
        branches.Add(branches[0]!.DeepClone());
        var file = temp.File("roster.json", document.ToJsonString());

        var run = CliRun.In(DisplayLanguage.English, "validate", file);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StdoutLines.Should().Contain(line => line.StartsWith($"{file}: $.content.roster.branches", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_WritesOneSchemaPerAreaKind()
    {
        var run = CliRun.In(DisplayLanguage.English, "schema", "--out", temp.Path);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        foreach (var kind in DocumentCatalog.Default.All)
        {
            var schema = JsonNode.Parse(File.ReadAllText(temp.Combine($"{kind.Kind}.schema.json")))!;
            schema["properties"]!["kind"]!["const"]!.GetValue<string>().Should().Be(kind.Kind);
            schema["properties"]!["content"]!["$ref"]!.GetValue<string>().Should().Be($"#/$defs/{kind.ContentType.Name}");
        }

        Directory.GetFiles(temp.Path, "*.schema.json").Should().HaveCount(32, "the explanation, 30 documents of the eight areas and the evaluation manifest");
    }

    // Sets a value at a simple path: names separated by dots, [n] for array items. A name with a dot that exists
    // whole on the object is taken whole.
    private static void Set(JsonNode root, string path, JsonNode value)
    {
        var node = root;
        var rest = path;
        while (true)
        {
            if (node is JsonObject obj && obj.ContainsKey(rest))
            {
                obj[rest] = value;
                return;
            }

            var dot = rest.IndexOf('.', StringComparison.Ordinal);
            var segment = dot < 0 ? rest : rest[..dot];
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            var index = bracket < 0 ? (int?)null : int.Parse(segment[(bracket + 1)..^1], CultureInfo.InvariantCulture);
            if (dot < 0)
            {
                if (index is { } last)
                {
                    node[name]![last] = value;
                }
                else
                {
                    node[name] = value;
                }

                return;
            }

            node = index is { } i ? node[name]![i]! : node[name]!;
            rest = rest[(dot + 1)..];
        }
    }
}
