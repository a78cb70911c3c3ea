using System.Text;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Reports;

/// <summary>
/// Aligned text for the terminal; Chinese characters count as two columns. The heading and the provenance lines
/// (committee, year, date, receipt), the ranking, the organizations not ranked, the notes, then the distributions.
/// </summary>
internal sealed class TableReportWriter : IReportWriter
{
    public string Format => "table";

    public string Extension => ".txt";

    public void Write(EvaluationReport report, TextWriter writer, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(ReportLabels.Heading(report, language));
        foreach (var (label, value) in ReportLabels.ProvenanceLines(report, language))
        {
            writer.WriteLine(ReportLabels.Labelled(label, value, language));
        }

        writer.WriteLine();
        var headers = ReportLabels.Headers(report, language);
        var rows = report.Rows.Select(r => ReportLabels.Cells(report, r, language)).ToList();
        WriteAligned(writer, headers, rows, [.. Enumerable.Range(0, headers.Length).Select(ReportLabels.IsNumeric)]);

        writer.WriteLine();
        writer.WriteLine(ReportLabels.NotRanked.In(language));
        if (report.NotRanked.IsEmpty)
        {
            writer.WriteLine(ReportLabels.None.In(language));
        }
        else
        {
            var notRanked = report.NotRanked.Select(r => ReportLabels.NotRankedCells(r, language)).ToList();
            WriteAligned(writer, ReportLabels.NotRankedHeaders(language), notRanked, [false, false, false, false, false]);
        }

        if (report.Notes.Length > 0)
        {
            writer.WriteLine();
            writer.WriteLine(ReportLabels.Notes.In(language));
            foreach (var note in report.Notes)
            {
                writer.WriteLine($"- {note.In(language)}");
            }
        }

        foreach (var distribution in report.Distributions)
        {
            writer.WriteLine();
            writer.WriteLine(distribution.Title.In(language));
            var max = distribution.Bars.Select(b => b.Count).DefaultIfEmpty(0).Max();
            var bars = distribution.Bars
                .Select(b => ImmutableArray.Create(b.Label.In(language), b.Count.ToString(CultureInfo.InvariantCulture), new string('#', max == 0 ? 0 : (int)Math.Round(b.Count * 40m / max, MidpointRounding.AwayFromZero))))
                .ToList();
            WriteAligned(writer, null, bars, [false, true, false]);
        }

        if (report.Life is { } life)
        {
            writer.WriteLine();
            writer.WriteLine(life.Heading(language));
            var lifeHeaders = LifeCompliance.Headers(language);
            WriteAligned(writer, lifeHeaders, [.. life.Rows.Select(r => LifeCompliance.Cells(r, language))], [.. Enumerable.Range(0, lifeHeaders.Length).Select(LifeCompliance.IsNumeric)]);
            writer.WriteLine($"- {LifeCompliance.Note.In(language)}");
        }
    }

    /// <summary>The display width of text: East Asian wide and full-width characters take two columns.</summary>
    internal static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            width += (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD) ? 2 : 1;
        }

        return width;
    }

    internal static void WriteAligned(TextWriter writer, ImmutableArray<string>? headers, List<ImmutableArray<string>> rows, bool[] rightAligned)
    {
        var all = headers is { } h ? rows.Prepend(h).ToList() : rows;
        if (all.Count == 0)
        {
            return;
        }

        var columns = all.Max(r => r.Length);
        var widths = Enumerable.Range(0, columns).Select(i => all.Max(r => i < r.Length ? DisplayWidth(r[i]) : 0)).ToArray();
        foreach (var (row, index) in all.Select((r, i) => (r, i)))
        {
            var line = new StringBuilder();
            for (var i = 0; i < row.Length; i++)
            {
                var padding = new string(' ', widths[i] - DisplayWidth(row[i]));
                var cell = rightAligned[i] ? padding + row[i] : row[i] + (i == row.Length - 1 ? string.Empty : padding);
                line.Append(i == 0 ? string.Empty : "  ").Append(cell);
            }

            writer.WriteLine(line.ToString().TrimEnd());
            if (index == 0 && headers is not null)
            {
                writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
            }
        }
    }
}
