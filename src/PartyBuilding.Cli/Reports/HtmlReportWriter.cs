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

    /// <summary>The column of the organization's identifier in <see cref="ReportLabels.Headers"/>.</summary>
    private const int OrganizationIdColumn = 1;

    /// <summary>The district column in <see cref="ReportLabels.Headers"/>.</summary>
    private const int DistrictColumn = 3;

    /// <summary>The grade column in <see cref="ReportLabels.Headers"/>.</summary>
    private const int GradeColumn = 4;

    /// <summary>The column of the grade by total in <see cref="ReportLabels.Headers"/>.</summary>
    private const int ScoreGradeColumn = 6;

    /// <summary>The precedence column in <see cref="ReportLabels.Headers"/>.</summary>
    private const int PrecedenceColumn = 7;

    /// <summary>The <c>data-key</c> of each provenance line, in the order of <see cref="ReportLabels.ProvenanceLines"/>.</summary>
    private static readonly ImmutableArray<string> ProvenanceKeys = ["committee", "year", "evaluation-date", "receipt"];

    /// <summary>How many organizations one figure of the stacked chart holds: one figure fits an A4 landscape page.</summary>
    internal const int BreakdownRowsPerFigure = 25;

    private const string Style = """
        body { font-family: "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "SimSun", sans-serif; margin: 2em; color: #222; }
        h1 { color: #b71c1c; border-bottom: 2px solid #b71c1c; padding-bottom: .3em; }
        h1, h2, figcaption { break-after: avoid; page-break-after: avoid; }
        table.ranking, table.not-ranked, table.life-compliance { border-collapse: collapse; font-size: 14px; }
        table.ranking th, table.ranking td, table.not-ranked th, table.not-ranked td, table.life-compliance th, table.life-compliance td { border: 1px solid #ccc; padding: 4px 8px; word-break: keep-all; overflow-wrap: break-word; hyphens: manual; }
        table.ranking th, table.not-ranked th, table.life-compliance th { background: #f5e6e6; }
        table.life-compliance td.number { text-align: right; font-variant-numeric: tabular-nums; }
        table.life-compliance tr.branch td:first-child { padding-left: 1.5em; }
        thead { display: table-header-group; }
        tr, figure, dl.provenance, section.signatures { break-inside: avoid; page-break-inside: avoid; }
        table.ranking td.number, table.ranking td.organization-id, table.ranking td.short { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.ranking td.short { text-align: left; }
        table.ranking td.organization-id { text-align: left; }
        table.ranking td.precedence.veto { color: #b71c1c; font-weight: bold; }
        table.ranking td.precedence.downgrade { color: #b35c00; }
        dl.provenance { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; }
        dl.provenance dt { font-weight: bold; }
        dl.provenance dd { margin: 0; font-variant-numeric: tabular-nums; word-break: break-all; }
        figure { margin: 1em 0; }
        figcaption { font-weight: bold; margin-bottom: .5em; }
        svg text { font-size: 12px; fill: #222; }
        section.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 1.2em 3em; margin-top: 2em; }
        section.signatures h2 { grid-column: 1 / -1; margin: 0; }
        section.signatures div { border-bottom: 1px solid #222; padding: .3em 0 .2em; }
        section.signatures div.seal { min-height: 38mm; }
        @media print {
          body { margin: 0; font-size: 9pt; }
          table.ranking, table.not-ranked, table.life-compliance { width: 100%; font-size: 8.5pt; }
          table.ranking th, table.ranking td, table.not-ranked th, table.not-ranked td, table.life-compliance th, table.life-compliance td { padding: 2px 4px; }
          th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
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
            .Append("<style>\n").Append(Style).Append(PageStyle(report, language)).Append("\n</style>\n</head>\n<body>\n")
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

        if (report.Life is { } life)
        {
            AppendLife(html, life, language);
        }

        AppendSignatures(html, report, language);
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
                    OrganizationIdColumn => "<td class=\"organization-id\">",
                    ScoreGradeColumn => "<td class=\"score-grade short\">",
                    DistrictColumn or GradeColumn => "<td class=\"short\">",
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

    /// <summary>
    /// The organizational-life compliance (<c>table class="life-compliance"</c>): a row per organization and per branch, each
    /// with <c>data-organization</c> and <c>data-level="organization|branch"</c>, then the note (<c>p class="life-compliance"</c>).
    /// </summary>
    private static void AppendLife(StringBuilder html, LifeCompliance life, DisplayLanguage language)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{Escape(life.Heading(language))}</h2>\n<table class=\"life-compliance\">\n<thead>\n<tr>");
        foreach (var header in LifeCompliance.Headers(language))
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{Escape(header)}</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in life.Rows)
        {
            var level = row.IsBranch ? "branch" : "organization";
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"{level}\" data-organization=\"{Escape(row.OrganizationId)}\" data-level=\"{level}\">");
            foreach (var (cell, i) in LifeCompliance.Cells(row, language).Select((c, i) => (c, i)))
            {
                html.Append(LifeCompliance.IsNumeric(i) ? "<td class=\"number\">" : "<td>").Append(Escape(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"life-compliance\">{Escape(LifeCompliance.Note.In(language))}</p>\n");
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

    /// <summary>
    /// The print layout that depends on the report: A4 landscape pages whose margins carry the committee and the title at
    /// the top, and the evaluation date, the receipt and "page n of m" at the bottom (CSS page-margin boxes).
    /// </summary>
    internal static string PageStyle(EvaluationReport report, DisplayLanguage language)
    {
        var heading = ReportLabels.Heading(report, language);
        var committee = report.Provenance is { } p ? ReportLabels.CommitteeText(p, language) : string.Empty;
        var footer = report.Provenance is { } q
            ? $"{ReportLabels.Labelled(ReportLabels.EvaluationDate.In(language), q.EvaluationDate, language)}    {ReportLabels.Labelled(ReportLabels.Receipt.In(language), $"{q.ReceiptAlgorithm} {q.ReceiptHash}", language)}"
            : string.Empty;
        var pageOf = ReportLabels.PageOf.In(language).Split(["{0}", "{1}"], StringSplitOptions.None);
        var pageNumber = $"{CssString(pageOf[0])} counter(page) {CssString(pageOf[1])} counter(pages) {CssString(pageOf[2])}";
        return $$"""

            @page {
              size: A4 landscape;
              margin: 16mm 12mm 14mm 12mm;
              font-family: "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "SimSun", sans-serif;
              @top-left { content: {{CssString(committee)}}; font-size: 8pt; color: #555; }
              @top-right { content: {{CssString(heading)}}; font-size: 8pt; color: #555; }
              @bottom-left { content: {{CssString(footer)}}; font-size: 7pt; color: #555; }
              @bottom-right { content: {{pageNumber}}; font-size: 8pt; }
            }
            """;
    }

    /// <summary>
    /// Text as a CSS string that reads the same whether the file is parsed as XHTML or as HTML: the quotes, the
    /// backslash and the markup characters become CSS escapes, control characters the replacement character.
    /// </summary>
    internal static string CssString(string text)
    {
        var result = new StringBuilder(text.Length + 2).Append('"');
        foreach (var rune in text.EnumerateRunes())
        {
            _ = rune.Value switch
            {
                '"' or '\\' or '&' or '<' or '>' or '\'' => result.Append(CultureInfo.InvariantCulture, $"\\{rune.Value:X} "),
                < 0x20 or 0x7F or 0xFFFE or 0xFFFF => result.Append("\\FFFD "),
                _ => result.Append(rune.ToString()),
            };
        }

        return result.Append('"').ToString();
    }

    /// <summary>The signature and seal area (签章栏) that closes a printed report: the issuing body's seal, two signatures and the date.</summary>
    private static void AppendSignatures(StringBuilder html, EvaluationReport report, DisplayLanguage language)
    {
        var issuer = report.Provenance is { } p ? ReportLabels.CommitteeText(p, language) : string.Empty;
        var blankDate = language == DisplayLanguage.English ? string.Empty : "　　　　年　　月　　日";
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"signatures\">\n<h2>{Escape(ReportLabels.Signatures.In(language))}</h2>\n")
            .Append(CultureInfo.InvariantCulture, $"<div class=\"seal\" data-key=\"issued-by\">{Escape(ReportLabels.Labelled(ReportLabels.IssuedBy.In(language), issuer, language))}</div>\n")
            .Append(CultureInfo.InvariantCulture, $"<div data-key=\"responsible-person\">{Escape(ReportLabels.Labelled(ReportLabels.ResponsiblePerson.In(language), string.Empty, language))}</div>\n")
            .Append(CultureInfo.InvariantCulture, $"<div data-key=\"compiled-by\">{Escape(ReportLabels.Labelled(ReportLabels.CompiledBy.In(language), string.Empty, language))}</div>\n")
            .Append(CultureInfo.InvariantCulture, $"<div data-key=\"issue-date\">{Escape(ReportLabels.Labelled(ReportLabels.IssueDate.In(language), blankDate, language))}</div>\n")
            .Append("</section>\n");
    }

    /// <summary>
    /// The stacked chart of the weighted contributions (score × weight) of each organization, in figures of
    /// <see cref="BreakdownRowsPerFigure"/> organizations so that a printed page holds a whole figure; every figure
    /// repeats the legend, which wraps onto further lines instead of running past the edge.
    /// </summary>
    private static void AppendBreakdown(StringBuilder html, EvaluationReport report, DisplayLanguage language)
    {
        const decimal labelWidth = 200m, barArea = 520m, valueWidth = 70m;
        var width = labelWidth + barArea + valueWidth;
        var max = report.Rows.Select(r => r.Contributions.Values.Where(v => v > 0).Sum()).DefaultIfEmpty(0m).Max();
        var scale = max == 0 ? 0m : barArea / max;
        var (legend, legendHeight) = Legend(report, language, width);
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"breakdown-caption\">{Escape(ReportLabels.BreakdownCaption.In(language))}</p>\n");
        foreach (var rows in report.Rows.Chunk(BreakdownRowsPerFigure))
        {
            AppendBreakdownFigure(html, report, language, rows, new BreakdownLayout(labelWidth, width, scale, legendHeight), legend);
        }
    }

    private static (string Svg, decimal Height) Legend(EvaluationReport report, DisplayLanguage language, decimal width)
    {
        const decimal lineHeight = 18m, swatch = 12m;
        var legend = new StringBuilder("<g class=\"legend\">\n");
        var (x, line) = (0m, 0);
        foreach (var (column, i) in report.Components.Select((c, i) => (c, i)))
        {
            var label = column.Label.In(language);
            var entryWidth = swatch + 12m + (7m * TableReportWriter.DisplayWidth(label));
            if (x > 0 && x + entryWidth > width)
            {
                (x, line) = (0m, line + 1);
            }

            var y = 6m + (line * lineHeight);
            legend.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Px(x)}\" y=\"{Px(y)}\" width=\"{Px(swatch)}\" height=\"{Px(swatch)}\" fill=\"{Palette[i % Palette.Length]}\" />")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(x + swatch + 4)}\" y=\"{Px(y + 10)}\">{Escape(label)}</text>\n");
            x += entryWidth;
        }

        return (legend.Append("</g>\n").ToString(), 10m + ((line + 1) * lineHeight));
    }

    private sealed record BreakdownLayout(decimal LabelWidth, decimal Width, decimal Scale, decimal LegendHeight);

    private static void AppendBreakdownFigure(
        StringBuilder html, EvaluationReport report, DisplayLanguage language, RankingRow[] rows, BreakdownLayout layout, string legend)
    {
        const decimal rowHeight = 22m;
        var height = layout.LegendHeight + (rows.Length * rowHeight) + 8m;
        var title = Escape(ReportLabels.Breakdown.In(language));
        html.Append("<figure class=\"breakdown\">\n")
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"{SvgNamespace}\" class=\"chart breakdown\" role=\"img\" aria-label=\"{title}\" width=\"{Px(layout.Width)}\" height=\"{Px(height)}\" viewBox=\"0 0 {Px(layout.Width)} {Px(height)}\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{title}</title>\n").Append(legend);
        foreach (var (row, r) in rows.Select((row, r) => (row, r)))
        {
            var y = layout.LegendHeight + (r * rowHeight);
            var name = $"{row.Rank}. {row.OrganizationName}";
            html.Append(CultureInfo.InvariantCulture, $"<g class=\"organization\" data-organization=\"{Escape(row.OrganizationId)}\">\n")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(layout.LabelWidth - 6)}\" y=\"{Px(y + 15)}\" text-anchor=\"end\"><title>{Escape(name)}</title>{Escape(Fit(name, (int)((layout.LabelWidth - 12) / 7)))}</text>\n");
            var x = layout.LabelWidth;
            foreach (var (column, i) in report.Components.Select((c, i) => (c, i)))
            {
                if (!row.Contributions.TryGetValue(column.Key, out var value))
                {
                    continue;
                }

                var w = Math.Max(0m, value) * layout.Scale;
                var label = Escape(column.Label.In(language));
                html.Append(CultureInfo.InvariantCulture, $"<rect class=\"segment\" data-component=\"{Escape(column.Key)}\" data-value=\"{ReportLabels.Number(value)}\" x=\"{Px(x)}\" y=\"{Px(y + 3)}\" width=\"{Px(w)}\" height=\"{Px(rowHeight - 6)}\" fill=\"{Palette[i % Palette.Length]}\"><title>{label}: {ReportLabels.Number(value)}</title></rect>\n");
                x += w;
            }

            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(x + 6)}\" y=\"{Px(y + 15)}\">{ReportLabels.Number(row.Total)}</text>\n</g>\n");
        }

        html.Append("</svg>\n</figure>\n");
    }

    /// <summary>The text cut to at most <paramref name="columns"/> display columns (a CJK character takes two), ending in an ellipsis when cut.</summary>
    private static string Fit(string text, int columns)
    {
        if (TableReportWriter.DisplayWidth(text) <= columns)
        {
            return text;
        }

        var (result, width) = (new StringBuilder(), 0);
        foreach (var rune in text.EnumerateRunes())
        {
            var shown = rune.ToString();
            width += TableReportWriter.DisplayWidth(shown);
            if (width > columns - 1)
            {
                break;
            }

            result.Append(shown);
        }

        return result.Append('…').ToString();
    }
}
