using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Reports;

/// <summary>
/// The report model of the tool: generic and independent of the areas. The Assessment area's result is mapped onto
/// it (a ranking table with named component columns, and distributions as label → count), and the writers render it.
/// </summary>
/// <param name="Title">The report title.</param>
/// <param name="Period">The period, e.g. <c>2024</c>, or <see langword="null"/>.</param>
/// <param name="Components">The component columns, in display order (their keys index <see cref="RankingRow.Components"/>).</param>
/// <param name="Rows">The ranking, in display order.</param>
/// <param name="Distributions">The distributions (e.g. by grade, by tier), in display order.</param>
internal sealed record EvaluationReport(
    LocalizedText Title,
    string? Period,
    ImmutableArray<ReportColumn> Components,
    ImmutableArray<RankingRow> Rows,
    ImmutableArray<Distribution> Distributions)
{
    public ImmutableArray<ReportColumn> Components { get; init => field = value.IsDefault ? [] : value; } = Components.IsDefault ? [] : Components;

    public ImmutableArray<RankingRow> Rows { get; init => field = value.IsDefault ? [] : value; } = Rows.IsDefault ? [] : Rows;

    public ImmutableArray<Distribution> Distributions { get; init => field = value.IsDefault ? [] : value; } = Distributions.IsDefault ? [] : Distributions;

    public bool Equals(EvaluationReport? other) =>
        other is not null && Title == other.Title && Period == other.Period
        && Components.SequenceEqual(other.Components) && Rows.SequenceEqual(other.Rows) && Distributions.SequenceEqual(other.Distributions);

    public override int GetHashCode() => HashCode.Combine(Title, Period, Rows.Length);
}

/// <summary>A component column of the ranking (e.g. 标准化建设, 双述双评).</summary>
/// <param name="Key">The key of the component in each row.</param>
/// <param name="Label">The column header.</param>
internal sealed record ReportColumn(string Key, LocalizedText Label);

/// <summary>One organization's line of the ranking.</summary>
/// <param name="Rank">The rank (equal totals may share one).</param>
/// <param name="OrganizationId">The organization's identifier.</param>
/// <param name="OrganizationName">The organization's name.</param>
/// <param name="District">The responsibility district, or <see langword="null"/>.</param>
/// <param name="Grade">The grade or band, or <see langword="null"/>.</param>
/// <param name="Total">The published total.</param>
/// <param name="Components">The published component scores by column key; a missing key is shown empty.</param>
internal sealed record RankingRow(
    int Rank,
    string OrganizationId,
    string OrganizationName,
    string? District,
    LocalizedText? Grade,
    decimal Total,
    ImmutableSortedDictionary<string, decimal> Components)
{
    public bool Equals(RankingRow? other) =>
        other is not null && Rank == other.Rank && OrganizationId == other.OrganizationId && OrganizationName == other.OrganizationName
        && District == other.District && Grade == other.Grade && Total == other.Total && Components.SequenceEqual(other.Components);

    public override int GetHashCode() => HashCode.Combine(Rank, OrganizationId, Total);
}

/// <summary>A distribution: how many organizations, branches or members fall in each category (band, tier, grade).</summary>
/// <param name="Title">The distribution's title.</param>
/// <param name="Bars">The categories in display order, each with its count.</param>
/// <param name="Key">A stable name of the distribution (<c>bands</c>, <c>districts</c>, <c>tiers</c>, <c>member-grades</c>), written into the HTML and JSON reports; empty when none.</param>
internal sealed record Distribution(LocalizedText Title, ImmutableArray<DistributionBar> Bars, string Key = "")
{
    public ImmutableArray<DistributionBar> Bars { get; init => field = value.IsDefault ? [] : value; } = Bars.IsDefault ? [] : Bars;

    public bool Equals(Distribution? other) => other is not null && Title == other.Title && Key == other.Key && Bars.SequenceEqual(other.Bars);

    public override int GetHashCode() => HashCode.Combine(Title, Bars.Length);
}

/// <summary>One category of a distribution.</summary>
/// <param name="Label">The category.</param>
/// <param name="Count">How many organizations, branches or members it holds.</param>
internal sealed record DistributionBar(LocalizedText Label, int Count);
