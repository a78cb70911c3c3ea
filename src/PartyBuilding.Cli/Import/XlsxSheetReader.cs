using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;

namespace PartyBuilding.Cli.Import;

/// <summary>
/// Reads the cells of a workbook's sheets as text, the way a clerk sees them: shared and inline strings as written, numbers
/// in invariant form, dates typed as dates (numbers with a date format) as <c>yyyy-MM-dd</c>. Formulas are not evaluated:
/// their cached value is read.
/// </summary>
internal sealed class XlsxSheetReader
{
    // Built-in number formats Excel shows as dates (ECMA-376 18.8.30).
    private static readonly HashSet<uint> DateFormats = [14, 15, 16, 17, 22, 27, 30, 36, 50, 57];

    private readonly WorkbookPart _workbook;
    private readonly string[] _shared;
    private readonly HashSet<uint> _dateStyles = [];

    private XlsxSheetReader(WorkbookPart workbook)
    {
        _workbook = workbook;
        _shared = [.. workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText) ?? []];
        if (workbook.WorkbookStylesPart?.Stylesheet is { } styles)
        {
            var custom = styles.NumberingFormats?.Elements<NumberingFormat>()
                .Where(f => f.FormatCode?.Value is { } code && IsDateCode(code))
                .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
            var index = 0u;
            foreach (var format in styles.CellFormats?.Elements<CellFormat>() ?? [])
            {
                if (format.NumberFormatId?.Value is { } id && (DateFormats.Contains(id) || custom.Contains(id)))
                {
                    _dateStyles.Add(index);
                }

                index++;
            }
        }
    }

    /// <summary>Gets the names of the sheets, in workbook order.</summary>
    public IReadOnlyList<string> SheetNames => [.. _workbook.Workbook.Sheets?.Elements<Sheet>().Select(s => s.Name?.Value ?? string.Empty) ?? []];

    /// <summary>Opens a workbook.</summary>
    /// <param name="document">The open document.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="InvalidDataException">The package has no workbook.</exception>
    public static XlsxSheetReader Open(SpreadsheetDocument document) =>
        new(document.WorkbookPart ?? throw new InvalidDataException("The package has no workbook."));

    /// <summary>Reads a sheet's rows: the row number (1-based) and the cells by zero-based column, empty cells left out.</summary>
    /// <param name="name">The sheet's name.</param>
    /// <returns>The rows with at least one non-empty cell, in order.</returns>
    public IReadOnlyList<(int Row, IReadOnlyDictionary<int, string> Cells)> Rows(string name)
    {
        var sheet = _workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == name);
        if (sheet?.Id?.Value is not { } id || _workbook.GetPartById(id) is not WorksheetPart part)
        {
            return [];
        }

        var rows = new List<(int, IReadOnlyDictionary<int, string>)>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new Dictionary<int, string>();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                next = column + 1;
                var text = Text(cell).Trim();
                if (text.Length > 0)
                {
                    cells[column] = text;
                }
            }

            if (cells.Count > 0)
            {
                rows.Add(((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), cells));
            }
        }

        return rows;
    }

    /// <summary>The zero-based column of a cell reference such as <c>AB12</c>.</summary>
    internal static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference)
        {
            if (ch is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (ch - 'A' + 1);
        }

        return index - 1;
    }

    private static bool IsDateCode(string code)
    {
        var plain = new string([.. code.Where(ch => ch != '\\')]);
        return plain.Contains('y', StringComparison.OrdinalIgnoreCase) || plain.Contains('d', StringComparison.OrdinalIgnoreCase);
    }

    private string Text(Cell cell)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _shared.Length ? _shared[i] : string.Empty;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if ((cell.DataType is null || cell.DataType.Value == CellValues.Number)
            && cell.StyleIndex?.Value is { } style && _dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
        {
            // A date typed as a date: days since 1899-12-30 (the 1900 date system).
            return new LocalDate(1899, 12, 30).PlusDays((int)serial).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        }

        return raw;
    }
}
