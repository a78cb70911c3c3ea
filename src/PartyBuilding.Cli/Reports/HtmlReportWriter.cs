using System.Text;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Reports;

/// <summary>
/// The report as ONE self-contained, well-formed XHTML file: inline CSS, the provenance (<c>dl class="provenance"</c>:
/// committee, year, evaluation date, receipt), the ranking table (the precedence cell classed <c>veto</c> or
/// <c>downgrade</c>), the organizations not ranked (<c>table class="not-ranked"</c>), the notes, an inline SVG bar chart per
/// distribution (bands, districts and, for a whole annual evaluation, the branches' standardization tiers and the members'
/// points grades; each <c>svg</c> carries <c>data-distribution</c>) and a stacked bar per organization for the component
/// breakdown. Labels follow <c>--lang</c> (zh-CN by default). No script, no external resource.
/// </summary>
internal sealed class HtmlReportWriter : IReportWriter
{
    /// <summary>The XHTML namespace.</summary>
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>The SVG namespace.</summary>
    public const string SvgNamespace = "http://www.w3.org/2000/svg";

    /// <summary>The colours of the components, in column order (repeated beyond eight).</summary>
    internal static readonly ImmutableArray<string> Palette = ["#c0392b", "#d4a017", "#2e86c1", "#28b463", "#8e44ad", "#e67e22", "#16a085", "#7f8c8d"];

    /// <summary>The column of the grade by total in <see cref="ReportLabels.Headers"/>.</summary>
    private const int ScoreGradeColumn = 6;

    /// <summary>The precedence column in <see cref="ReportLabels.Headers"/>.</summary>
    private const int PrecedenceColumn = 7;

    /// <summary>The <c>data-key</c> of each provenance line, in the order of <see cref="ReportLabels.ProvenanceLines"/>.</summary>
    private static readonly ImmutableArray<string> ProvenanceKeys = ["committee", "year", "evaluation-date", "receipt"];

    private const string Style = """
        body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 2em; color: #222; }
        h1 { color: #b71c1c; border-bottom: 2px solid #b71c1c; padding-bottom: .3em; }
        table.ranking, table.not-ranked { border-collapse: collapse; font-size: 14px; }
        table.ranking th, table.ranking td, table.not-ranked th, table.not-ranked td { border: 1px solid #ccc; padding: 4px 8px; }
        table.ranking th, table.not-ranked th { background: #f5e6e6; }
        table.ranking td.number { text-align: right; font-variant-numeric: tabular-nums; }
        table.ranking td.precedence.veto { color: #b71c1c; font-weight: bold; }
        table.ranking td.precedence.downgrade { color: #b35c00; }
        dl.provenance { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; }
        dl.provenance dt { font-weight: bold; }
        dl.provenance dd { margin: 0; font-variant-numeric: tabular-nums; word-break: break-all; }
        figure { margin: 1em 0; }
        figcaption { font-weight: bold; margin-bottom: .5em; }
        svg text { font-size: 12px; fill: #222; }
        """;

    public string Format => "html";

    public string Extension => ".html";

    public void Write(EvaluationReport report, TextWriter writer, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var html = new StringBuilder();
        var heading = ReportLabels.Heading(report, language);
        html.Append("<!DOCTYPE html>\n")
            .Append(CultureInfo.InvariantCulture, $"<html xmlns=\"{XhtmlNamespace}\" lang=\"{ReportLabels.HtmlLanguage(language)}\" xml:lang=\"{ReportLabels.HtmlLanguage(language)}\">\n")
            .Append("<head>\n<meta charset=\"utf-8\" />\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{Escape(heading)}</title>\n")
            .Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n")
            .Append(CultureInfo.InvariantCulture, $"<h1>{Escape(heading)}</h1>\n");

        AppendProvenance(html, report, language);
        AppendRanking(html, report, language);
        AppendNotRanked(html, report, language);
        if (report.Notes.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{Escape(ReportLabels.Notes.In(language))}</h2>\n<ul class=\"notes\">\n");
            foreach (var note in report.Notes)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{Escape(note.In(language))}</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (report.Distributions.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{Escape(ReportLabels.Distributions.In(language))}</h2>\n");
            foreach (var distribution in report.Distributions)
            {
                AppendDistribution(html, distribution, language);
            }
        }

        if (report.Components.Length > 0 && report.Rows.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{Escape(ReportLabels.Breakdown.In(language))}</h2>\n");
            AppendBreakdown(html, report, language);
        }

        html.Append("</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    /// <summary>Escapes text for XHTML content and attribute values; characters XML cannot hold become U+FFFD.</summary>
    internal static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '&': result.Append("&amp;"); break;
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '"': result.Append("&quot;"); break;
                case '\'': result.Append("&#39;"); break;
                case 0x9 or 0xA or 0xD: result.Append(rune.ToString()); break;
                case < 0x20 or 0xFFFE or 0xFFFF: result.Append('\uFFFD'); break;
                default: result.Append(rune.ToString()); break;
            }
        }

        return result.ToString();
    }

    private static string Px(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);

    private static void AppendRanking(StringBuilder html, EvaluationReport report, DisplayLanguage language)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{Escape(ReportLabels.Ranking.In(language))}</h2>\n<table class=\"ranking\">\n<thead>\n<tr>");
        foreach (var header in ReportLabels.Headers(report, language))
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{Escape(header)}</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in report.Rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr data-organization=\"{Escape(row.OrganizationId)}\">");
            foreach (var (cell, i) in ReportLabels.Cells(report, row, language).Select((c, i) => (c, i)))
            {
                html.Append(i switch
                {
                    ScoreGradeColumn => "<td class=\"score-grade\">",
                    PrecedenceColumn => row.Precedence.Any(m => m.Veto) ? "<td class=\"precedence veto\">" : row.Precedence.Length > 0 ? "<td class=\"precedence downgrade\">" : "<td class=\"precedence\">",
                    _ when ReportLabels.IsNumeric(i) => "<td class=\"number\">",
                    _ => "<td>",
                }).Append(Escape(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>The committee, year, evaluation date and receipt as a description list (<c>dl class="provenance"</c>, each <c>dd</c> with <c>data-key</c>).</summary>
    private static void AppendProvenance(StringBuilder html, EvaluationReport report, DisplayLanguage language)
    {
        var lines = ReportLabels.ProvenanceLines(report, language);
        if (lines.IsEmpty)
        {
            return;
        }

        html.Append("<dl class=\"provenance\">\n");
        foreach (var ((label, value), key) in lines.Zip(ProvenanceKeys))
        {
            html.Append(CultureInfo.InvariantCulture, $"<dt>{Escape(label)}</dt><dd data-key=\"{key}\">{Escape(value)}</dd>\n");
        }

        html.Append("</dl>\n");
    }

    /// <summary>The organizations not ranked (<c>table class="not-ranked"</c>, a row per missing component), or a line saying there are none.</summary>
    private static void AppendNotRanked(StringBuilder html, EvaluationReport report, DisplayLanguage language)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{Escape(ReportLabels.NotRanked.In(language))}</h2>\n");
        if (report.NotRanked.IsEmpty)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"not-ranked\">{Escape(ReportLabels.None.In(language))}</p>\n");
            return;
        }

        html.Append("<table class=\"not-ranked\">\n<thead>\n<tr>");
        foreach (var header in ReportLabels.NotRankedHeaders(language))
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{Escape(header)}</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in report.NotRanked)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr data-organization=\"{Escape(row.OrganizationId)}\" data-component=\"{Escape(row.ComponentKey)}\">");
            foreach (var cell in ReportLabels.NotRankedCells(row, language))
            {
                html.Append("<td>").Append(Escape(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendDistribution(StringBuilder html, Distribution distribution, DisplayLanguage language)
    {
        const decimal barWidth = 48m, gap = 24m, chartHeight = 160m, top = 20m, bottom = 40m;
        var max = Math.Max(1, distribution.Bars.Select(b => b.Count).DefaultIfEmpty(0).Max());

        // Each bar gets a slot wide enough for its label (about 7px per display column), so long English labels do not overlap.
        var slot = Math.Max(barWidth + gap, 12m + (7m * distribution.Bars.Select(b => TableReportWriter.DisplayWidth(b.Label.In(language))).DefaultIfEmpty(0).Max()));
        var width = Math.Max(240m, gap + (distribution.Bars.Length * slot));
        var height = top + chartHeight + bottom;
        var title = Escape(distribution.Title.In(language));
        var key = distribution.Key.Length > 0 ? $" data-distribution=\"{Escape(distribution.Key)}\"" : string.Empty;
        html.Append(CultureInfo.InvariantCulture, $"<figure>\n<figcaption>{title}</figcaption>\n")
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"{SvgNamespace}\" class=\"chart distribution\"{key} role=\"img\" aria-label=\"{title}\" width=\"{Px(width)}\" height=\"{Px(height)}\" viewBox=\"0 0 {Px(width)} {Px(height)}\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{title}</title>\n")
            .Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" y1=\"{Px(top + chartHeight)}\" x2=\"{Px(width)}\" y2=\"{Px(top + chartHeight)}\" stroke=\"#999\" />\n");
        foreach (var (bar, i) in distribution.Bars.Select((b, i) => (b, i)))
        {
            var x = gap + (i * slot) + ((slot - gap - barWidth) / 2);
            var h = chartHeight * bar.Count / max;
            var y = top + chartHeight - h;
            var label = Escape(bar.Label.In(language));
            html.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" data-label=\"{label}\" data-count=\"{bar.Count}\" x=\"{Px(x)}\" y=\"{Px(y)}\" width=\"{Px(barWidth)}\" height=\"{Px(h)}\" fill=\"{Palette[i % Palette.Length]}\"><title>{label}: {bar.Count}</title></rect>\n")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(x + (barWidth / 2))}\" y=\"{Px(y - 4)}\" text-anchor=\"middle\">{bar.Count}</text>\n")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(x + (barWidth / 2))}\" y=\"{Px(top + chartHeight + 16)}\" text-anchor=\"middle\">{label}</text>\n");
        }

        html.Append("</svg>\n</figure>\n");
    }

    private static void AppendBreakdown(StringBuilder html, EvaluationReport report, DisplayLanguage language)
    {
        const decimal labelWidth = 200m, barArea = 520m, rowHeight = 22m, legendHeight = 28m, valueWidth = 70m;
        var width = labelWidth + barArea + valueWidth;
        var height = legendHeight + (report.Rows.Length * rowHeight) + 8m;
        var max = report.Rows.Select(r => r.Components.Values.Where(v => v > 0).Sum()).DefaultIfEmpty(0m).Max();
        var scale = max == 0 ? 0m : barArea / max;
        var title = Escape(ReportLabels.Breakdown.In(language));
        html.Append("<figure>\n")
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"{SvgNamespace}\" class=\"chart breakdown\" role=\"img\" aria-label=\"{title}\" width=\"{Px(width)}\" height=\"{Px(height)}\" viewBox=\"0 0 {Px(width)} {Px(height)}\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{title}</title>\n<g class=\"legend\">\n");
        var legendX = labelWidth;
        foreach (var (column, i) in report.Components.Select((c, i) => (c, i)))
        {
            var label = Escape(column.Label.In(language));
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Px(legendX)}\" y=\"6\" width=\"12\" height=\"12\" fill=\"{Palette[i % Palette.Length]}\" />")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(legendX + 16)}\" y=\"16\">{label}</text>\n");
            legendX += 24m + (7m * TableReportWriter.DisplayWidth(column.Label.In(language)));
        }

        html.Append("</g>\n");
        foreach (var (row, r) in report.Rows.Select((row, r) => (row, r)))
        {
            var y = legendHeight + (r * rowHeight);
            html.Append(CultureInfo.InvariantCulture, $"<g class=\"organization\" data-organization=\"{Escape(row.OrganizationId)}\">\n")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(labelWidth - 6)}\" y=\"{Px(y + 15)}\" text-anchor=\"end\">{Escape($"{row.Rank}. {row.OrganizationName}")}</text>\n");
            var x = labelWidth;
            foreach (var (column, i) in report.Components.Select((c, i) => (c, i)))
            {
                if (!row.Components.TryGetValue(column.Key, out var value))
                {
                    continue;
                }

                var w = Math.Max(0m, value) * scale;
                var label = Escape(column.Label.In(language));
                html.Append(CultureInfo.InvariantCulture, $"<rect class=\"segment\" data-component=\"{Escape(column.Key)}\" data-value=\"{ReportLabels.Number(value)}\" x=\"{Px(x)}\" y=\"{Px(y + 3)}\" width=\"{Px(w)}\" height=\"{Px(rowHeight - 6)}\" fill=\"{Palette[i % Palette.Length]}\"><title>{label}: {ReportLabels.Number(value)}</title></rect>\n");
                x += w;
            }

            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(x + 6)}\" y=\"{Px(y + 15)}\">{ReportLabels.Number(row.Total)}</text>\n</g>\n");
        }

        html.Append("</svg>\n</figure>\n");
    }
}
