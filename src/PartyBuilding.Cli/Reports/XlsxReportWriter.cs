using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Reports;

/// <summary>
/// The report as an Excel workbook (<c>.xlsx</c>) a party-affairs office can file: the ranking with its precedence marks
/// and components, the organizations not ranked with the reason, the distributions, and the provenance (committee, year,
/// evaluation date, receipt) with the notes — one sheet each, a bold frozen header row, column widths fitted to the
/// text (a CJK character counted twice), and figures stored as numbers shown at the scale they were published with.
/// </summary>
/// <remarks>
/// Every text is written as a string cell, never as a formula, so a name typed as <c>=HYPERLINK(…)</c> is shown as the
/// text it is (the CSV report needs an apostrophe for that; a workbook does not). The workbook is written with
/// Microsoft's Open XML SDK.
/// </remarks>
internal sealed class XlsxReportWriter : IReportWriter
{

    // Style indexes of the stylesheet below.
    private const uint HeaderStyle = 1;
    private const uint WholeNumberStyle = 2;
    private const uint FirstDecimalStyle = 3;
    private const int MaxDecimals = 6;

    public string Format => "xlsx";

    public string Extension => ".xlsx";

    public bool IsText => false;

    /// <summary>Not used: a workbook is binary and goes to a file only; <see cref="ReportOutput.Check"/> refuses it on stdout before any work.</summary>
    /// <exception cref="InvalidOperationException">Always.</exception>
    public void Write(EvaluationReport report, TextWriter writer, DisplayLanguage language) =>
        throw new InvalidOperationException("An xlsx workbook is written to a file (--out), not to text.");

    /// <summary>Writes the workbook.</summary>
    /// <param name="report">The report.</param>
    /// <param name="file">Where to write (a seekable stream: the workbook is a zip package).</param>
    /// <param name="language">The language of labels and sheet names.</param>
    public void WriteFile(EvaluationReport report, Stream file, DisplayLanguage language) => WriteWorkbook(report, file, language);

    /// <summary>Writes the workbook.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">Where to write (a seekable stream: the workbook is a zip package).</param>
    /// <param name="language">The language of labels and sheet names.</param>
    public static void WriteWorkbook(EvaluationReport report, Stream stream, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook(new Sheets());
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();

        AddSheet(workbookPart, ReportLabels.Ranking.In(language), RankingRows(report, language));
        AddSheet(workbookPart, ReportLabels.NotRanked.In(language), NotRankedRows(report, language));
        AddSheet(workbookPart, ReportLabels.Distributions.In(language), DistributionRows(report, language));
        AddSheet(workbookPart, ReportLabels.Notes.In(language), NoteRows(report, language));
        if (report.Life is { } life)
        {
            AddSheet(workbookPart, LifeCompliance.Title.In(language), LifeRows(life, language));
        }

        workbookPart.Workbook.Save();
    }

    /// <summary>The ranking: the header, then one row per ranked organization in rank order.</summary>
    internal static ImmutableArray<ImmutableArray<XlsxCell>> RankingRows(EvaluationReport report, DisplayLanguage language)
    {
        var headers = ReportLabels.Headers(report, language);
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<XlsxCell>>();
        rows.Add([.. headers.Select(XlsxCell.Header)]);
        var decimals = DecimalsByColumn(report);
        foreach (var row in report.Rows)
        {
            var texts = ReportLabels.Cells(report, row, language);
            rows.Add([.. texts.Select((text, column) => Cell(text, column, decimals))]);
        }

        return rows.ToImmutable();
    }

    /// <summary>One text cell, or a number when the column holds figures and the cell is not empty.</summary>
    private static XlsxCell Cell(string text, int column, IReadOnlyDictionary<int, int> decimals) =>
        ReportLabels.IsNumeric(column) && text.Length > 0 && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? XlsxCell.Number(value, decimals.GetValueOrDefault(column))
            : XlsxCell.Text(text);

    /// <summary>The decimal places each figure column is published with: the most any of its values carries.</summary>
    private static Dictionary<int, int> DecimalsByColumn(EvaluationReport report)
    {
        var decimals = new Dictionary<int, int>();
        foreach (var row in report.Rows)
        {
            var texts = ReportLabels.Cells(report, row, DisplayLanguage.English);
            for (var column = 0; column < texts.Length; column++)
            {
                if (ReportLabels.IsNumeric(column) && decimal.TryParse(texts[column], NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    decimals[column] = Math.Max(decimals.GetValueOrDefault(column), Math.Min((int)value.Scale, MaxDecimals));
                }
            }
        }

        return decimals;
    }

    private static ImmutableArray<ImmutableArray<XlsxCell>> NotRankedRows(EvaluationReport report, DisplayLanguage language) =>
    [
        [.. ReportLabels.NotRankedHeaders(language).Select(XlsxCell.Header)],
        .. report.NotRanked.Select(row => ReportLabels.NotRankedCells(row, language).Select(XlsxCell.Text).ToImmutableArray()),
    ];

    private static ImmutableArray<ImmutableArray<XlsxCell>> DistributionRows(EvaluationReport report, DisplayLanguage language)
    {
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<XlsxCell>>();
        foreach (var distribution in report.Distributions)
        {
            rows.Add([XlsxCell.Header(distribution.Title.In(language)), XlsxCell.Header(ReportLabels.Count.In(language))]);
            rows.AddRange(distribution.Bars.Select(bar => ImmutableArray.Create(XlsxCell.Text(bar.Label.In(language)), XlsxCell.Number(bar.Count, 0))));
            rows.Add([]);
        }

        return rows.ToImmutable();
    }

    private static ImmutableArray<ImmutableArray<XlsxCell>> NoteRows(EvaluationReport report, DisplayLanguage language) =>
    [
        [XlsxCell.Header(ReportLabels.Heading(report, language))],
        .. ReportLabels.ProvenanceLines(report, language).Select(line => ImmutableArray.Create(XlsxCell.Header(line.Label), XlsxCell.Text(line.Value))),
        .. report.Notes.Select(note => ImmutableArray.Create(XlsxCell.Header(ReportLabels.Notes.In(language)), XlsxCell.Text(note.In(language)))),
    ];

    /// <summary>The organizational-life compliance: the header, one row per organization and branch (counts as numbers), then the note.</summary>
    private static ImmutableArray<ImmutableArray<XlsxCell>> LifeRows(LifeCompliance life, DisplayLanguage language) =>
    [
        [.. LifeCompliance.Headers(language).Select(XlsxCell.Header)],
        .. life.Rows.Select(row => LifeCompliance.Cells(row, language)
            .Select((cell, i) => LifeCompliance.IsNumeric(i) ? XlsxCell.Number(decimal.Parse(cell, CultureInfo.InvariantCulture), 0) : XlsxCell.Text(cell))
            .ToImmutableArray()),
        [],
        [XlsxCell.Text(LifeCompliance.Note.In(language))],
    ];

    internal static void AddSheet(WorkbookPart workbookPart, string name, ImmutableArray<ImmutableArray<XlsxCell>> rows)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                row.Append(rows[r][c].ToCell($"{ColumnName(c)}{r + 1}"));
            }

            data.Append(row);
        }

        var worksheet = new Worksheet();
        // The header row stays in view while scrolling (a frozen pane below row 1).
        worksheet.Append(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1,
            TopLeftCell = "A2",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0 }));
        if (Widths(rows) is { Count: > 0 } widths)
        {
            worksheet.Append(new Columns(widths.Select((width, c) => new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true })));
        }

        worksheet.Append(data);
        part.Worksheet = worksheet;
        var sheets = workbookPart.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)(sheets.Count() + 1), Name = SheetName(name) });
    }

    /// <summary>The width of each column in characters: its longest text, a CJK character counted twice, between 6 and 80.</summary>
    private static List<double> Widths(ImmutableArray<ImmutableArray<XlsxCell>> rows)
    {
        var widths = new List<double>();
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                while (widths.Count <= c)
                {
                    widths.Add(6);
                }

                var shown = row[c].Shown.Sum(ch => ch >= 0x2E80 ? 2 : 1) + 2;
                widths[c] = Math.Min(80, Math.Max(widths[c], shown));
            }
        }

        return widths;
    }

    /// <summary>A sheet name Excel accepts: at most 31 characters, none of <c>[ ] : * ? / \</c>.</summary>
    private static string SheetName(string name)
    {
        var cleaned = new string([.. name.Select(ch => "[]:*?/\\".Contains(ch, StringComparison.Ordinal) ? ' ' : ch)]);
        return cleaned.Length > 31 ? cleaned[..31] : cleaned;
    }

    /// <summary>The column letters of a zero-based column index: A … Z, AA ….</summary>
    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    internal static Stylesheet Stylesheet()
    {
        var formats = new NumberingFormats();
        var cellFormats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true });
        for (var places = 1; places <= MaxDecimals; places++)
        {
            var id = (uint)(163 + places);
            formats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = "0." + new string('0', places) });
            cellFormats.Append(new CellFormat { NumberFormatId = id, ApplyNumberFormat = true });
        }

        formats.Count = (uint)MaxDecimals;
        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        return new Stylesheet(
            formats,
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            cellFormats);
    }

    /// <summary>The style of a figure with a number of decimal places.</summary>
    internal static uint NumberStyle(int decimals) => decimals <= 0 ? WholeNumberStyle : FirstDecimalStyle + (uint)Math.Min(decimals, MaxDecimals) - 1;

    /// <summary>One cell of a sheet: a text, a header or a number shown with a number of decimal places.</summary>
    internal sealed record XlsxCell(string Shown, decimal? Value, uint Style)
    {
        public static XlsxCell Text(string text) => new(text, null, 0);

        public static XlsxCell Header(string text) => new(text, null, HeaderStyle);

        public static XlsxCell Number(decimal value, int decimals) => new(value.ToString("F" + Math.Clamp(decimals, 0, MaxDecimals), CultureInfo.InvariantCulture), value, NumberStyle(decimals));

        public Cell ToCell(string reference) => Value is { } number
            ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number), StyleIndex = Style }
            : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Shown) { Space = SpaceProcessingModeValues.Preserve }), StyleIndex = Style };
    }
}
