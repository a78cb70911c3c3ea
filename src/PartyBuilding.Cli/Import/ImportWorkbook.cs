using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using NodaTime.Text;
using PartyBuilding.Cli.Reports;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Cli.Reports.XlsxReportWriter;

namespace PartyBuilding.Cli.Import;

/// <summary>
/// What the import workbooks share (<see cref="LifeWorkbook"/>, <see cref="PointsWorkbook"/>): sheets of one entry per row
/// under a header row, written in one language and read in either; cells read as identifiers, labels, dates, months and
/// numbers, every problem named by its cell (<c>会议记录!D5</c>); and the library's problems mapped back to the cell or row
/// an entry came from.
/// </summary>
internal static partial class ImportWorkbook
{
    /// <summary>A cell that must have a value is empty.</summary>
    public const string CellRequired = "CLI.IMPORT_CELL_REQUIRED";

    /// <summary>A cell's value cannot be read as what its column holds.</summary>
    public const string CellInvalid = "CLI.IMPORT_CELL_INVALID";

    /// <summary>A sheet or a column the workbook must have is missing.</summary>
    public const string SheetMissing = "CLI.IMPORT_SHEET_MISSING";

    private static readonly LocalizedText Yes = new("是", "yes");
    private static readonly LocalizedText No = new("否", "no");

    /// <summary>Writes a workbook: the instructions sheet, then each sheet with its header row and entries.</summary>
    /// <param name="stream">Where to write (seekable).</param>
    /// <param name="language">The language of sheet names and headers.</param>
    /// <param name="instructions">The lines of the instructions sheet (填写说明).</param>
    /// <param name="sheets">The sheets with their rows (a <see langword="null"/> cell is left empty).</param>
    public static void Write(Stream stream, DisplayLanguage language, IEnumerable<LocalizedText> instructions, params IEnumerable<(WorkbookSheet Sheet, IEnumerable<string?[]> Rows)> sheets)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new Sheets());
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxReportWriter.Stylesheet();
        AddSheet(workbook, InstructionsName.In(language), [.. instructions.Select(line => ImmutableArray.Create(XlsxCell.Text(line.In(language))))]);
        foreach (var (sheet, rows) in sheets)
        {
            AddSheet(workbook, sheet.Name.In(language), [
                [.. sheet.Columns.Select(c => XlsxCell.Header(c.In(language)))],
                .. rows.Select(row => row.Select(text => XlsxCell.Text(text ?? string.Empty)).ToImmutableArray()),
            ]);
        }

        workbook.Workbook.Save();
    }

    /// <summary>Gets the name of the instructions sheet.</summary>
    public static LocalizedText InstructionsName { get; } = new("填写说明", "Instructions");

    /// <summary>A yes/no cell's text.</summary>
    public static string YesNo(bool value, DisplayLanguage language) => (value ? Yes : No).In(language);

    /// <summary>A date cell's text, <c>yyyy-MM-dd</c>.</summary>
    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A month cell's text, <c>yyyy-MM</c>.</summary>
    public static string Month(YearMonth month) => month.ToString("uuuu-MM", CultureInfo.InvariantCulture);

    /// <summary>A number cell's text, invariant.</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<collection>[A-Za-z]+)\[(?<index>\d+)\](?:\.(?<member>[A-Za-z]+)\[(?<inner>\d+)\])?(?:\.(?<property>[A-Za-z]+))?")]
    private static partial Regex PathPattern();

    /// <summary>A sheet read from a workbook: its name as written, its columns' positions and its rows below the header.</summary>
    /// <param name="Name">The sheet's name in the workbook.</param>
    /// <param name="Columns">The position of each of the definition's columns in the sheet.</param>
    /// <param name="Rows">The rows below the header, each with its number and its cells by position.</param>
    internal sealed record ReadSheet(string Name, int[] Columns, IReadOnlyList<(int Row, IReadOnlyDictionary<int, string> Cells)> Rows);

    /// <summary>One reading of a workbook: the problems found and where each entry came from.</summary>
    internal sealed class Reading(XlsxSheetReader reader)
    {
        private readonly Dictionary<string, (ReadSheet Sheet, int Row, Func<string, int?> ColumnOf)> _origins = new(StringComparer.Ordinal);

        /// <summary>Gets the problems found so far.</summary>
        public List<ValidationProblem> Problems { get; } = [];

        /// <summary>Finds a sheet by either of its names and its columns by either of their headers; each one missing is a problem.</summary>
        /// <returns>The sheet, or <see langword="null"/> when it or a column is missing.</returns>
        public ReadSheet? Find(WorkbookSheet sheet)
        {
            var name = reader.SheetNames.FirstOrDefault(n => n == sheet.Name.ZhCn || string.Equals(n, sheet.Name.English, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                Problems.Add(new(sheet.Name.ZhCn, SheetMissing, $"The workbook has no sheet '{sheet.Name.ZhCn}' ('{sheet.Name.English}').", null));
                return null;
            }

            var rows = reader.Rows(name);
            var header = rows.Count > 0 ? rows[0].Cells : new Dictionary<int, string>();
            var columns = new int[sheet.Columns.Length];
            for (var c = 0; c < columns.Length; c++)
            {
                var label = sheet.Columns[c];
                var found = header.FirstOrDefault(h => h.Value == label.ZhCn || string.Equals(h.Value, label.English, StringComparison.OrdinalIgnoreCase));
                columns[c] = found.Value is null ? -1 : found.Key;
                if (found.Value is null)
                {
                    Problems.Add(new(string.Create(CultureInfo.InvariantCulture, $"{name}!1:1"), SheetMissing, $"The sheet has no column '{label.ZhCn}' ('{label.English}') in its header row.", null));
                }
            }

            return columns.Contains(-1) ? null : new ReadSheet(name, columns, [.. rows.Skip(1)]);
        }

        /// <summary>The cells of one row of a sheet.</summary>
        public Cells Row(ReadSheet sheet, int row, IReadOnlyDictionary<int, string> values) => new(this, sheet, row, values);

        /// <summary>Records that the entry at a path of the library's document came from a row.</summary>
        /// <param name="path">The entry's path, e.g. <c>Meetings[3]</c> or <c>Meetings[3].Attendees[1]</c>.</param>
        /// <param name="sheet">The sheet.</param>
        /// <param name="row">The row number.</param>
        /// <param name="columnOf">The column (of the sheet definition) each property of the entry came from; <see langword="null"/> for the whole row.</param>
        public void Origin(string path, ReadSheet sheet, int row, Func<string, int?> columnOf) => _origins[path] = (sheet, row, columnOf);

        /// <summary>The cell (or row) a library problem's path points at: <c>会议记录!D5</c>, or the path itself when it names no entry read.</summary>
        public string CellOf(string path)
        {
            var relative = path.StartsWith("Data.", StringComparison.Ordinal) ? path["Data.".Length..] : path;
            var match = PathPattern().Match(relative);
            if (!match.Success)
            {
                return path;
            }

            var outer = $"{match.Groups["collection"].Value}[{match.Groups["index"].Value}]";
            var key = match.Groups["member"].Success ? $"{outer}.{match.Groups["member"].Value}[{match.Groups["inner"].Value}]" : outer;
            var property = match.Groups["property"].Success ? match.Groups["property"].Value : string.Empty;
            if (!_origins.TryGetValue(key, out var origin) && !(match.Groups["member"].Success && _origins.TryGetValue(outer, out origin)))
            {
                return path;
            }

            return origin.ColumnOf(property) is { } c && c < origin.Sheet.Columns.Length
                ? string.Create(CultureInfo.InvariantCulture, $"{origin.Sheet.Name}!{ColumnName(origin.Sheet.Columns[c])}{origin.Row}")
                : string.Create(CultureInfo.InvariantCulture, $"{origin.Sheet.Name}!{origin.Row}:{origin.Row}");
        }
    }

    /// <summary>The cells of one row, read by the sheet definition's column index; every problem names its cell.</summary>
    internal readonly struct Cells(Reading reading, ReadSheet sheet, int row, IReadOnlyDictionary<int, string> values)
    {
        /// <summary>Parses identifier text.</summary>
        public delegate bool TryParse<T>(string? text, out T result);

        /// <summary>Gets the row number.</summary>
        public int Number => row;

        /// <summary>The cell's text, or <see langword="null"/> when empty.</summary>
        public string? Text(int column) => values.GetValueOrDefault(sheet.Columns[column]);

        /// <summary>Records that a required cell is empty.</summary>
        public void Required(int column) =>
            reading.Problems.Add(new(Reference(column), CellRequired, "The cell must have a value.", null));

        /// <summary>Records that a cell cannot be read.</summary>
        public void Invalid(int column, string message) =>
            reading.Problems.Add(new(Reference(column), CellInvalid, message, Text(column)));

        /// <summary>Reads an identifier.</summary>
        public T? Id<T>(int column, TryParse<T> parse, bool required)
            where T : struct => Read(column, required, parse, "The cell is not a valid identifier.");

        /// <summary>Reads one of a label table's labels, in either language.</summary>
        public TEnum? Label<TEnum>(int column, LabelTable<TEnum> labels, bool required = false)
            where TEnum : struct, Enum
        {
            if (Text(column) is not { } text)
            {
                return Missing<TEnum>(column, required);
            }

            foreach (var (value, label) in labels.All)
            {
                if (text == label.ZhCn || string.Equals(text, label.English, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            Invalid(column, "The cell is not one of: " + string.Join(", ", labels.All.Values.Select(l => $"{l.ZhCn} / {l.English}").Order(StringComparer.Ordinal)) + ".");
            return null;
        }

        /// <summary>Reads 是/yes or 否/no; an empty cell is no.</summary>
        public bool YesNo(int column)
        {
            if (Text(column) is not { } text || text == No.ZhCn || string.Equals(text, No.English, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (text == Yes.ZhCn || string.Equals(text, Yes.English, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            Invalid(column, "The cell must be 是 / yes or 否 / no.");
            return false;
        }

        /// <summary>Reads a date, <c>yyyy-MM-dd</c>.</summary>
        public LocalDate? Date(int column, bool required) =>
            Read(column, required, (string? text, out LocalDate value) => LocalDatePattern.Iso.Parse(text!).TryGetValue(default, out value), "The cell must be a date, yyyy-MM-dd.");

        /// <summary>Reads a month, <c>yyyy-MM</c>.</summary>
        public YearMonth? Month(int column, bool required) =>
            Read(column, required, (string? text, out YearMonth value) => YearMonthPattern.Iso.Parse(text!).TryGetValue(default, out value), "The cell must be a month, yyyy-MM.");

        /// <summary>Reads a whole number.</summary>
        public int? Integer(int column, bool required) =>
            Read(column, required, (string? text, out int value) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value), "The cell must be a whole number.");

        /// <summary>Reads a decimal number, exactly.</summary>
        public decimal? Decimal(int column, bool required) =>
            Read(column, required, (string? text, out decimal value) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value), "The cell must be a number.");

        private T? Read<T>(int column, bool required, TryParse<T> parse, string message)
            where T : struct
        {
            if (Text(column) is not { } text)
            {
                return Missing<T>(column, required);
            }

            if (parse(text, out var value))
            {
                return value;
            }

            Invalid(column, message);
            return null;
        }

        private T? Missing<T>(int column, bool required)
            where T : struct
        {
            if (required)
            {
                Required(column);
            }

            return null;
        }

        private string Reference(int column) => string.Create(CultureInfo.InvariantCulture, $"{sheet.Name}!{ColumnName(sheet.Columns[column])}{row}");
    }
}

/// <summary>A sheet of an import workbook: its name and its columns' headers, in both languages.</summary>
/// <param name="Name">The sheet's name.</param>
/// <param name="Columns">The columns' headers, in order.</param>
internal sealed record WorkbookSheet(LocalizedText Name, ImmutableArray<LocalizedText> Columns);
