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
/// <remarks>
/// Beyond the ranking, a report of an evaluation says who evaluated what and when (<see cref="Provenance"/>), which
/// organizations were not ranked and why (<see cref="NotRanked"/>), and what its marks mean (<see cref="Notes"/>):
/// nothing that decides a rank is left to a progress line on stderr.
/// </remarks>
internal sealed record EvaluationReport(
    LocalizedText Title,
    string? Period,
    ValueArray<ReportColumn> Components,
    ValueArray<RankingRow> Rows,
    ValueArray<Distribution> Distributions)
{
    /// <summary>Gets the committee, the evaluation date and the reproducibility receipt, or <see langword="null"/> for a report without them.</summary>
    public ReportProvenance? Provenance { get; init; }

    /// <summary>Gets the organizations left out of the ranking, one line per missing component, in organization order.</summary>
    public ValueArray<NotRankedRow> NotRanked { get; init; }

    /// <summary>Gets the notes (说明) that explain the marks and the ranking order in words, in display order.</summary>
    public ValueArray<LocalizedText> Notes { get; init; }

    /// <summary>Gets the organizational-life compliance per organization and branch, or <see langword="null"/> when the evaluation had no organizational-life records.</summary>
    public LifeCompliance? Life { get; init; }
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
/// <param name="Grade">The final grade or band (after any veto or downgrade), or <see langword="null"/>.</param>
/// <param name="Total">The published total.</param>
/// <param name="Components">The published component scores by column key; a missing key is shown empty.</param>
internal sealed record RankingRow(
    int Rank,
    string OrganizationId,
    string OrganizationName,
    string? District,
    LocalizedText? Grade,
    decimal Total,
    ValueDictionary<decimal> Components)
{
    /// <summary>Gets the band the total earns before any veto or downgrade, or <see langword="null"/> when the report has none.</summary>
    public LocalizedText? ScoreGrade { get; init; }

    /// <summary>Gets the vetoes and forced downgrades applied, in the order they applied; empty when none.</summary>
    public ValueArray<PrecedenceMark> Precedence { get; init; }

    /// <summary>
    /// Gets what each component adds to the regular score (its score × its weight, exact, by column key): the lengths the
    /// HTML report's stacked chart draws. Empty when the report has no weights; the chart then has no bar for the row.
    /// </summary>
    public ValueDictionary<decimal> Contributions { get; init; }
}

/// <summary>A distribution: how many organizations, branches or members fall in each category (band, tier, grade).</summary>
/// <param name="Title">The distribution's title.</param>
/// <param name="Bars">The categories in display order, each with its count.</param>
/// <param name="Key">A stable name of the distribution (<c>bands</c>, <c>districts</c>, <c>tiers</c>, <c>member-grades</c>), written into the HTML and JSON reports; empty when none.</param>
internal sealed record Distribution(LocalizedText Title, ValueArray<DistributionBar> Bars, string Key = "");

/// <summary>One category of a distribution.</summary>
/// <param name="Label">The category.</param>
/// <param name="Count">How many organizations, branches or members it holds.</param>
internal sealed record DistributionBar(LocalizedText Label, int Count);

/// <summary>A veto (否决) or forced downgrade (降档) applied to an organization's band.</summary>
/// <param name="Veto"><see langword="true"/> for a veto, <see langword="false"/> for a forced downgrade.</param>
/// <param name="RuleId">The rule's identifier in the scheme, e.g. <c>VETO-DISCIPLINE</c>.</param>
/// <param name="Label">The rule's label in the scheme.</param>
/// <param name="Before">The band before the rule.</param>
/// <param name="After">The band after the rule.</param>
/// <param name="Reason">The reasons raised, as the evaluation gave them.</param>
internal sealed record PrecedenceMark(bool Veto, string RuleId, LocalizedText Label, LocalizedText Before, LocalizedText After, LocalizedText Reason);

/// <summary>An organization left out of the ranking: the component it has no input for, and why.</summary>
/// <param name="OrganizationId">The organization's identifier.</param>
/// <param name="OrganizationName">The organization's name (its identifier when the registry has none).</param>
/// <param name="District">The responsibility district, or <see langword="null"/>.</param>
/// <param name="ComponentKey">The key of the missing component.</param>
/// <param name="Component">The missing component's label.</param>
/// <param name="Reason">Why the component has no input.</param>
internal sealed record NotRankedRow(string OrganizationId, string OrganizationName, string? District, string ComponentKey, LocalizedText Component, LocalizedText Reason);

/// <summary>Who evaluated, for which year, on which date, and the receipt that lets anyone re-run the evaluation.</summary>
/// <param name="CommitteeId">The working committee's identifier.</param>
/// <param name="CommitteeName">The committee's name in the organization registry, or <see langword="null"/> when the data gives none.</param>
/// <param name="Year">The assessment year, e.g. <c>2018</c>.</param>
/// <param name="EvaluationDate">The evaluation date as <c>yyyy-MM-dd</c>.</param>
/// <param name="ReceiptAlgorithm">What the receipt hashes, e.g. <c>SHA-256/canonical-json-v2</c>.</param>
/// <param name="ReceiptHash">The receipt's hash (64 hexadecimal digits).</param>
/// <param name="LibraryVersion">The version of the library that computed the result.</param>
internal sealed record ReportProvenance(
    string CommitteeId,
    string? CommitteeName,
    string Year,
    string EvaluationDate,
    string ReceiptAlgorithm,
    string ReceiptHash,
    string LibraryVersion);
