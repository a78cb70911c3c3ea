using System.Globalization;
using System.Text;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Sample.ReportingService;

/// <summary>
/// The ranking of an <see cref="EvaluationSummary"/> as CSV for a spreadsheet: a byte-order mark (Excel on a Chinese
/// Windows machine reads UTF-8 then), one row per organization with the published figures, the precedence marks and,
/// for an organization not ranked, why; headers and labels in one language.
/// </summary>
internal static class SummaryCsv
{
    /// <summary>Writes the CSV.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="language">The language of headers and labels.</param>
    /// <returns>The CSV text, starting with the byte-order mark.</returns>
    public static string Write(EvaluationSummary summary, DisplayLanguage language)
    {
        var zh = language == DisplayLanguage.ZhCn;
        var text = new StringBuilder("\uFEFF");
        Row(text, [
            zh ? "名次" : "Rank", zh ? "组织" : "Organization", zh ? "名称" : "Name", zh ? "责任区" : "District", zh ? "档次" : "Band", zh ? "总分" : "Total",
            .. summary.Components.Select(c => c.Label.In(language)),
            zh ? "加分" : "Bonus", zh ? "扣分" : "Deduction", zh ? "否决与降档" : "Vetoes and downgrades", zh ? "未排名原因" : "Why not ranked",
        ]);
        foreach (var o in summary.Organizations)
        {
            var contributions = o.Components.ToDictionary(c => c.Component, c => c.Contribution);
            Row(text, [
                Number(o.CommitteeRank), o.Organization.Value, o.Name ?? string.Empty, o.District?.Value ?? string.Empty,
                o.Band is { } band ? AssessmentLabels.GradeBands[band].In(language) : string.Empty,
                Figure(o.Total),
                .. summary.Components.Select(c => contributions.TryGetValue(c.Component, out var v) ? Figure(v) : string.Empty),
                Figure(o.Bonus), Figure(o.Deduction),
                string.Join(zh ? "；" : "; ", o.Precedence.Select(r => $"{(r.Label ?? LocalizedText.AsGiven(r.Rule.Value)).In(language)}: {r.Reason.In(language)}")),
                string.Join(zh ? "；" : "; ", o.NotRankedBecause.Select(m => m.Reason.In(language))),
            ]);
        }

        return text.ToString();
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Figure(Score? value) => value?.Value.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static void Row(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(',', fields.Select(Quote));
        text.Append("\r\n");
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
