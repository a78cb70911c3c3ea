using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// The inputs of one double review: the organizations under review with their electorates and districts, the committee's
/// leaders and members, every ballot of both rounds and, for the branch variant, the given component scores.
/// </summary>
/// <remarks>
/// Order does not matter anywhere: the engine's results are the same whatever the order of organizations or ballots.
/// Check a data set with <see cref="DoubleReviewEngine.Validate"/>. Immutable and thread-safe; value-equal (the
/// collections by content and order).
/// </remarks>
public sealed record DoubleReviewDataSet : IDocumentContent
{
    /// <summary>Initializes a data set.</summary>
    /// <param name="committee">The committee that runs the review: the working committee, or an organ committee in the branch variant.</param>
    /// <param name="year">The assessment year.</param>
    /// <param name="organizations">The organizations under review.</param>
    /// <param name="ballots">The ballots of both rounds.</param>
    /// <param name="half">The half of the year, for half-yearly schemes; <see langword="null"/> for annual ones.</param>
    /// <param name="committeeLeaders">The committee's leaders, who comment and rate in round two.</param>
    /// <param name="committeeMembers">The committee's members, who rate in round two.</param>
    /// <param name="componentScores">The given component scores of the branch variant.</param>
    public DoubleReviewDataSet(
        OrganizationId committee,
        AssessmentYear year,
        ValueArray<ReviewedOrganization> organizations,
        ValueArray<Ballot> ballots,
        HalfYear? half = null,
        ValueArray<MemberId> committeeLeaders = default,
        ValueArray<MemberId> committeeMembers = default,
        ValueArray<ComponentScore> componentScores = default)
    {
        Committee = committee;
        Year = year;
        Organizations = organizations;
        Ballots = ballots;
        Half = half;
        CommitteeLeaders = committeeLeaders;
        CommitteeMembers = committeeMembers;
        ComponentScores = componentScores;
    }

    /// <inheritdoc />
    public static string DocumentKind => "double-review-data-set";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => DoubleReviewJson.Metadata;

    /// <summary>Gets the committee that runs the review.</summary>
    public OrganizationId Committee { get; }

    /// <summary>Gets the assessment year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the organizations under review.</summary>
    public ValueArray<ReviewedOrganization> Organizations { get; }

    /// <summary>Gets the ballots of both rounds.</summary>
    public ValueArray<Ballot> Ballots { get; }

    /// <summary>Gets the half of the year, or <see langword="null"/> for an annual review.</summary>
    public HalfYear? Half { get; }

    /// <summary>Gets the committee's leaders.</summary>
    public ValueArray<MemberId> CommitteeLeaders { get; }

    /// <summary>Gets the committee's members.</summary>
    public ValueArray<MemberId> CommitteeMembers { get; }

    /// <summary>Gets the given component scores.</summary>
    public ValueArray<ComponentScore> ComponentScores { get; }

    /// <summary>Gets the period the review covers: the year, or its half.</summary>
    public DateRange Period => Half switch
    {
        HalfYear.First => DateRange.Create(Year.FirstDay, new LocalDate(Year.Value, 6, 30)),
        HalfYear.Second => DateRange.Create(new LocalDate(Year.Value, 7, 1), Year.LastDay),
        _ => Year.Range,
    };

    /// <summary>Returns a copy with other ballots.</summary>
    /// <param name="ballots">The ballots.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ballots"/> is <see langword="null"/>.</exception>
    public DoubleReviewDataSet WithBallots(IEnumerable<Ballot> ballots) =>
        new(Committee, Year, Organizations, Guard.NotNull(ballots).ToValueArray(), Half, CommitteeLeaders, CommitteeMembers, ComponentScores);

}
