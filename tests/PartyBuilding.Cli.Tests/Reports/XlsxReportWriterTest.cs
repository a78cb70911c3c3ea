using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PartyBuilding.Cli.Reports;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Reports;

/// <summary>Issue 24 ("Excel out"): the workbook a clerk files, read back with the Open XML SDK.</summary>
public sealed class XlsxReportWriterTest
{
    private static XlsxWorkbook Write(EvaluationReport report, DisplayLanguage language) => XlsxWorkbook.Of(report, language);

    [Fact]
    public void Xlsx_Chinese_HasOneSheetPerPartOfTheReport_NamedInChinese()
    {
        var workbook = Write(SampleReport.Create(), DisplayLanguage.ZhCn);

        workbook.SheetNames.Should().Equal("排名表", "未参加排名的组织", "分布", "说明");
    }

    [Fact]
    public void Xlsx_English_NamesTheSheetsInEnglish()
    {
        var workbook = Write(SampleReport.Create(), DisplayLanguage.English);

        workbook.SheetNames.Should().Equal("Ranking", "Organizations not ranked", "Distributions", "Notes");
    }

    [Fact]
    public void Xlsx_Ranking_IsTheHeaderAndOneRowPerOrganization_WithThePrecedenceMark()
    {
        var report = SampleReport.Create();

        var ranking = Write(report, DisplayLanguage.ZhCn).Sheet("排名表");

        ranking[0].Should().Equal(ReportLabels.Headers(report, DisplayLanguage.ZhCn));
        ranking.Skip(1).Select(r => r[1]).Should().Equal("BZ-001", "BZ-021", "BZ-041");
        ranking[2][7].Should().Be("降档：整改措施逾期未完成（好→较好）");
        ranking[3][3].Should().BeEmpty("an organization without a district has an empty cell, not a missing one");
    }

    [Fact]
    public void Xlsx_Figures_AreNumbers_ShownAtThePublishedScale()
    {
        var workbook = Write(SampleReport.Create(), DisplayLanguage.ZhCn);

        var total = workbook.Cell("排名表", "F3");
        total.DataType!.Value.Should().Be(CellValues.Number);
        decimal.Parse(total.CellValue!.Text, CultureInfo.InvariantCulture).Should().Be(88.25m);
        workbook.NumberFormatOf(total).Should().Be("0.00");
        workbook.NumberFormatOf(workbook.Cell("排名表", "A3")).Should().Be("0", "a rank is a whole number");
    }

    [Fact]
    public void Xlsx_HeaderRow_IsBoldAndFrozen_AndColumnsAreWideEnoughForTheirText()
    {
        var workbook = Write(SampleReport.Create(), DisplayLanguage.ZhCn);

        workbook.IsBold(workbook.Cell("排名表", "A1")).Should().BeTrue();
        var pane = workbook.Part("排名表").Worksheet.Descendants<Pane>().Single();
        (pane.State!.Value, pane.TopLeftCell!.Value).Should().Be((PaneStateValues.Frozen, "A2"));
        var widths = workbook.Part("排名表").Worksheet.Descendants<Column>().ToDictionary(c => c.Min!.Value, c => c.Width!.Value);
        widths[3].Should().BeGreaterThanOrEqualTo("市直单位001党支部".Length * 2, "a CJK character takes two columns of width");
    }

    [Fact]
    public void Xlsx_NotRankedSheet_NamesTheOrganizationAndTheReason()
    {
        var sheet = Write(SampleReport.Create(), DisplayLanguage.ZhCn).Sheet("未参加排名的组织");

        sheet.Should().HaveCount(2);
        sheet[1].Should().Equal("BZ-097", "市直单位097机关党总支", "D5", "双述双评", "参评人数未达到规定比例");
    }

    [Fact]
    public void Xlsx_NotesSheet_CarriesTheCommitteeDateAndReceipt()
    {
        var notes = Write(SampleReport.Create(), DisplayLanguage.ZhCn).Sheet("说明");

        notes.Should().ContainEquivalentOf(new[] { "考评日期", "2025-01-15" });
        notes.Select(r => r.LastOrDefault()).Should().Contain(v => v != null && v.Contains(SampleReport.Hash, StringComparison.Ordinal));
        notes.Should().Contain(r => r.Length == 2 && r[0] == "说明" && r[1] == ReportLabels.PrecedenceNote.ZhCn);
    }

    [Fact]
    public void Xlsx_TextThatLooksLikeAFormula_IsStoredAsText_NeverAsAFormula()
    {
        var report = SampleReport.Create() with
        {
            Rows = [.. SampleReport.Create().Rows.Select(r => r.OrganizationId == "BZ-041" ? r with { OrganizationName = "=HYPERLINK(\"http://x\",\"点我\")" } : r)],
        };

        var workbook = Write(report, DisplayLanguage.ZhCn);

        workbook.Sheet("排名表")[3][2].Should().Be("=HYPERLINK(\"http://x\",\"点我\")");
        workbook.Part("排名表").Worksheet.Descendants<CellFormula>().Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(51, "AZ")]
    [InlineData(52, "BA")]
    public void ColumnName_CountsInLetters(int index, string expected) =>
        XlsxReportWriter.ColumnName(index).Should().Be(expected);
}
