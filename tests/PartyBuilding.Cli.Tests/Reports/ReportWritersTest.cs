using System.Text.Json.Nodes;
using PartyBuilding.Cli.Reports;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Reports;

public class ReportWritersTest
{
    internal static string Render(string format, DisplayLanguage language = DisplayLanguage.ZhCn, EvaluationReport? report = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        ReportWriters.Find(format).Write(report ?? SampleReport.Create(), writer, language);
        return writer.ToString();
    }

    [Fact]
    public void Find_KnownFormats_AreFound() =>
        ReportWriters.All.Select(w => w.Format).Should().Equal("table", "json", "csv", "md", "html");

    [Fact]
    public void Find_UnknownFormat_IsUsageErrorListingFormats()
    {
        var act = () => ReportWriters.Find("pdf");

        act.Should().Throw<CliException>().Which.Message.Should().Be("--format must be one of table|json|csv|md|html, not 'pdf'.");
    }

    [Fact]
    public void Table_AlignsColumnsCountingChineseAsTwo()
    {
        var lines = Render("table").Split('\n');

        lines[0].Should().Be("2024年度机关党建考评结果 (2024)");
        lines[2].Should().StartWith("排名  组织编号  组织名称");
        var totals = lines.Where(l => l.Contains("BZ-", StringComparison.Ordinal)).Select(l => TableReportWriter.DisplayWidth(l[..(l.IndexOf("95.50", StringComparison.Ordinal) is var i and >= 0 ? i : l.IndexOf("88.25", StringComparison.Ordinal) is var j and >= 0 ? j : l.IndexOf("70.00", StringComparison.Ordinal))])).ToList();
        totals.Should().HaveCount(3).And.OnlyContain(w => w == totals[0], "the totals column is aligned");
    }

    [Fact]
    public void Table_Distributions_ShowCountsAndBars()
    {
        var text = Render("table", DisplayLanguage.English);

        text.Should().Contain("Grades\nExcellent  1  ########################################\nGood       1  ########################################\nFair       0");
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("党建", 4)]
    [InlineData("A党", 3)]
    public void DisplayWidth_WideCharacters_CountTwo(string text, int width) =>
        TableReportWriter.DisplayWidth(text).Should().Be(width);

    [Fact]
    public void Json_HoldsRankingComponentsAndDistributions()
    {
        var json = JsonNode.Parse(Render("json", DisplayLanguage.English))!;

        json["title"]!.GetValue<string>().Should().Be("2024 party-building evaluation");
        json["ranking"]!.AsArray().Should().HaveCount(3);
        json["ranking"]![0]!["total"]!.GetValue<decimal>().Should().Be(95.50m);
        json["ranking"]![0]!["grade"]!.GetValue<string>().Should().Be("Excellent");
        json["ranking"]![0]!["components"]!["review"]!.GetValue<decimal>().Should().Be(40.00m);
        json["ranking"]![2]!["district"].Should().BeNull();
        json["distributions"]![0]!["bars"]![1]!["count"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public void Json_KeepsPublishedScale() =>
        Render("json").Should().Contain("\"total\": 70.00");

    [Fact]
    public void Csv_QuotesFieldsPerRfc4180AndEndsLinesWithCrLf()
    {
        var csv = Render("csv", DisplayLanguage.English);

        csv.Should().StartWith("Rank,Organization ID,Organization,District,Grade,Total,Standardization,Double review\r\n");
        csv.Should().Contain("2,BZ-021,\"R&D <Lab>, \"\"A\"\" 'B'\",D2,Good,88.25,50.25,38.00\r\n");
        csv.Should().EndWith("3,BZ-041,市财政局,,,70.00,70.00,\r\n");
        csv.Split("\r\n").Should().HaveCount(5);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void CsvField_QuotesOnlyWhenNeeded(string value, string expected) =>
        CsvReportWriter.Field(value).Should().Be(expected);

    [Fact]
    public void Markdown_WritesTablesWithEscapedPipes()
    {
        var report = SampleReport.Create() with { Rows = [SampleReport.Create().Rows[0] with { OrganizationName = "A|B" }] };

        var md = Render("md", DisplayLanguage.ZhCn, report);

        md.Should().StartWith("# 2024年度机关党建考评结果 (2024)\n\n## 排名表\n\n| 排名 | 组织编号 | 组织名称 | 责任区 | 等次 | 总分 | 标准化建设 | 双述双评 |\n|---:|---|---|---|---|---:|---:|---:|\n");
        md.Should().Contain("| 1 | BZ-001 | A\\|B | D1 | 好 | 95.50 | 55.50 | 40.00 |");
        md.Should().Contain("## 等次分布\n\n|  | 数量 |\n|---|---:|\n| 好 | 1 |");
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("<b>", "\\<b\\>")]
    [InlineData("two\nlines", "two lines")]
    [InlineData("back\\slash", "back\\\\slash")]
    public void MarkdownCell_SpecialCharacters_AreEscaped(string text, string expected) =>
        MarkdownReportWriter.Cell(text).Should().Be(expected);
}
