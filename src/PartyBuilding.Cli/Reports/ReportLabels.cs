using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Reports;

/// <summary>The fixed labels of the reports, in Chinese and English.</summary>
internal static class ReportLabels
{
    public static LocalizedText Rank { get; } = new("排名", "Rank");

    public static LocalizedText OrganizationId { get; } = new("组织编号", "Organization ID");

    public static LocalizedText OrganizationName { get; } = new("组织名称", "Organization");

    public static LocalizedText District { get; } = new("责任区", "District");

    public static LocalizedText Grade { get; } = new("等次", "Grade");

    public static LocalizedText Total { get; } = new("总分", "Total");

    public static LocalizedText Period { get; } = new("考评年度", "Period");

    public static LocalizedText Ranking { get; } = new("排名表", "Ranking");

    public static LocalizedText Distributions { get; } = new("分布", "Distributions");

    public static LocalizedText Breakdown { get; } = new("得分构成", "Component breakdown");

    public static LocalizedText Count { get; } = new("数量", "Count");

    /// <summary>The HTML <c>lang</c> of a display language.</summary>
    public static string HtmlLanguage(DisplayLanguage language) => language == DisplayLanguage.English ? "en" : "zh-CN";

    /// <summary>The fixed headers of the ranking, then the component headers.</summary>
    public static ImmutableArray<string> Headers(EvaluationReport report, DisplayLanguage language) =>
    [
        Rank.In(language), OrganizationId.In(language), OrganizationName.In(language), District.In(language), Grade.In(language), Total.In(language),
        .. report.Components.Select(c => c.Label.In(language)),
    ];

    /// <summary>The cells of a row, in the order of <see cref="Headers"/>.</summary>
    public static ImmutableArray<string> Cells(EvaluationReport report, RankingRow row, DisplayLanguage language) =>
    [
        row.Rank.ToString(CultureInfo.InvariantCulture), row.OrganizationId, row.OrganizationName, row.District ?? string.Empty,
        row.Grade?.In(language) ?? string.Empty, Number(row.Total),
        .. report.Components.Select(c => row.Components.TryGetValue(c.Key, out var value) ? Number(value) : string.Empty),
    ];

    /// <summary>Formats a published figure as it is (invariant, its own scale).</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The title with the period.</summary>
    public static string Heading(EvaluationReport report, DisplayLanguage language) =>
        report.Period is null ? report.Title.In(language) : $"{report.Title.In(language)} ({report.Period})";
}
