using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.DoubleReview;

/// <summary>Pins every rule of the data set check (<see cref="DoubleReviewEngine.Validate"/>): the full ordered problem list and both sides of each limit.</summary>
public sealed class DoubleReviewDataSetValidatorRulesTest
{
    private static DistrictId D1 => DistrictId.Parse("D1");
    private static DistrictId D2 => DistrictId.Parse("D2");
    private static DistrictId D9 => DistrictId.Parse("D9");
    private static OrganizationId A => OrganizationId.Parse("A01");
    private static OrganizationId B => OrganizationId.Parse("B01");
    private static OrganizationId Z => OrganizationId.Parse("Z99");
    private static MemberId A1 => MemberId.Parse("A01-M1");
    private static MemberId A2 => MemberId.Parse("A01-M2");
    private static MemberId B1 => MemberId.Parse("B01-M1");
    private static MemberId B2 => MemberId.Parse("B01-M2");
    private static MemberId B3 => MemberId.Parse("B01-M3");
    private static MemberId L1 => MemberId.Parse("WC-L1");
    private static MemberId C1 => MemberId.Parse("WC-C1");

    private static (string Path, string Code, string Message, string? Value)[] Problems(DoubleReviewScheme scheme, LocalDate asOf, DoubleReviewDataSet data) =>
        [.. HandExample.DataProblems(scheme, asOf, data).Problems.Select(p => (p.Path, p.ErrorCode, p.Message, p.AttemptedValue))];

    /// <summary>All four rater groups, listed out of enumeration order, peers within a district, and the inspection component.</summary>
    private static DoubleReviewScheme Scheme(ReviewCadence cadence = ReviewCadence.Annual) => new(
        "all-groups",
        new LocalDate(2017, 1, 1),
        cadence,
        [
            new RaterGroupRule(RaterGroup.CommitteeMembers, Proportion.Of(0.2m), RatingScale.Points(10, 90), Specs.WeightedMean),
            new RaterGroupRule(RaterGroup.PeerOrganizations, Proportion.Of(0.2m), RatingScale.Points(), Specs.WeightedMean),
            new RaterGroupRule(RaterGroup.CommitteeLeaders, Proportion.Of(0.1m), RatingScale.Points(), Specs.WeightedMean),
            new RaterGroupRule(RaterGroup.Members, Proportion.Of(0.4m), RatingScale.Grades(100, 85, 70, 50), Specs.WeightedMean),
        ],
        Specs.WeightedMean,
        HandExample.Bands(),
        Proportion.Of(0.2m),
        [new ComponentRule(AssessedComponent.Inspection, Proportion.Of(0.1m))],
        PeerScope.SameDistrict);

    private static Ballot Member(OrganizationId subject, MemberId rater, ReviewGrade? grade = ReviewGrade.Good, DistrictId? collectedBy = null, decimal? points = null) =>
        new(RaterGroup.Members, subject, rater, Grade: grade, Points: points is { } p ? Score.Of(p) : null, CollectedBy: collectedBy ?? D1);

    private static Ballot Peer(OrganizationId subject, OrganizationId rater, decimal points) =>
        new(RaterGroup.PeerOrganizations, subject, RaterOrganization: rater, Points: Score.Of(points));

    private static Ballot Leader(OrganizationId subject, MemberId rater, decimal points, string? comment = "好") =>
        new(RaterGroup.CommitteeLeaders, subject, rater, Points: Score.Of(points), Comment: comment);

    private static Ballot Committee(OrganizationId subject, MemberId rater, decimal points) =>
        new(RaterGroup.CommitteeMembers, subject, rater, Points: Score.Of(points));

    private static DoubleReviewDataSet DataBreakingEveryRule() => new(
        default,
        AssessmentYear.Create(2017),
        [
            new ReviewedOrganization(A, [A1, A2, A1, default], D1),
            new ReviewedOrganization(B, [B1, B2, B3], D1),
            new ReviewedOrganization(A, [B1], D1),
            new ReviewedOrganization(default, [], D9),
        ],
        [
            null!,
            Member(Z, A1),
            new Ballot((RaterGroup)9, A, A1, Grade: ReviewGrade.Good),
            Leader(A, L1, 80, comment: " "),
            new Ballot(RaterGroup.PeerOrganizations, A, B1, B, Points: Score.Of(80m)),
            new Ballot(RaterGroup.Members, A, A1, B, ReviewGrade.Good, CollectedBy: D1),
            Peer(A, A, 80),
            Member(A, B1),
            Leader(A, B1, 80),
            Committee(A, B1, 80),
            Peer(A, Z, 80),
            Member(A, A2),
            Member(A, A2),
            Member(A, A1, collectedBy: D2),
            Member(B, B1, grade: null, points: 80),
            Member(B, B2, grade: (ReviewGrade)9),
            new Ballot(RaterGroup.CommitteeMembers, A, C1, Grade: ReviewGrade.Good),
            Committee(B, C1, 90.01m),
            Peer(B, A, -0.01m),
            Peer(A, B, 0),
            Leader(B, L1, 100),
            Member(B, B3, points: 90),
        ],
        half: HalfYear.First,
        committeeLeaders: [L1, L1],
        committeeMembers: [C1, C1],
        componentScores:
        [
            null!,
            new ComponentScore(A, AssessedComponent.Visit, Score.Of(80m)),
            new ComponentScore(Z, AssessedComponent.Inspection, Score.Of(80m)),
            new ComponentScore(A, AssessedComponent.Inspection, Score.Of(100m)),
            new ComponentScore(A, AssessedComponent.Inspection, Score.Zero),
            new ComponentScore(B, AssessedComponent.Inspection, Score.Of(100.01m)),
        ]);

    /// <remarks>
    /// Ballots 11, 19 (peer points 0), 20 (leader points 100) are valid and give no problem; organization A01's
    /// inspection score of 100 is accepted and its second score (0) is a repeat. The as-of date is published as NodaTime's invariant long date.
    /// </remarks>
    [Fact]
    public void Validate_DataSetBreakingEveryRule_ListsEveryProblemWithPathCodeMessageAndValue() =>
        Problems(Scheme(), new LocalDate(2016, 12, 31), DataBreakingEveryRule()).Should().Equal(
        [
            ("Committee", CommonErrorCodes.IdentifierEmpty, "'Committee' must be a non-empty identifier.", ""),
            ("Organizations[2]", CommonErrorCodes.DuplicateIdentifier, "'A01' appears more than once in 'Organizations'.", "A01"),
            ("Organizations[0].Electorate[2]", CommonErrorCodes.DuplicateIdentifier, "'A01-M1' appears more than once in 'Organizations[0].Electorate'.", "A01-M1"),
            ("Organizations[0].Electorate[3]", CommonErrorCodes.IdentifierEmpty, "'Electorate' must be a non-empty identifier.", ""),
            ("Organizations[3].Id", CommonErrorCodes.IdentifierEmpty, "'Id' must be a non-empty identifier.", ""),
            ("CommitteeLeaders[1]", CommonErrorCodes.DuplicateIdentifier, "'WC-L1' appears more than once in 'CommitteeLeaders'.", "WC-L1"),
            ("CommitteeMembers[1]", CommonErrorCodes.DuplicateIdentifier, "'WC-C1' appears more than once in 'CommitteeMembers'.", "WC-C1"),
            ("", DoubleReviewErrorCodes.SchemeNotInForce, "The scheme 'all-groups' applies from 2017-01-01, after the as-of date 2016-12-31.", "Saturday, 31 December 2016"),
            ("Half", DoubleReviewErrorCodes.PeriodMismatch, "An annual scheme reviews a whole year: give no 'half'.", "First"),
            ("", DoubleReviewErrorCodes.AsOfBeforePeriod, "The review of 2017-01-01..2017-06-30 cannot be evaluated as of 2016-12-31, before it starts.", "Saturday, 31 December 2016"),
            ("Organizations[3].Electorate", DoubleReviewErrorCodes.ElectorateEmpty, " has no members to report to and be rated by.", ""),
            ("Organizations[3]", DoubleReviewErrorCodes.NoEligibleRaters, "Nobody may rate  in the group PeerOrganizations.", "PeerOrganizations"),
            ("Ballots[0]", CommonErrorCodes.Required, "A ballot is missing.", null),
            ("Ballots[1].Subject", DoubleReviewErrorCodes.SubjectUnknown, "Z99 is not under review.", "Z99"),
            ("Ballots[2].Group", DoubleReviewErrorCodes.GroupNotInScheme, "The scheme has no rater group 9.", "9"),
            ("Ballots[3].Comment", DoubleReviewErrorCodes.CommentRequired, "A committee leader comments on each report (逐一点评).", null),
            ("Ballots[4].RaterOrganization", DoubleReviewErrorCodes.RaterKind, "A peer rating names the rating organization in 'raterOrganization' only.", "B01-M1"),
            ("Ballots[5].Rater", DoubleReviewErrorCodes.RaterKind, "This group's raters are people: name the rater in 'rater' only.", "A01-M1"),
            ("Ballots[6].RaterOrganization", DoubleReviewErrorCodes.SelfRating, "A01 may not rate itself.", "A01"),
            ("Ballots[7].Rater", DoubleReviewErrorCodes.RaterNotEligible, "B01-M1 is not a member of A01.", "B01-M1"),
            ("Ballots[8].Rater", DoubleReviewErrorCodes.RaterNotEligible, "B01-M1 is not a leader of the committee.", "B01-M1"),
            ("Ballots[9].Rater", DoubleReviewErrorCodes.RaterNotEligible, "B01-M1 is not a member of the committee.", "B01-M1"),
            ("Ballots[10].RaterOrganization", DoubleReviewErrorCodes.RaterNotEligible, "Z99 is not an organization under review that may rate A01.", "Z99"),
            ("Ballots[12].Rater", DoubleReviewErrorCodes.DuplicateBallot, "A01-M2 already cast a ballot for A01 in the group Members.", "A01-M2"),
            ("Ballots[13].CollectedBy", DoubleReviewErrorCodes.SupervisionGroupMismatch, "Round-one ballots for A01 are collected by the supervision group of district D1.", "D2"),
            ("Ballots[14].Grade", DoubleReviewErrorCodes.RatingKind, "This group rates by grade: give 'grade' (Good, FairlyGood, Average, Poor) and no 'points'.", null),
            ("Ballots[15].Grade", DoubleReviewErrorCodes.RatingKind, "This group rates by grade: give 'grade' (Good, FairlyGood, Average, Poor) and no 'points'.", "9"),
            ("Ballots[16].Points", DoubleReviewErrorCodes.RatingKind, "This group rates by points: give 'points' and no 'grade'.", null),
            ("Ballots[17].Points", DoubleReviewErrorCodes.PointsOutOfRange, "Points lie within 10–90.", "90.01"),
            ("Ballots[18].Points", DoubleReviewErrorCodes.PointsOutOfRange, "Points lie within 0–100.", "-0.01"),
            ("Ballots[21].Grade", DoubleReviewErrorCodes.RatingKind, "This group rates by grade: give 'grade' (Good, FairlyGood, Average, Poor) and no 'points'.", "Good"),
            ("ComponentScores[0]", CommonErrorCodes.Required, "A component score is missing.", null),
            ("ComponentScores[1]", DoubleReviewErrorCodes.ComponentUnexpected, "The scheme does not score Visit of A01.", "Visit"),
            ("ComponentScores[2]", DoubleReviewErrorCodes.ComponentUnexpected, "The scheme does not score Inspection of Z99.", "Inspection"),
            ("ComponentScores[4]", DoubleReviewErrorCodes.ComponentMissing, "A01 has more than one Inspection score.", "A01"),
            ("ComponentScores[5].Score", DoubleReviewErrorCodes.ComponentOutOfRange, "A component score lies within 0–100.", "100.01"),
            ("Organizations[3]", DoubleReviewErrorCodes.ComponentMissing, " has no Inspection score.", "Inspection"),
        ]);

    [Fact]
    public void Validate_AsOfTheSchemesFirstDay_IsAccepted() =>
        Problems(Scheme(), new LocalDate(2017, 1, 1), ValidData(half: null)).Should().BeEmpty();

    [Fact]
    public void Validate_HalfYearlySchemeWithoutHalf_AsksForTheHalf() =>
        Problems(Scheme(ReviewCadence.HalfYearly), new LocalDate(2017, 12, 31), ValidData(half: null)).Should().Equal(
        [
            ("Half", DoubleReviewErrorCodes.PeriodMismatch, "A half-yearly scheme reviews one half of a year: give 'half'.", null),
        ]);

    [Fact]
    public void Validate_HalfYearlySchemeWithUnknownHalf_AsksForTheHalf() =>
        Problems(Scheme(ReviewCadence.HalfYearly), new LocalDate(2017, 12, 31), ValidData(half: (HalfYear)9)).Should().Equal(
        [
            ("Half", DoubleReviewErrorCodes.PeriodMismatch, "A half-yearly scheme reviews one half of a year: give 'half'.", "9"),
        ]);

    [Fact]
    public void Validate_HalfYearlySchemeWithSecondHalfAsOfItsFirstDay_IsAccepted() =>
        Problems(Scheme(ReviewCadence.HalfYearly), new LocalDate(2017, 7, 1), ValidData(half: HalfYear.Second)).Should().BeEmpty();

    [Fact]
    public void Validate_SecondHalfAsOfTheDayBefore_IsBeforeThePeriod() =>
        Problems(Scheme(ReviewCadence.HalfYearly), new LocalDate(2017, 6, 30), ValidData(half: HalfYear.Second)).Should().Equal(
        [
            (string.Empty, DoubleReviewErrorCodes.AsOfBeforePeriod, "The review of 2017-07-01..2017-12-31 cannot be evaluated as of 2017-06-30, before it starts.", "Friday, 30 June 2017"),
        ]);

    [Theory]
    [InlineData("10", null)]
    [InlineData("90", null)]
    [InlineData("9.99", "9.99")]
    [InlineData("90.01", "90.01")]
    public void Validate_PointsOnTheScalesLimits_AreAcceptedAndJustOutsideRejected(string points, string? rejectedValue)
    {
        var data = ValidData(half: null);
        var problems = Problems(Scheme(), new LocalDate(2017, 12, 31), data.WithBallots([.. data.Ballots, Committee(B, C1, decimal.Parse(points, CultureInfo.InvariantCulture))]));

        problems.Should().Equal(
            rejectedValue is null
                ? []
                : [("Ballots[5].Points", DoubleReviewErrorCodes.PointsOutOfRange, "Points lie within 10–90.", rejectedValue)]);
    }

    [Theory]
    [InlineData("0", null)]
    [InlineData("100", null)]
    [InlineData("-0.01", "-0.01")]
    [InlineData("100.01", "100.01")]
    public void Validate_ComponentScoresOnTheLimits_AreAcceptedAndJustOutsideRejected(string score, string? rejectedValue)
    {
        var data = ValidData(half: null, inspectionOfB: decimal.Parse(score, CultureInfo.InvariantCulture));

        Problems(Scheme(), new LocalDate(2017, 12, 31), data).Should().Equal(
            rejectedValue is null
                ? []
                : [("ComponentScores[1].Score", DoubleReviewErrorCodes.ComponentOutOfRange, "A component score lies within 0–100.", rejectedValue)]);
    }

    private static DoubleReviewDataSet ValidData(HalfYear? half, decimal inspectionOfB = 80m) => new(
        OrganizationId.Parse("WC"),
        AssessmentYear.Create(2017),
        [new ReviewedOrganization(A, [A1], D1), new ReviewedOrganization(B, [B1], D1)],
        [Member(A, A1), Peer(A, B, 80), Leader(A, L1, 80), Committee(A, C1, 80), Member(B, B1)],
        half,
        committeeLeaders: [L1],
        committeeMembers: [C1],
        componentScores: [new ComponentScore(A, AssessedComponent.Inspection, Score.Of(80m)), new ComponentScore(B, AssessedComponent.Inspection, Score.Of(inspectionOfB))]);
}
