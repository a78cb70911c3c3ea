using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Reports;

/// <summary>Renders an <see cref="EvaluationReport"/> in one format (<c>--format</c>).</summary>
internal interface IReportWriter
{
    /// <summary>Gets the format name, e.g. <c>html</c>.</summary>
    string Format { get; }

    /// <summary>Gets the usual file extension, e.g. <c>.html</c>.</summary>
    string Extension { get; }

    /// <summary>
    /// Gets a value indicating whether a report written to a file starts with a UTF-8 byte order mark (CSV: so that a
    /// spreadsheet opens the Chinese text as UTF-8). Never on stdout.
    /// </summary>
    bool FileStartsWithByteOrderMark => false;

    /// <summary>
    /// Gets a value indicating whether the format is text, which can go to stdout; a binary format (a workbook) is written
    /// to a file only (<c>--out</c>).
    /// </summary>
    bool IsText => true;

    /// <summary>Writes the report as text.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="language">The language of labels.</param>
    void Write(EvaluationReport report, TextWriter writer, DisplayLanguage language);

    /// <summary>Writes the report as the content of a file: the text in UTF-8 (with a byte order mark where the format wants one).</summary>
    /// <param name="report">The report.</param>
    /// <param name="file">The file's stream (seekable).</param>
    /// <param name="language">The language of labels.</param>
    void WriteFile(EvaluationReport report, Stream file, DisplayLanguage language)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        if (FileStartsWithByteOrderMark)
        {
            text.Write('\uFEFF');
        }

        Write(report, text, language);
        var bytes = new System.Text.UTF8Encoding(false).GetBytes(text.ToString());
        file.Write(bytes, 0, bytes.Length);
    }
}

/// <summary>The report formats by name.</summary>
internal static class ReportWriters
{
    /// <summary>Gets every writer: table, json, csv, md, html, xlsx.</summary>
    public static ImmutableArray<IReportWriter> All { get; } =
    [
        new TableReportWriter(),
        new JsonReportWriter(),
        new CsvReportWriter(),
        new MarkdownReportWriter(),
        new HtmlReportWriter(),
        new XlsxReportWriter(),
    ];

    /// <summary>Gets the format names, for usage text: <c>table|json|csv|md|html|xlsx</c>.</summary>
    public static string Names => string.Join('|', All.Select(w => w.Format));

    /// <summary>Finds the writer of a format.</summary>
    /// <exception cref="CliException">The format is unknown (a usage error).</exception>
    public static IReportWriter Find(string format) =>
        All.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase))
        ?? throw CliException.Usage(CliMessages.FormatInvalid(Names, format));
}
