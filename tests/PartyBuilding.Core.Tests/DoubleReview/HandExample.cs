using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.DoubleReview;

/// <summary>
/// The hand-computed two-round example of the tests and of docs/double-review.md: four organizations of district D1,
/// three rater groups (members 50%, peers 20%, committee members 30%).
/// </summary>
/// <remarks>
/// Round one, members, grades 好 100 / 较好 85 / 一般 70 / 差 50, trimmed mean dropping 1 at each end, quorum 75%:
///   BZ-001: 100, 100, 85, 70, 50 → drop 50 and one 100 → (70 + 85 + 100) / 3 = 85
///   BZ-002: 100, 100, 85, 85 → drop 85 and 100 → (85 + 100) / 2 = 92.5
///   BZ-003: 100, 100, 100, 85 → drop 85 and 100 → 100
///   BZ-004: 2 of 4 members → 2 &lt; 0.75 × 4 = 3 → round one invalid, no result.
/// Round two, peers (points, mean; oneself excluded):
///   BZ-001: 90 (BZ-002), 80 (BZ-003) → 85;  BZ-002: 95, 85 → 90;  BZ-003: 80, 80 → 80.
/// Round two, committee members (points, median):
///   BZ-001: 80, 95, 88 → 88;  BZ-002: 90, 92, 94 → 92;  BZ-003: 70, 80, 90 → 80.
/// Combined: BZ-001 = 0.5·85 + 0.2·85 + 0.3·88 = 85.90 (较好); BZ-002 = 46.25 + 18 + 27.6 = 91.85 (好);
/// BZ-003 = 50 + 16 + 24 = 90.00, exactly on the 好 boundary of 90 → 好.
/// </remarks>
internal static class HandExample
{
    public static readonly OrganizationId A = OrganizationId.Parse("BZ-001");
    public static readonly OrganizationId B = OrganizationId.Parse("BZ-002");
    public static readonly OrganizationId C = OrganizationId.Parse("BZ-003");
    public static readonly OrganizationId D = OrganizationId.Parse("BZ-004");
    public static readonly DistrictId D1 = DistrictId.Parse("D1");
    public static readonly LocalDate AsOf = new(2017, 12, 28);

    public static DoubleReviewScheme Scheme(Share? quorum = null) => new(
        "hand-example",
        new LocalDate(2017, 1, 1),
        ReviewCadence.Annual,
        [
            new RaterGroupRule(RaterGroup.Members, Proportion.Of(0.5m), RatingScale.Grades(100, 85, 70, 50), Specs.TrimmedByCount(1), quorum ?? Share.FromDecimal(0.75m)),
            new RaterGroupRule(RaterGroup.PeerOrganizations, Proportion.Of(0.2m), RatingScale.Points(), Specs.WeightedMean),
            new RaterGroupRule(RaterGroup.CommitteeMembers, Proportion.Of(0.3m), RatingScale.Points(), Specs.Median),
        ],
        Specs.WeightedMean,
        Bands(),
        Proportion.Of(0.2m));

    /// <summary>The problems of a data set under a valid scheme, with paths relative to the data set (<c>Data.</c> taken off).</summary>
    public static ValidationReport DataProblems(DoubleReviewScheme scheme, LocalDate asOf, DoubleReviewDataSet data) =>
        new([.. DoubleReviewEngine.Validate(data, scheme, asOf).Problems.Select(p => p with { Path = p.Path == "Data" ? string.Empty : p.Path.StartsWith("Data.", StringComparison.Ordinal) ? p.Path[5..] : p.Path })]);

    public static ImmutableArray<ReviewGradeBand> Bands() =>
    [
        new ReviewGradeBand(ReviewGrade.Good, Score.Of(90m)),
        new ReviewGradeBand(ReviewGrade.FairlyGood, Score.Of(80m)),
        new ReviewGradeBand(ReviewGrade.Average, Score.Of(60m)),
        new ReviewGradeBand(ReviewGrade.Poor, Score.Zero),
    ];

    public static MemberId Member(OrganizationId organization, int number) => MemberId.Parse($"{organization}-B01-M{number:000}");

    public static MemberId CommitteeMember(int number) => MemberId.Parse($"BZ-WC-M{number:00}");

    public static DoubleReviewDataSet Data() => new(
        OrganizationId.Parse("BZ-WC"),
        AssessmentYear.Create(2017),
        [Organization(A, 5), Organization(B, 4), Organization(C, 4), Organization(D, 4)],
        Ballots(),
        committeeMembers: [CommitteeMember(1), CommitteeMember(2), CommitteeMember(3)]);

    public static ImmutableArray<Ballot> Ballots() =>
    [
        .. Grades(A, ReviewGrade.Good, ReviewGrade.Good, ReviewGrade.FairlyGood, ReviewGrade.Average, ReviewGrade.Poor),
        .. Grades(B, ReviewGrade.Good, ReviewGrade.Good, ReviewGrade.FairlyGood, ReviewGrade.FairlyGood),
        .. Grades(C, ReviewGrade.Good, ReviewGrade.Good, ReviewGrade.Good, ReviewGrade.FairlyGood),
        .. Grades(D, ReviewGrade.Good, ReviewGrade.Good),
        Peer(A, B, 90), Peer(A, C, 80), Peer(B, A, 95), Peer(B, C, 85), Peer(C, A, 80), Peer(C, B, 80), Peer(D, A, 70),
        .. Committee(A, 80, 95, 88),
        .. Committee(B, 90, 92, 94),
        .. Committee(C, 70, 80, 90),
        .. Committee(D, 70, 70, 70),
    ];

    public static Ballot Peer(OrganizationId subject, OrganizationId rater, decimal points) =>
        new(RaterGroup.PeerOrganizations, subject, RaterOrganization: rater, Points: Score.Of(points));

    public static IEnumerable<Ballot> Grades(OrganizationId subject, params ReviewGrade[] grades) =>
        grades.Select((g, i) => new Ballot(RaterGroup.Members, subject, Member(subject, i + 1), Grade: g, CollectedBy: D1));

    public static IEnumerable<Ballot> Committee(OrganizationId subject, params decimal[] points) =>
        points.Select((p, i) => new Ballot(RaterGroup.CommitteeMembers, subject, CommitteeMember(i + 1), Points: Score.Of(p)));

    private static ReviewedOrganization Organization(OrganizationId id, int members) =>
        new(id, [.. Enumerable.Range(1, members).Select(n => Member(id, n))], D1);
}
