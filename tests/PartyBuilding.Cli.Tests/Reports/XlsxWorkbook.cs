using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PartyBuilding.Cli.Reports;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Reports;

/// <summary>A written workbook, opened again for reading (the xlsx tests).</summary>
internal sealed class XlsxWorkbook
{
    /// <summary>Writes a report as a workbook and opens it.</summary>
    public static XlsxWorkbook Of(EvaluationReport report, DisplayLanguage language)
    {
        using var stream = new MemoryStream();
        new XlsxReportWriter().WriteFile(report, stream, language);
        return new XlsxWorkbook(stream.ToArray());
    }

    private readonly SpreadsheetDocument document;

    public XlsxWorkbook(byte[] bytes) => document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    public IReadOnlyList<string> SheetNames => [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    public WorksheetPart Part(string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
    }

    /// <summary>The sheet as rows of shown texts (numbers as written).</summary>
    public IReadOnlyList<string[]> Sheet(string name) =>
        [.. Part(name).Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(Shown).ToArray())];

    public Cell Cell(string sheet, string reference) =>
        Part(sheet).Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);

    public string NumberFormatOf(Cell cell)
    {
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        var id = format.NumberFormatId!.Value;
        return id == 1 ? "0" : stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId! == id).FormatCode!.Value!;
    }

    public bool IsBold(Cell cell)
    {
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        return stylesheet.Fonts!.Elements<Font>().ElementAt((int)(format.FontId?.Value ?? 0)).Bold is not null;
    }

    private static string Shown(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty;
}
