using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PartyBuilding.Cli.Import;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Cli.Tests.Import;

public sealed class LifeWorkbookTest : IDisposable
{
    private static readonly OrganizationId Committee = OrganizationId.Parse("BZ-WC");
    private static readonly AssessmentYear Year = AssessmentYear.Create(2018);
    private readonly TempDirectory temp = new();

    private static OrganizationalLifeRecords SeedRecords =>
        PartyBuildingJson.Deserialize<OrganizationalLifeRecords>(File.ReadAllBytes(RepositoryFiles.PathOf("seeds/organizational-life/records-bz-001-2018.json")));

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(DisplayLanguage.ZhCn)]
    [InlineData(DisplayLanguage.English)]
    public void Workbook_WrittenFromTheSeedRecords_ReadsBackToTheSameRecords(DisplayLanguage language)
    {
        var seed = SeedRecords;
        using var book = new MemoryStream();
        LifeWorkbook.Write(book, language, seed);
        book.Position = 0;

        var (records, problems) = LifeWorkbook.Read(book, Committee, Year);

        problems.Should().BeEmpty();
        records.Should().Be(seed with { IsIllustrative = false }, "every member, meeting, attendance and payment is one row of the workbook");
    }

    [Fact]
    public void EmptyTemplate_HasEverySheetWithItsHeaderRow()
    {
        using var book = new MemoryStream();
        LifeWorkbook.Write(book, DisplayLanguage.ZhCn);
        book.Position = 0;

        using var document = SpreadsheetDocument.Open(book, false);
        var reader = XlsxSheetReader.Open(document);
        reader.SheetNames.Should().Equal("填写说明", "党员名册", "会议记录", "出缺席", "党费");
        reader.Rows("会议记录").Should().ContainSingle().Which.Cells.Values.Should().Equal("记录编号", "类型", "组织", "日期", "主持人", "议题", "第一议题", "会议记录", "授课人");
    }

    [Fact]
    public void CellsThatCannotBeRead_AreEachNamedBySheetRowAndColumn_AndNothingIsReturned()
    {
        var book = Filled(("会议记录", "D2", "2018-02-30"), ("会议记录", "B3", "开会"), ("党费", "B2", "2018年3月"), ("党员名册", "D2", "也许"));

        var (records, problems) = LifeWorkbook.Read(book, Committee, Year);

        records.Should().BeNull();
        problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue)).Should().BeEquivalentTo(new[]
        {
            ("会议记录!D2", ImportWorkbook.CellInvalid, "2018-02-30"),
            ("会议记录!B3", ImportWorkbook.CellInvalid, "开会"),
            ("党费!B2", ImportWorkbook.CellInvalid, "2018年3月"),
            ("党员名册!D2", ImportWorkbook.CellInvalid, "也许"),
        });
    }

    [Fact]
    public void AnEmptyRequiredCell_IsNamedByItsCell()
    {
        var book = Filled(("会议记录", "D4", string.Empty));

        var (_, problems) = LifeWorkbook.Read(book, Committee, Year);

        problems.Should().ContainSingle().Which.Should().Match<Core.Validation.ValidationProblem>(p => p.Path == "会议记录!D4" && p.ErrorCode == ImportWorkbook.CellRequired);
    }

    [Fact]
    public void TheLibrarysProblems_AreMappedBackToTheCellsTheyCameFrom()
    {
        // A meeting dated in another year, an attendee not on the branch's list, and a payment recorded twice.
        var seed = SeedRecords;
        var duplicate = seed.Dues[0];
        var book = Filled(seed with { Dues = [.. seed.Dues, duplicate] }, ("会议记录", "D2", "2017-12-31"), ("出缺席", "B2", "BZ-001-B09-M001"));

        var (records, problems) = LifeWorkbook.Read(book, Committee, Year);

        records.Should().BeNull();
        var paymentRow = seed.Dues.Length + 2;
        problems.Select(p => (p.Path, p.ErrorCode)).Should().BeEquivalentTo(new[]
        {
            ("会议记录!D2", "OL.DATE_OUT_OF_YEAR"),
            ("出缺席!B2", "OL.MEMBER_UNKNOWN"),
            ($"党费!{paymentRow}:{paymentRow}", "OL.DUES_DUPLICATE"),
        });
    }

    [Fact]
    public void AWorkbookWithoutTheMeetingsSheet_IsRefusedNamingTheSheet()
    {
        using var book = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(book, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            document.AddWorkbookPart().Workbook = new Workbook(new Sheets());
        }

        book.Position = 0;

        var (records, problems) = LifeWorkbook.Read(book, Committee, Year);

        records.Should().BeNull();
        problems.Select(p => p.Path).Should().Equal("党员名册", "会议记录", "出缺席", "党费");
        problems.Should().OnlyContain(p => p.ErrorCode == ImportWorkbook.SheetMissing);
    }

    [Fact]
    public void ImportCommand_WritesTheRecordsDocument_OrListsEveryProblemByCell_WithExitCode1()
    {
        var good = temp.Combine("good.xlsx");
        CliRun.Of("template", "organizational-life", "--out", good, "--from", RepositoryFiles.PathOf("seeds/organizational-life/records-bz-001-2018.json")).ExitCode.Should().Be(ExitCodes.Success);
        var bad = temp.Combine("bad.xlsx");
        File.WriteAllBytes(bad, Filled(("会议记录", "D2", "2018-02-30")).ToArray());

        var ok = CliRun.Of("import", "organizational-life", good, "--committee", "BZ-WC", "--year", "2018", "--out", temp.Combine("records.json"));
        var refused = CliRun.Of("import", "organizational-life", bad, "--committee", "BZ-WC", "--year", "2018", "--out", temp.Combine("refused.json"));

        ok.ExitCode.Should().Be(ExitCodes.Success, ok.Stderr);
        PartyBuildingJson.Deserialize<OrganizationalLifeRecords>(File.ReadAllBytes(temp.Combine("records.json"))).Should().Be(SeedRecords with { IsIllustrative = false });
        refused.ExitCode.Should().Be(ExitCodes.InputInvalid);
        refused.Stderr.Should().Contain("会议记录!D2：[CLI.IMPORT_CELL_INVALID] 此单元格的内容无法按本列的要求读取（值：“2018-02-30”）");
        File.Exists(temp.Combine("refused.json")).Should().BeFalse("nothing is written from a workbook with problems");
    }

    [Theory]
    [InlineData("template", "standardization", "--out", "t.xlsx")]
    [InlineData("template", "organizational-life", "--out", "t.csv")]
    [InlineData("import", "organizational-life", "b.xlsx", "--committee", "BZ-WC", "--year", "2018", "--out", "r.xlsx")]
    public void TemplateAndImport_RefuseAnUnknownKindOrAWrongExtension_AsUsageErrors(params string[] args)
    {
        CliRun.Of(args).ExitCode.Should().Be(ExitCodes.UsageError);
    }

    private static MemoryStream Filled(params (string Sheet, string Cell, string Text)[] changes) => Filled(SeedRecords, changes);

    // The seed's workbook (Chinese), with some cells overwritten as text (an empty text clears the cell).
    private static MemoryStream Filled(OrganizationalLifeRecords records, params (string Sheet, string Cell, string Text)[] changes) =>
        WorkbookEditing.Edited(book => LifeWorkbook.Write(book, DisplayLanguage.ZhCn, records), changes);
}
