using System.Text.Json;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Supervision;
using PartyBuilding.Tests.Shared;

namespace PartyBuilding.Cli.Tests.Commands;

/// <summary>
/// Issue 22 (the tool): <c>case</c> explains one accountability case as <see cref="AccountabilityEngine"/> explains it — the
/// subject (第五条), the facts, the stage of the chain (article 003), the forms (第八条) — then the records each fact rests on
/// as their own engines explain them on the decision date; <c>--stats</c> prints the year's statistics by form.
/// </summary>
public sealed class CaseCommandTest : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static string Seed(string area, string file) => Path.Combine(Seeds.Directory, area, file);

    private static string Cases => Seed("supervision", "accountability-bz-2019.json");

    /// <summary>The documents the seed's facts name: the 2018 supervision records and the 2019 ledger.</summary>
    private static string[] Basis => [Seed("supervision", "records-bz-2018.json"), Seed("responsibilities", "rectification-ledger-2019.json")];

    /// <summary>The basis with the catalogue and the supervision ledger (the findings traced to their visits, notices and ledger problems) and the structure.</summary>
    private static string[] All =>
    [
        Cases, .. Basis, Seed("supervision", "catalogue-004-shape.json"), Seed("supervision", "ledger-bz-2018.json"),
        Seed("organizations", "binzhou-snapshot.json"), Seed("organizations", "binzhou-reform-2019.json"),
    ];

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Case_Golden_CadreCase_WithTheRecordsBehindItsFacts(string language)
    {
        var run = CliRun.Of(["case", .. All, "--id", "C02", "--lang", language]);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        Approvals.Verify($"case/c02.{language}.txt", run.Stdout);
        if (language == "zh")
        {
            NoticesCommandTest.EnglishWords(run.Stdout).Should().BeEmpty("zh-CN output names no English label or enum name");
        }
    }

    [Fact]
    public void Case_Golden_OrganizationCase_Json()
    {
        var run = CliRun.Of(["case", .. All, "--id", "C01", "--format", "json"]);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        Approvals.Verify("case/c01.zh.json", run.Stdout);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Case_Golden_Statistics(string language)
    {
        var run = CliRun.Of(["case", Cases, .. Basis, "--stats", "--lang", language]);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        Approvals.Verify($"case/stats-2019.{language}.txt", run.Stdout);
    }

    [Fact]
    public void Case_AccountabilityRegulation2019_FormsAndSubjectAreCitedByArticle()
    {
        var run = CliRun.Of(["case", Cases, .. Basis, "--id", "C01", "--format", "json"]);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        using var document = JsonDocument.Parse(run.Stdout);
        var tree = document.RootElement.GetProperty("explanation");
        Child(tree, "BZ-001").GetProperty("citation").GetString().Should().Contain("第五条");
        Child(tree, "stage").GetProperty("citation").GetString().Should().Contain("明责、定责、督责、述责、评责、问责");
        var outcome = Child(tree, "outcome");
        outcome.GetProperty("citation").GetString().Should().Contain("第八条（上述问责方式，可以单独使用，也可以依据规定合并使用）");
        outcome.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("key").GetString()).Should().Equal(nameof(AccountabilityForm.Inspection), nameof(AccountabilityForm.Circular));
        document.RootElement.GetProperty("sources").GetArrayLength().Should().Be(1, "without the catalogue only the overdue measure is traced");
    }

    [Fact]
    public void Case_Sources_TraceAFindingToItsVisitNoticeAndLedgerProblem_AndAMeasureToItsDueDate()
    {
        var run = CliRun.Of(["case", .. All, "--id", "C02", "--format", "json"]);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        using var document = JsonDocument.Parse(run.Stdout);
        var sources = document.RootElement.GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("fact").GetString()!, s => s.GetProperty("explanation"));
        sources.Keys.Should().Equal("Q08/M16", "F05");
        Keys(sources["F05"]).Should().Contain(["V03", "N03", "SUP-F05"]);
        Keys(sources["Q08/M16"]).Should().Contain("M16/due");
    }

    [Fact]
    public void Case_NotDecidedByTheDate_IsAnInputErrorNamingTheDecidedCases()
    {
        var unknown = CliRun.In(DisplayLanguage.English, ["case", Cases, .. Basis, "--id", "C09"]);
        var early = CliRun.Of(["case", Cases, .. Basis, "--id", "C01", "--as-of", "2019-12-15"]);

        unknown.ExitCode.Should().Be(ExitCodes.InputInvalid);
        unknown.StderrLines.Should().Equal("pbeval: error: no accountability case 'C09' decided by 2019-12-31; the cases decided are: C01, C02.");
        early.ExitCode.Should().Be(ExitCodes.InputInvalid);
        early.StderrLines.Should().Equal("pbeval：错误：截至 2019-12-15 没有已决定的问责案例“C01”；已决定的案例：无。");
    }

    [Theory]
    [InlineData(new string[0], "命令“case”需要 --id ID 或 --stats 二者之一。")]
    [InlineData(new[] { "--id", "C01", "--stats" }, "命令“case”需要 --id ID 或 --stats 二者之一。")]
    [InlineData(new[] { "--id", "C01", "--format", "md" }, "--format 必须是 text, json 之一，而不是“md”。")]
    [InlineData(new[] { "--stats", "--depth", "100" }, "--depth 必须是 0 到 99 之间的整数")]
    [InlineData(new[] { "--stats", "--as-of", "2019-02-30" }, "--as-of 必须是日期")]
    public void Case_BadOptions_AreRefusedBeforeAnyFileIsRead(string[] options, string message)
    {
        var run = CliRun.Of(["case", "no-such-cases.json", .. options]);

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.StderrLines[0].Should().StartWith("pbeval：错误：").And.Contain(message);
    }

    [Fact]
    public void Case_WithoutTheDocumentsItsFactsName_IsAnInputErrorWithEveryProblem()
    {
        var run = CliRun.In(DisplayLanguage.English, "case", Cases, "--stats");

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.StderrLines.Count(l => l.Contains($"[{SupervisionErrorCodes.CaseFactUnknown}]", StringComparison.Ordinal)).Should().Be(4);
    }

    [Fact]
    public void Case_WithTheStructure_ACadreUnderAnotherName_IsAnInputError()
    {
        var cases = temp.File("cases.json", File.ReadAllText(Cases).Replace("徐国娟", "张三", StringComparison.Ordinal));

        var run = CliRun.In(DisplayLanguage.English, ["case", cases, .. Basis, Seed("organizations", "binzhou-snapshot.json"), "--id", "C02"]);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.Stderr.Should().Contain($"[{SupervisionErrorCodes.CasePersonUnknown}]");
    }

    [Fact]
    public void Case_Depth_CutsEveryTree()
    {
        var run = CliRun.Of(["case", .. All, "--id", "C02", "--depth", "0"]);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.StdoutLines.Should().HaveCount(7, "the case and its hidden nodes, the heading of the records, and each of the two records with its hidden nodes");
        run.StdoutLines.Where(l => l.StartsWith("  ……另有", StringComparison.Ordinal)).Should().HaveCount(3);
    }

    private static JsonElement Child(JsonElement node, string key) =>
        node.GetProperty("children").EnumerateArray().Single(c => c.TryGetProperty("key", out var k) && k.GetString() == key);

    private static IEnumerable<string> Keys(JsonElement node) =>
        (node.TryGetProperty("key", out var key) ? [key.GetString()!] : Array.Empty<string>())
            .Concat(node.TryGetProperty("children", out var children) ? children.EnumerateArray().SelectMany(Keys) : []);
}
