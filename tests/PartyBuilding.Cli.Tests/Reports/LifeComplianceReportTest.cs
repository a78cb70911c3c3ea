using System.Text.Json.Nodes;
using System.Xml.Linq;
using PartyBuilding.Core.Common;
using PartyBuilding.Tests.Shared;

namespace PartyBuilding.Cli.Tests.Reports;

/// <summary>
/// Issue 21 ("Tool"): <c>pbeval evaluate</c> reports organizational-life compliance per organization and branch in every
/// format when the manifest lists organizational-life records — the bundled 2018 records of BZ-001's three branches with
/// their seeded gaps (docs/organizational-life.md, "Seed") — and a report without records has no such section.
/// </summary>
public sealed class LifeComplianceReportTest(BundledReportFixture fixture) : IClassFixture<BundledReportFixture>
{
    // The seeded gaps, as counts per finding kind in the order of LifeFindingKind: missed, without quorum, secretary's lesson, talks, leading cadre, dues, article 9.
    private static readonly string[] Organization = ["BZ-001", "市直单位001机关党委", "单位", "3", "91", "90", "2", "1", "1", "1", "1", "1", "1", "8"];
    private static readonly string[] BranchOne = ["BZ-001-B01", "市直单位001第1党支部", "支部", "1", "25", "25", "1", "0", "0", "0", "0", "0", "0", "1"];
    private static readonly string[] BranchTwo = ["BZ-001-B02", "市直单位001第2党支部", "支部", "1", "40", "39", "1", "1", "0", "1", "1", "0", "0", "4"];
    private static readonly string[] BranchThree = ["BZ-001-B03", "市直单位001第3党支部", "支部", "1", "26", "26", "0", "0", "1", "0", "0", "1", "1", "3"];

    private string Render(string format, DisplayLanguage language = DisplayLanguage.ZhCn) => ReportWritersTest.Render(format, language, fixture.Report);

    [Fact]
    public void Table_Golden_ComplianceSectionInChineseAndEnglish()
    {
        foreach (var (language, name) in new[] { (DisplayLanguage.ZhCn, "zh"), (DisplayLanguage.English, "en") })
        {
            var table = Render("table", language);
            var heading = language == DisplayLanguage.ZhCn ? "组织生活检查情况（截至 2019-01-15）" : "Organizational-life compliance (as of 2019-01-15)";

            Approvals.Verify($"evaluate/life-compliance-2018.{name}.txt", table[table.IndexOf(heading, StringComparison.Ordinal)..]);
        }
    }

    [Fact]
    public void Csv_ComplianceTableFollowsTheFooter_OneRecordPerOrganizationAndBranch()
    {
        var records = Render("csv").Split("\r\n");
        var header = Array.FindIndex(records, r => r.StartsWith("组织编号,组织名称,层级,检查支部数", StringComparison.Ordinal));

        header.Should().BePositive();
        records[header - 1].Should().BeEmpty();
        records[(header + 1)..(header + 5)].Should().Equal(
            string.Join(',', Organization), string.Join(',', BranchOne), string.Join(',', BranchTwo), string.Join(',', BranchThree));
    }

    [Fact]
    public void Json_ComplianceRowsCountEachKind_AndEachBranchListsItsFindingsWithTheirRecords()
    {
        var life = JsonNode.Parse(Render("json"))!["lifeCompliance"]!;
        var rows = life["rows"]!.AsArray();

        life["asOf"]!.GetValue<string>().Should().Be("2019-01-15");
        life["kinds"]!.AsArray().Select(k => k!["key"]!.GetValue<string>()).Should().Equal(
            "MissedMeeting", "WithoutQuorum", "MissingSecretaryLesson", "MissingTalks", "LeadingCadreAbsent", "DuesUnpaid", "RegardedAsLeftTheParty");
        rows.Select(r => r!["organizationId"]!.GetValue<string>() + "/" + r["level"]!.GetValue<string>())
            .Should().Equal("BZ-001/organization", "BZ-001-B01/branch", "BZ-001-B02/branch", "BZ-001-B03/branch");
        rows[0]!["total"]!.GetValue<int>().Should().Be(8);
        rows[0]!["items"].Should().BeNull();
        var leaving = rows[3]!["items"]!.AsArray().Single(i => i!["kind"]!.GetValue<string>() == "RegardedAsLeftTheParty")!;
        leaving["members"]!.AsArray().Select(m => m!.GetValue<string>()).Should().Equal("BZ-001-B03-M004");
        leaving["records"]!.AsArray().Should().HaveCount(10).And.Contain(r => r!.GetValue<string>() == "BZ-001-B03-TD-03");
        leaving["from"]!.GetValue<string>().Should().Be("2018-03-01");
        leaving["to"]!.GetValue<string>().Should().Be("2018-08-31");
        var quorum = rows[2]!["items"]!.AsArray().Single(i => i!["kind"]!.GetValue<string>() == "WithoutQuorum")!;
        quorum["meeting"]!.GetValue<string>().Should().Be("支委会");
        quorum["summary"]!.GetValue<string>().Should().Be("支委会（2018-11-05）应到4人，实到2人，未超过半数，会议有记录但无效。");
    }

    [Fact]
    public void Markdown_ComplianceSectionIsATableWithTheNote()
    {
        var md = Render("md");

        md.Should().Contain("## 组织生活检查情况（截至 2019-01-15）\n\n| 组织编号 | 组织名称 | 层级 | 检查支部数 |")
            .And.Contain("| " + string.Join(" | ", BranchTwo) + " |\n")
            .And.Contain("pbeval explain --org 组织编号 --branch 支部编号");
    }

    [Fact]
    public void Html_ComplianceRowsCarryTheOrganizationAndLevel()
    {
        var page = XDocument.Parse(Render("html"));
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var rows = page.Descendants(x + "table").Single(t => (string?)t.Attribute("class") == "life-compliance").Element(x + "tbody")!.Elements(x + "tr").ToList();

        rows.Select(r => (string?)r.Attribute("data-organization") + "/" + (string?)r.Attribute("data-level"))
            .Should().Equal("BZ-001/organization", "BZ-001-B01/branch", "BZ-001-B02/branch", "BZ-001-B03/branch");
        rows[3].Elements(x + "td").Select(td => td.Value).Should().Equal(BranchThree);
    }

    [Fact]
    public void Xlsx_ComplianceSheetHoldsTheCountsAsNumbers()
    {
        var workbook = XlsxWorkbook.Of(fixture.Report, DisplayLanguage.ZhCn);
        var sheet = workbook.Sheet("组织生活检查情况");

        workbook.SheetNames.Should().EndWith("组织生活检查情况");
        sheet[1].Should().Equal(Organization);
        workbook.NumberFormatOf(workbook.Cell("组织生活检查情况", "N2")).Should().Be("0");
    }

    [Fact]
    public void Report_WithoutRecords_HasNoComplianceSection()
    {
        var run = CliRun.Of("evaluate", "--year", "2024", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        JsonNode.Parse(run.Stdout)!.AsObject().ContainsKey("lifeCompliance").Should().BeFalse();
        CliRun.Of("evaluate", "--year", "2024").Stdout.Should().NotContain("组织生活检查情况");
    }
}
