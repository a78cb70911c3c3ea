using System.Xml.Linq;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Commands;

public sealed class EvaluateCommandTest : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Evaluate_WithoutDataSet_RunsTheBundledManifest_RankingArticle002sCommittee()
    {
        var run = CliRun.Of("evaluate");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.Stdout.Should().StartWith("年度目标考核统一量化排名 (2018)\n考评单位：滨州市委市直机关工委（BZ-WC）\n考核年度：2018\n考评日期：2019-01-15\n复核凭据：SHA-256/canonical-json-v2 ");
        var rows = run.StdoutLines.Where(l => l.TrimStart().Length > 0 && char.IsDigit(l.TrimStart()[0])).ToArray();
        rows.Should().HaveCount(96); // 97 organizations; BZ-097's double review missed its quorum
        run.StdoutLines.SkipWhile(l => l != "未参加排名的组织").Should().Contain(l => l.StartsWith("BZ-097    市直单位097机关党总支  D5      双述双评", StringComparison.Ordinal), "the report itself says who was not ranked");
        rows[0].Should().Contain("BZ-063").And.Contain("市直单位063机关党总支").And.Contain("97.99");
        run.Stdout.Should().Contain("责任区 D5  18")
            .And.Contain("党支部标准化建设等级分布（支部数）").And.Contain("先进党支部  199")
            .And.Contain("党员积分评定等次分布（党员数）").And.Contain("合格      1301");
        run.Stderr.Should().Contain("正在评价 BZ-WC 2018 年度（评价日期 2019-01-15）")
            .And.Contain("未参加排名：BZ-097 缺少 DR（双述双评无效：第一轮（向全体党员述职）党员民主测评参评人数未达规定比例：17人中11人参评，应达80%（至少14人），本轮无效）")
            .And.Contain("复核凭据 SHA-256");
        CliRun.In(DisplayLanguage.English, "evaluate", "--format", "json").Stderr.Should().Contain("evaluating BZ-WC for 2018 as of 2019-01-15")
            .And.Contain("not ranked: BZ-097 has no DR (double review invalid: round 1 (Report to the members), Members' democratic evaluation: participation below the quorum, 11 of 17 raters took part, 80% required (at least 14); the round is invalid)")
            .And.Contain("receipt SHA-256");
    }

    [Fact]
    public void Evaluate_Year2024_RunsTheBundledAssessmentDataSet()
    {
        var run = CliRun.Of("evaluate", "--year", "2024");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.Stdout.Should().StartWith("年度目标考核统一量化排名 (2024)");
        var rows = run.StdoutLines.Where(l => l.TrimStart().Length > 0 && char.IsDigit(l.TrimStart()[0])).ToArray();
        rows.Should().HaveCount(10);
        rows[0].Should().Contain("BZ-001").And.Contain("98.70");
        rows[6].Should().Contain("BZ-003").And.Contain("94.15"); // vetoed to Average: first of the Average band (default policy: final band, then total)
        rows[^1].Should().Contain("BZ-022"); // downgraded to Poor
        run.Stdout.Should().Contain("考核档次分布");
        run.Stderr.Should().Contain("正在评价 BZ-WC 2024 年度的 10 个组织").And.Contain("复核凭据 SHA-256");
    }

    [Fact]
    public void Evaluate_ManifestWithScheme_IsAUsageError()
    {
        var run = CliRun.In(DisplayLanguage.English, "evaluate", "--scheme", Path.Combine(Seeds.Directory, "assessment", "scheme-2024.json"));

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("a manifest names its own scheme");
    }

    [Fact]
    public void Evaluate_DocumentOfAnotherKind_IsAUsageError()
    {
        var run = CliRun.In(DisplayLanguage.English, "evaluate", Path.Combine(Seeds.Directory, "assessment", "scheme-2024.json"));

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("is a 'assessment-scheme' document");
    }

    [Fact]
    public void Evaluate_Year2023_UsesThatYearsBundledSchemeAndData()
    {
        var run = CliRun.Of("evaluate", "--year", "2023", "--lang", "en");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.Stdout.Should().StartWith("Annual target assessment: unified ranking (2023)");
    }

    [Fact]
    public void Evaluate_Json_WritesTheReportModel()
    {
        var run = CliRun.Of("evaluate", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("ranking").GetArrayLength().Should().Be(96);
        json.RootElement.GetProperty("distributions").EnumerateArray().Select(d => d.GetProperty("key").GetString())
            .Should().Equal("bands", "districts", "tiers", "member-grades");
    }

    [Fact]
    public void Evaluate_HtmlOut_WritesOneWellFormedFileWithRankingAndCharts()
    {
        var path = temp.Combine("report.html");

        var run = CliRun.Of("evaluate", "--out", path, "--lang", "en");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.Stderr.Should().Contain($"wrote {path} (html)");
        var html = XDocument.Parse(File.ReadAllText(path));
        html.Root!.Attribute("lang")!.Value.Should().Be("en");
        var rows = html.Descendants().Single(e => e.Name.LocalName == "table" && (string?)e.Attribute("class") == "ranking")
            .Descendants().Where(e => e.Name.LocalName == "tr" && e.Attribute("data-organization") is not null).ToList();
        rows.Should().HaveCount(96);
        rows[0].Attribute("data-organization")!.Value.Should().Be("BZ-063");
        html.Descendants().Where(e => e.Name.LocalName == "th").Select(e => e.Value)
            .Should().Contain(["Branch standardization (illustrative)", "Member points (illustrative)", "Responsibility lists (illustrative)", "Rectification", "Double report, double review (illustrative)"]);
        // Quota banding runs on the rank by total alone: the vetoed BZ-044 holds a good seat by its total, then its veto caps it at Average.
        Chart(html, "bands").Should().Equal(("Good", 17), ("Fairly good", 46), ("Average", 27), ("Poor", 6));
        Chart(html, "districts").Select(b => b.Count).Should().Equal(20, 20, 19, 19, 18);
        Chart(html, "tiers").Should().Equal(("Lagging branch", 13), ("Standard branch", 70), ("Advanced branch", 199), ("Strong branch", 0));
        Chart(html, "member-grades").Should().Equal(("Excellent", 304), ("Qualified", 1301), ("Basically qualified", 103), ("Unqualified", 15), ("Not graded", 57));
        html.Descendants().Where(e => e.Name.LocalName == "svg" && (string?)e.Attribute("class") == "chart breakdown")
            .Select(svg => svg.Descendants().Count(e => e.Name.LocalName == "g" && e.Attribute("data-organization") is not null))
            .Should().Equal(25, 25, 25, 21);
    }

    [Fact]
    public void Evaluate_Html_LabelsTheChartsInChineseByDefault()
    {
        var run = CliRun.Of("evaluate", "--format", "html");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        var html = XDocument.Parse(run.Stdout);
        html.Root!.Attribute("lang")!.Value.Should().Be("zh-CN");
        Chart(html, "tiers").Select(b => b.Label).Should().Equal("后进党支部", "标准党支部", "先进党支部", "过硬党支部");
        Chart(html, "member-grades").Select(b => b.Label).Should().Equal("优秀", "合格", "基本合格", "不合格", "未评定");
        html.Descendants().Where(e => e.Name.LocalName == "figcaption").Select(e => e.Value)
            .Should().Contain(["党支部标准化建设等级分布（支部数）", "党员积分评定等次分布（党员数）"]);
    }

    [Fact]
    public void Evaluate_AssessmentDataSet_HasNoTierOrGradeChart()
    {
        var run = CliRun.Of("evaluate", "--year", "2024", "--format", "html");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        var charts = XDocument.Parse(run.Stdout).Descendants().Where(e => e.Name.LocalName == "svg").Select(e => (string?)e.Attribute("data-distribution")).ToList();
        charts.Should().Equal("bands", "districts", null);
    }

    private static List<(string Label, int Count)> Chart(XDocument html, string key) =>
        [.. html.Descendants()
            .Single(e => e.Name.LocalName == "svg" && (string?)e.Attribute("data-distribution") == key)
            .Descendants()
            .Where(e => e.Name.LocalName == "rect" && (string?)e.Attribute("class") == "bar")
            .Select(e => (e.Attribute("data-label")!.Value, int.Parse(e.Attribute("data-count")!.Value, CultureInfo.InvariantCulture)))];

    [Fact]
    public void Evaluate_GivenDataSetAndScheme_ComputesTheSameAsTheBundledDefault()
    {
        var data = Path.Combine(Seeds.Directory, "assessment", "committee-2024.json");
        var scheme = Path.Combine(Seeds.Directory, "assessment", "scheme-2024.json");

        var given = CliRun.Of("evaluate", data, "--scheme", scheme, "--format", "csv");
        var bundled = CliRun.Of("evaluate", "--year", "2024", "--format", "csv");

        given.ExitCode.Should().Be(ExitCodes.Success, given.Stderr);
        given.Stdout.Should().Be(bundled.Stdout);
    }

    [Fact]
    public void Evaluate_YearWithoutBundledData_IsAFileError_ListingTheBundledYears_NotTheToolsFolder()
    {
        var zh = CliRun.Of("evaluate", "--year", "2022");
        var en = CliRun.In(DisplayLanguage.English, "explain", "--org", "BZ-001", "--year", "2022");

        zh.ExitCode.Should().Be(ExitCodes.FileError);
        zh.StderrLines.Should().Equal("pbeval：错误：没有 2022 年的内置数据集；内置年份：2018, 2023, 2024。请指定一个年份，或给出数据集文件（DATASET）。");
        en.ExitCode.Should().Be(ExitCodes.FileError);
        en.StderrLines.Should().Equal("pbeval: error: there is no bundled data set for 2022; the bundled years are 2018, 2023, 2024. Name one of them, or give a DATASET file.");
    }

    [Fact]
    public void Evaluate_YearContradictingTheDataSet_IsAUsageError()
    {
        var data = Path.Combine(Seeds.Directory, "assessment", "committee-2024.json");

        var run = CliRun.In(DisplayLanguage.English, "evaluate", data, "--year", "2023");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("--year 2023 does not match");
    }

    [Fact]
    public void Evaluate_BrokenDataSet_ListsTheProblemWithItsPathAndNoStackTrace()
    {
        var text = File.ReadAllText(Path.Combine(Seeds.Directory, "assessment", "committee-2024.json"))
            .Replace("\"district\": \"D1\"", "\"district\": \"not a district\"", StringComparison.Ordinal);
        var path = temp.File("committee-2024.json", text);
        File.Copy(Path.Combine(Seeds.Directory, "assessment", "scheme-2024.json"), temp.Combine("scheme-2024.json"));

        var run = CliRun.In(DisplayLanguage.English, "evaluate", path);

        run.ExitCode.Should().Be(ExitCodes.InputInvalid);
        run.Stderr.Should().Contain($"input '{path}'").And.Contain("[COMMON.ID_FORMAT]").And.Contain("$.content.organizations[0].district");
        run.Stderr.Should().NotContain("   at ");
    }

    [Fact]
    public void Evaluate_BadAsOfDate_IsAUsageError()
    {
        var run = CliRun.In(DisplayLanguage.English, "evaluate", "--as-of", "2024-13-01");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("--as-of must be a date");
    }
}
