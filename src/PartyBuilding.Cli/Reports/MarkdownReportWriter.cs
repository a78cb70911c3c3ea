using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Reports;

/// <summary>
/// The report as Markdown (pipes escaped, line breaks as spaces): the heading, the provenance as a list (committee, year,
/// date, receipt), the ranking table, the organizations not ranked, the notes, then one table per distribution.
/// </summary>
internal sealed class MarkdownReportWriter : IReportWriter
{
    public string Format => "md";

    public string Extension => ".md";

    public void Write(EvaluationReport report, TextWriter writer, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"# {Cell(ReportLabels.Heading(report, language))}");
        writer.WriteLine();
        var provenance = ReportLabels.ProvenanceLines(report, language);
        foreach (var (label, value) in provenance)
        {
            writer.WriteLine($"- {Cell(ReportLabels.Labelled(label, value, language))}");
        }

        if (provenance.Length > 0)
        {
            writer.WriteLine();
        }

        writer.WriteLine($"## {ReportLabels.Ranking.In(language)}");
        writer.WriteLine();
        var headers = ReportLabels.Headers(report, language);
        WriteRow(writer, headers);
        writer.WriteLine("|" + string.Join("|", headers.Select((_, i) => ReportLabels.IsNumeric(i) ? "---:" : "---")) + "|");
        foreach (var row in report.Rows)
        {
            WriteRow(writer, ReportLabels.Cells(report, row, language));
        }

        writer.WriteLine();
        writer.WriteLine($"## {ReportLabels.NotRanked.In(language)}");
        writer.WriteLine();
        if (report.NotRanked.IsEmpty)
        {
            writer.WriteLine(ReportLabels.None.In(language));
        }
        else
        {
            WriteRow(writer, ReportLabels.NotRankedHeaders(language));
            writer.WriteLine("|---|---|---|---|---|");
            foreach (var row in report.NotRanked)
            {
                WriteRow(writer, ReportLabels.NotRankedCells(row, language));
            }
        }

        if (report.Notes.Length > 0)
        {
            writer.WriteLine();
            writer.WriteLine($"## {ReportLabels.Notes.In(language)}");
            writer.WriteLine();
            foreach (var note in report.Notes)
            {
                writer.WriteLine($"- {Cell(note.In(language))}");
            }
        }

        foreach (var distribution in report.Distributions)
        {
            writer.WriteLine();
            writer.WriteLine($"## {Cell(distribution.Title.In(language))}");
            writer.WriteLine();
            WriteRow(writer, [string.Empty, ReportLabels.Count.In(language)]);
            writer.WriteLine("|---|---:|");
            foreach (var bar in distribution.Bars)
            {
                WriteRow(writer, [bar.Label.In(language), bar.Count.ToString(CultureInfo.InvariantCulture)]);
            }
        }

        if (report.Life is { } life)
        {
            WriteLife(writer, life, language);
        }
    }

    /// <summary>The organizational-life compliance: a heading, the table (counts right-aligned), then the note.</summary>
    private static void WriteLife(TextWriter writer, LifeCompliance life, DisplayLanguage language)
    {
        writer.WriteLine();
        writer.WriteLine($"## {Cell(life.Heading(language))}");
        writer.WriteLine();
        var headers = LifeCompliance.Headers(language);
        WriteRow(writer, headers);
        writer.WriteLine("|" + string.Join("|", headers.Select((_, i) => LifeCompliance.IsNumeric(i) ? "---:" : "---")) + "|");
        foreach (var row in life.Rows)
        {
            WriteRow(writer, LifeCompliance.Cells(row, language));
        }

        writer.WriteLine();
        writer.WriteLine(Cell(LifeCompliance.Note.In(language)));
    }

    /// <summary>Escapes a table cell: backslashes, pipes and angle brackets (so no text is read as HTML), line breaks as spaces.</summary>
    internal static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "\\<", StringComparison.Ordinal).Replace(">", "\\>", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static void WriteRow(TextWriter writer, IEnumerable<string> cells) =>
        writer.WriteLine("| " + string.Join(" | ", cells.Select(Cell)) + " |");
}
