using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Reports;

/// <summary>
/// The report as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled), laid
/// out for a spreadsheet: first ONE table, a header and one record per organization — the ranked organizations in
/// rank order, then the organizations not ranked, with an empty rank and total and the reason in the last column
/// (未排名原因) — so that sorting and filtering keep every organization; then, after an empty line, the provenance
/// (committee, year, date, receipt) and the notes as label,value records, like the footer of a printed table. A file
/// written with <c>--out</c> starts with a UTF-8 byte order mark, which spreadsheets need to read the Chinese text.
/// </summary>
internal sealed class CsvReportWriter : IReportWriter
{
    public string Format => "csv";

    public string Extension => ".csv";

    public bool FileStartsWithByteOrderMark => true;

    public void Write(EvaluationReport report, TextWriter writer, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var headers = ReportLabels.Headers(report, language);
        WriteRecord(writer, [.. headers, ReportLabels.NotRankedBecause.In(language)]);
        foreach (var row in report.Rows)
        {
            WriteRecord(writer, [.. ReportLabels.Cells(report, row, language), string.Empty]);
        }

        foreach (var organization in report.NotRanked.GroupBy(r => r.OrganizationId))
        {
            var first = organization.First();
            var cells = new string[headers.Length + 1];
            Array.Fill(cells, string.Empty);
            cells[1] = first.OrganizationId;
            cells[2] = first.OrganizationName;
            cells[3] = first.District ?? string.Empty;
            cells[^1] = ReportLabels.NotRankedBecauseCell(organization, language);
            WriteRecord(writer, cells);
        }

        var footer = ReportLabels.ProvenanceLines(report, language)
            .Concat(report.Notes.Select(n => (Label: ReportLabels.Notes.In(language), Value: n.In(language))))
            .ToList();
        if (footer.Count > 0)
        {
            writer.Write("\r\n");
            foreach (var (label, value) in footer)
            {
                WriteRecord(writer, [label, value]);
            }
        }

        if (report.Life is { } life)
        {
            writer.Write("\r\n");
            WriteRecord(writer, LifeCompliance.Headers(language));
            foreach (var row in life.Rows)
            {
                WriteRecord(writer, LifeCompliance.Cells(row, language));
            }
        }
    }

    /// <summary>
    /// Quotes a field when RFC 4180 requires it, after neutralising text a spreadsheet would run as a formula: a field
    /// that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return and is not a number (a name or a
    /// reason typed as <c>=HYPERLINK(…)</c>) gets a leading apostrophe, so it is shown as the text it is; numbers such as
    /// <c>-2.50</c> stay numbers.
    /// </summary>
    internal static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void WriteRecord(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(',', fields.Select(Field)));
        writer.Write("\r\n");
    }
}
