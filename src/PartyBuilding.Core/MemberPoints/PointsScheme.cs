using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>
/// A working committee's member-points scheme for one year (党员积分制管理方案): the catalogue of standards, the rules of the
/// monthly cycle, the mass-review and grading strategies, and the hard conditions of grading.
/// </summary>
/// <param name="Name">The scheme's name.</param>
/// <param name="Year">The assessment year the scheme applies to.</param>
/// <param name="Standards">The standards (article 002 has 50).</param>
/// <param name="MassReview">The strategy folding quarterly mass-review ratings into points, by name and kebab-case parameters (see <see cref="MemberPointsStrategies"/>).</param>
/// <param name="Grading">The annual grading strategy, by name and kebab-case parameters (see <see cref="MemberPointsStrategies"/>).</param>
/// <param name="ParticipationWeight">The weight of participation in the statistics score (the rest goes to the share graded qualified or better).</param>
/// <param name="HardConditions">Conditions that cap a member's grade.</param>
/// <param name="DeclarationDeadlineDay">The day of the following month (1..28) by which a month's items are declared on time.</param>
/// <param name="LatePolicy">How items declared after the deadline are treated.</param>
/// <param name="GradeProbationaryMembers">Whether members still probationary at year end are graded; when not, they receive points but no grade.</param>
/// <param name="MinimumMonthsForGrading">The fewest months (1..12) of party membership in the year for a member to be graded.</param>
/// <param name="FromRecords">The standards counted from the records of organizational life instead of declared, at most one rule per standard; none by default.</param>
/// <remarks>
/// The cycle follows <see cref="MemberPointsCitations.MonthlyDeclaration"/>, <see cref="MemberPointsCitations.MonthlyAudit"/>,
/// <see cref="MemberPointsCitations.QuarterlyMassReview"/> and <see cref="MemberPointsCitations.AnnualGrading"/>; the
/// deadline, late policy and probationary rule are the scheme's own choices. Article 002 gives the cycle and the count of
/// standards but no points, thresholds or ratings: a scheme whose figures are a sample sets <see cref="IsIllustrative"/>, and
/// a standard whose text and points no source gives sets <see cref="PointsStandard.Illustrative"/>; every explanation node
/// that uses such a figure carries the mark (示例 / illustrative) on its citation. Immutable and thread-safe; value-equal.
/// </remarks>
public sealed record PointsScheme(
    LocalizedText Name,
    AssessmentYear Year,
    ValueArray<PointsStandard> Standards,
    StrategySpec MassReview,
    StrategySpec Grading,
    Proportion ParticipationWeight,
    ValueArray<HardCondition> HardConditions = default,
    int DeclarationDeadlineDay = 5,
    LateDeclarationPolicy LatePolicy = LateDeclarationPolicy.Refuse,
    bool GradeProbationaryMembers = false,
    int MinimumMonthsForGrading = 3,
    ValueArray<RecordPointsRule> FromRecords = default) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "member-points-scheme";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => MemberPointsJson.Metadata;

    /// <summary>
    /// Gets a value indicating whether the scheme's figures (points, caps, mass-review ratings, grade thresholds and quota,
    /// participation weight) are illustrative (示例): a sample of the library or a seed, not a committee's adopted rules.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsIllustrative { get; init; }

    /// <summary>Gets the last day on which an item of <paramref name="month"/> is declared on time.</summary>
    /// <param name="month">The declared month.</param>
    /// <returns>Day <see cref="DeclarationDeadlineDay"/> of the following month.</returns>
    public LocalDate DeadlineFor(YearMonth month) => month.PlusMonths(1).OnDayOfMonth(Math.Clamp(DeclarationDeadlineDay, 1, 28));

    /// <summary>Gives the citation of a node that uses the scheme's figures: marked illustrative when the scheme is.</summary>
    /// <param name="citation">The rule's citation.</param>
    /// <returns>The citation, marked when <see cref="IsIllustrative"/>.</returns>
    internal Citation Cite(Citation citation) => IsIllustrative ? citation.AsIllustrative() : citation;

    /// <summary>Gives the citation of a node that uses a standard's points: marked illustrative when the scheme or the standard is.</summary>
    /// <param name="citation">The rule's citation.</param>
    /// <param name="standard">The standard whose points the node uses.</param>
    /// <returns>The citation, marked when <see cref="IsIllustrative"/> or <see cref="PointsStandard.Illustrative"/>.</returns>
    internal Citation Cite(Citation citation, PointsStandard standard) => IsIllustrative || standard.Illustrative ? citation.AsIllustrative() : citation;

    /// <summary>Marks the citation of a node a strategy made under the scheme's figures, when the scheme is illustrative.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The node, its citation marked when <see cref="IsIllustrative"/>.</returns>
    internal Explanation Mark(Explanation node) =>
        IsIllustrative && node.Citation is { IsIllustrative: false } citation ? node with { Citation = citation.AsIllustrative() } : node;
}
