using System.Text.RegularExpressions;
using PartyBuilding.Cli.Commands;
using PartyBuilding.Cli.Scenarios;

namespace PartyBuilding.Cli.Tests.Commands;

/// <summary>
/// Issue 24 ("Language"): under zh-CN, <c>validate</c>, <c>test</c> and the refusal of an invalid input print no English
/// built from the tool's or the library's vocabulary — only what the user gave or the documents name (paths and file
/// names, JSON paths, error codes such as <c>ORG.X</c>, identifiers and scenario names, options, values, numbers) and the
/// names of formats, scenario kinds and document properties as written (<c>JSON</c>, <c>rounding</c>, <c>kind</c>, …).
/// </summary>
public sealed partial class ChineseOutputTest : IDisposable
{
    /// <summary>Words that are names, not English: the tool and its commands, formats, a standard article 002 names (借鉴ISO9000), and document properties and placeholders as written.</summary>
    private static readonly string[] Names = ["pbeval", "explain", "JSON", "ISO", "Unicode", "NUL", "null", "content", "kind", "schemaVersion", "key", "score", "tolerances", "yyyy", "MM", "dd"];

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Test_UnderZh_PrintsNoEnglish()
    {
        var seedRun = CliRun.Of("test", Seeds.Scenarios);
        temp.File("a-1.scenario.json", """{ "name": "wrong-1", "citation": "c", "rule": "r", "kind": "rounding", "inputs": { "values": [1.005] }, "expected": { "values": [1.00], "total": 1 } }""");
        temp.File("a-2.scenario.json", """{ "name": "kind-2", "citation": "c", "rule": "r", "kind": "weather", "inputs": {}, "expected": {} }""");
        temp.File("a-3.scenario.json", """{ "name": "ref-3", "citation": "c", "rule": "r", "kind": "rounding", "inputs": { "$ref": "/etc/passwd" }, "expected": {} }""");
        temp.File("a-4.scenario.json", """{ "name": "lib-4", "citation": "c", "rule": "r", "kind": "rounding", "inputs": { "lines": [ { "key": "a", "score": 1 }, { "key": "a", "score": 2 } ] }, "expected": {} }""");
        temp.File("a-5.scenario.json", """{ "name": "doc-5", "citation": "c", "rule": "r", "kind": "double-review", "inputs": { "scheme": { "name": 1 }, "dataSet": {}, "asOf": "2019-01-01" }, "expected": {} }""");
        temp.File("a-6.scenario.json", """{ "name": "x-6", "citation": "c", "rule": "r", "kind": "rounding", "inputs": { "scale": 99 }, "expected": {} }""");
        temp.File("a-7.scenario.json", """{ "name": """);
        var failingRun = CliRun.Of("test", temp.Path);

        seedRun.ExitCode.Should().Be(ExitCodes.Success);
        seedRun.StdoutLines[^1].Should().EndWith("个通过，0 个未通过，共 " + (seedRun.StdoutLines.Length - 1) + " 个场景。");
        failingRun.StdoutLines.Should().HaveCount(9).And.Contain(l => l.StartsWith("未通过 wrong-1：$.total 预期 1，实际 （缺失）", StringComparison.Ordinal));
        EnglishWords(seedRun.Stdout + failingRun.Stdout).Should().BeEmpty(failingRun.Stdout);
    }

    [Fact]
    public void Validate_UnderZh_PrintsNoEnglish()
    {
        var malformed = temp.File("malformed.json", """{ "schemaVersion": "1.0", "kind": "explanation", "content": { "weight": 1 } }""");
        var unknown = temp.File("unknown.json", """{ "schemaVersion": "1.0", "kind": "weather", "content": {} }""");
        var data = Path.Combine(Seeds.Directory, "member-points", "bz-001-2018-data.json");
        var missing = temp.Combine("missing.json");

        var plain = CliRun.Of("validate", Path.Combine(Seeds.Directory, "member-points", "binzhou-2018-scheme.json"), malformed, unknown, data, missing);
        var schemed = CliRun.Of("validate", data, "--scheme", Path.Combine(Seeds.Scenarios, "evaluation", "documents", "member-points-scheme.json"));

        plain.ExitCode.Should().Be(ExitCodes.FileError);
        plain.StdoutLines[0].Should().EndWith("binzhou-2018-scheme.json：无问题");
        schemed.ExitCode.Should().Be(ExitCodes.InputInvalid);
        schemed.StdoutLines[0].Should().Contain("[PTS.STANDARD_UNKNOWN] 错误，说明见 docs/errors.md（值：“S01”）");
        EnglishWords(plain.Stdout + schemed.Stdout).Should().BeEmpty(plain.Stdout + schemed.Stdout);
    }

    [Fact]
    public void Evaluate_InvalidInputUnderZh_HeaderAndProblemsHaveNoEnglish()
    {
        var run = CliRun.Of("evaluate", Path.Combine(Seeds.Directory, "assessment", "committee-2024.json"), "--scheme", Path.Combine(Seeds.Directory, "assessment", "scheme-2023.json"));

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StderrLines.Should().Contain(l => l.StartsWith("pbeval：错误：输入“", StringComparison.Ordinal) && l.EndsWith("”无效：1 个问题。", StringComparison.Ordinal));
        run.StderrLines.Should().Contain(l => l.Contains("[ASMT.YEAR_MISMATCH]", StringComparison.Ordinal));
        EnglishWords(run.Stderr).Should().BeEmpty(run.Stderr);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("md")]
    [InlineData("html")]
    public void Explain_UnderZh_PrintsNoEnglish_InEachFormat(string format)
    {
        // The bundled manifest: every area's explanation (double review ballots, standardization indicators, member
        // points, responsibilities, rectification) under one organization.
        var run = CliRun.Of("explain", "--org", "BZ-035", "--format", format);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        var text = format switch
        {
            "json" => JsonTexts(run.Stdout),
            "html" => HtmlText(run.Stdout),
            _ => run.Stdout,
        };
        text.Should().Contain("双述双评");
        EnglishWords(Hex().Replace(text, " ")).Should().BeEmpty(text);
    }

    [Fact]
    public void ExplainBranch_UnderZh_PrintsNoEnglish()
    {
        // Every finding kind of the bundled records: a missed meeting, a meeting without quorum, talks, a leading cadre,
        // the secretary's lesson, dues and the six-month rule.
        var text = string.Concat(new[] { "BZ-001-B01", "BZ-001-B02", "BZ-001-B03" }.Select(b => CliRun.Of("explain", "--org", "BZ-001", "--branch", b).Stdout));

        text.Should().Contain("依据记录：").And.Contain("连续六个月未参加组织生活或未交纳党费");
        EnglishWords(text).Should().BeEmpty(text);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("csv")]
    [InlineData("md")]
    [InlineData("json")]
    [InlineData("html")]
    public void EvaluateLifeCompliance_UnderZh_PrintsNoEnglish(string format)
    {
        var run = CliRun.Of("evaluate", "--format", format);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        var text = format switch
        {
            "json" => JsonTexts(System.Text.Json.Nodes.JsonNode.Parse(run.Stdout)!["lifeCompliance"]!.ToJsonString(), "level"),
            "html" => HtmlText(run.Stdout[run.Stdout.IndexOf("<table class=\"life-compliance\">", StringComparison.Ordinal)..]),
            "csv" => run.Stdout[run.Stdout.IndexOf("组织编号,组织名称,层级", StringComparison.Ordinal)..],
            _ => run.Stdout[run.Stdout.IndexOf("组织生活检查情况（截至", StringComparison.Ordinal)..],
        };
        text.Should().Contain("未按期召开");
        EnglishWords(text).Should().BeEmpty(text);
    }

    /// <summary>The texts of an explanation in JSON: every string but the identifiers (keys, strategy names, rule identifiers, the receipt).</summary>
    private static string JsonTexts(string json, params string[] more)
    {
        string[] identifiers = ["key", "strategyId", "organizationId", "id", "kind", "rule", "district", "algorithm", "sha256", "libraryVersion", .. more];
        var texts = new List<string>();
        void Walk(System.Text.Json.JsonElement element, string? name)
        {
            switch (element.ValueKind)
            {
                case System.Text.Json.JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(property.Value, property.Name);
                    }

                    break;
                case System.Text.Json.JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item, name);
                    }

                    break;
                case System.Text.Json.JsonValueKind.String when !identifiers.Contains(name):
                    texts.Add(element.GetString()!);
                    break;
            }
        }

        using var document = System.Text.Json.JsonDocument.Parse(json);
        Walk(document.RootElement, null);
        return string.Join('\n', texts);
    }

    /// <summary>The text a reader sees in an HTML page: no style sheet, no markup, entities decoded.</summary>
    private static string HtmlText(string html) =>
        System.Net.WebUtility.HtmlDecode(Markup().Replace(Style().Replace(html, " "), " "));

    /// <summary>The English words left once everything the user or the documents name is taken out.</summary>
    private IEnumerable<string> EnglishWords(string output)
    {
        var text = output.Replace(temp.Path, " ", StringComparison.Ordinal);
        text = Quoted().Replace(text, " ");
        text = Dotted().Replace(text, " ");
        text = Option().Replace(text, " ");
        text = Identifier().Replace(text, " ");
        var names = Names.Concat(ScenarioRunner.Default.Kinds).ToHashSet(StringComparer.Ordinal);
        return Word().Matches(text).Select(m => m.Value).Where(w => !names.Contains(w)).Distinct();
    }

    // Values and names the data gives: “…”, '…', "…".
    [GeneratedRegex("“[^”]*”|'[^'\n]*'|\"[^\"\n]*\"")]
    private static partial Regex Quoted();

    // Paths, file names, JSON paths, codes, dotted names: a token with a '.' or '/' inside it.
    [GeneratedRegex(@"[A-Za-z0-9_$\[\]'\-]*(?:[./][A-Za-z0-9_$\[\]'\-]+)+")]
    private static partial Regex Dotted();

    [GeneratedRegex(@"--[A-Za-z0-9\-]+")]
    private static partial Regex Option();

    // Identifiers and scenario names: words joined by '-' or '_' (BZ-001, member-points-scheme, library-rule-…).
    [GeneratedRegex(@"[A-Za-z0-9]+(?:[\-_][A-Za-z0-9]+)+")]
    private static partial Regex Identifier();

    // A hash (the receipt's SHA-256, a commit in the library version).
    [GeneratedRegex("[0-9a-f]{16,}")]
    private static partial Regex Hex();

    [GeneratedRegex("<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex Style();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Word();
}
