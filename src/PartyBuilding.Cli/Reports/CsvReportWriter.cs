using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Reports;

/// <summary>The ranking as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled).</summary>
internal sealed class CsvReportWriter : IReportWriter
{
    public string Format => "csv";

    public string Extension => ".csv";

    public void Write(EvaluationReport report, TextWriter writer, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        WriteRecord(writer, ReportLabels.Headers(report, language));
        foreach (var row in report.Rows)
        {
            WriteRecord(writer, ReportLabels.Cells(report, row, language));
        }
    }

    /// <summary>Quotes a field when RFC 4180 requires it.</summary>
    internal static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static void WriteRecord(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(',', fields.Select(Field)));
        writer.Write("\r\n");
    }
}
