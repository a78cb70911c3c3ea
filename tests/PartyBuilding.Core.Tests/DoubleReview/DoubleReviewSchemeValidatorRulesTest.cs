using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.DoubleReview;

/// <summary>Pins every rule of the scheme check (<see cref="DoubleReviewEngine.ValidateScheme"/>): the full ordered problem list and both sides of each limit.</summary>
public sealed class DoubleReviewSchemeValidatorRulesTest
{
    private static (string Path, string Code, string Message, string? Value)[] Problems(DoubleReviewScheme scheme) =>
        [.. DoubleReviewEngine.ValidateScheme(scheme).Problems.Select(p => (p.Path, p.ErrorCode, p.Message, p.AttemptedValue))];

    private static DoubleReviewScheme With(
        ImmutableArray<RaterGroupRule>? groups = null,
        ImmutableArray<ReviewGradeBand>? bands = null,
        ImmutableArray<ComponentRule> components = default) =>
        new(
            "rules",
            new LocalDate(2017, 1, 1),
            ReviewCadence.Annual,
            groups ?? HandExample.Scheme().Groups,
            Specs.WeightedMean,
            bands ?? HandExample.Bands(),
            Proportion.Of(0.2m),
            components);

    private static RaterGroupRule Members(RatingScale? scale, decimal weight = 1m) =>
        new(RaterGroup.Members, Proportion.Of(weight), scale!, Specs.WeightedMean);

    private static RatingScale GradeScale(params ReviewGradeScore?[] scores) => new(RatingScaleKind.Grades, [.. scores.Select(s => s!)]);

    private static ReviewGradeScore G(ReviewGrade grade, decimal score) => new(grade, Score.Of(score));

    private static ReviewGradeBand Band(ReviewGrade grade, decimal minimum) => new(grade, Score.Of(minimum));

    private static DoubleReviewScheme SchemeBreakingEveryRule() => new(
        "broken",
        new LocalDate(2017, 1, 1),
        (ReviewCadence)99,
        [
            null!,
            new RaterGroupRule((RaterGroup)99, Proportion.Zero, null!, null!),
            new RaterGroupRule(RaterGroup.Members, Proportion.Of(0.25m), GradeScale(G(ReviewGrade.Good, 100), G(ReviewGrade.Good, 90), G(ReviewGrade.Average, 70)), Specs.WeightedMean),
            new RaterGroupRule(RaterGroup.Members, Proportion.Of(0.25m), new RatingScale(RatingScaleKind.Grades, [G(ReviewGrade.Good, 101), G(ReviewGrade.FairlyGood, 85), G(ReviewGrade.Average, 85), G(ReviewGrade.Poor, -1)], Score.Zero, null), Specs.WeightedMean),
            new RaterGroupRule(RaterGroup.PeerOrganizations, Proportion.Of(0.25m), new RatingScale(RatingScaleKind.Points, [G(ReviewGrade.Good, 100)], null, Score.Of(100m)), StrategySpec.Of("no-such-strategy")),
            new RaterGroupRule(RaterGroup.CommitteeMembers, Proportion.Of(0.125m), new RatingScale((RatingScaleKind)9), Specs.TrimmedByCount(-1)),
        ],
        StrategySpec.Of("weighted-mean", ("x", "1")),
        [Band(ReviewGrade.Good, 90), Band(ReviewGrade.Good, 80), Band(ReviewGrade.Average, 60)],
        Proportion.Of(0.2m),
        [null!, new ComponentRule((AssessedComponent)99, Proportion.Zero), new ComponentRule(AssessedComponent.Inspection, Proportion.Of(0.25m)), new ComponentRule(AssessedComponent.Inspection, Proportion.Of(0.25m))],
        (PeerScope)99,
        9);

    [Fact]
    public void Validate_SchemeBreakingEveryRule_ListsEveryProblemWithPathCodeMessageAndValue() =>
        Problems(SchemeBreakingEveryRule()).Should().Equal(
        [
            ("Cadence", CommonErrorCodes.UndefinedEnumValue, "'Cadence' is not a known value.", "99"),
            ("PeerScope", CommonErrorCodes.UndefinedEnumValue, "'PeerScope' is not a known value.", "99"),
            ("RoundingScale", CommonErrorCodes.OutOfRange, "The rounding scale must be between 0 and 8.", "9"),
            ("Groups[0]", CommonErrorCodes.Required, "A rater group rule is missing.", null),
            ("Groups[1].Group", CommonErrorCodes.UndefinedEnumValue, "Unknown rater group.", "99"),
            ("Groups[1].Weight", DoubleReviewErrorCodes.WeightZero, "A weight must be above zero; leave out a part that does not count.", "0"),
            ("Groups[1].Scale", CommonErrorCodes.Required, "A rating scale is required.", null),
            ("Groups[1].Aggregation", CommonErrorCodes.Required, "An aggregation strategy is required.", null),
            ("Groups[2].Scale.GradeScores", DoubleReviewErrorCodes.RatingScaleInvalid, "A grade scale gives each of the four grades (好/较好/一般/差) exactly one score.", "Good,FairlyGood,Poor"),
            ("Groups[3].Group", DoubleReviewErrorCodes.DuplicatePart, "The rater group Members appears more than once.", "Members"),
            ("Groups[3].Scale.GradeScores", DoubleReviewErrorCodes.RatingScaleInvalid, "Grade scores lie within 0–100 and fall strictly from 好 to 差.", "101,85,85,-1"),
            ("Groups[3].Scale", DoubleReviewErrorCodes.RatingScaleInvalid, "A grade scale has no points range.", null),
            ("Groups[4].Scale", DoubleReviewErrorCodes.RatingScaleInvalid, "A points scale needs a range 0 ≤ minimum < maximum ≤ 100.", "..100"),
            ("Groups[4].Scale.GradeScores", DoubleReviewErrorCodes.RatingScaleInvalid, "A points scale has no grade scores.", null),
            ("Groups[4].Aggregation.Name", CommonErrorCodes.StrategyUnknown, "No strategy is named 'no-such-strategy'; known: median, trimmed-mean, weighted-mean.", "no-such-strategy"),
            ("Groups[5].Scale.Kind", CommonErrorCodes.UndefinedEnumValue, "Unknown scale kind.", "9"),
            ("Groups[5].Aggregation.Parameters.count", CommonErrorCodes.StrategyParameterInvalid, "Parameter 'count' of strategy 'trimmed-mean' must be between 0 and 2147483647.", "-1"),
            ("Components[0]", CommonErrorCodes.Required, "A component rule is missing.", null),
            ("Components[1].Component", CommonErrorCodes.UndefinedEnumValue, "Unknown component.", "99"),
            ("Components[1].Weight", DoubleReviewErrorCodes.WeightZero, "A weight must be above zero; leave out a part that does not count.", "0"),
            ("Components[3].Component", DoubleReviewErrorCodes.DuplicatePart, "The component Inspection appears more than once.", "Inspection"),
            ("Groups", DoubleReviewErrorCodes.WeightsDoNotSumToOne, "The weights of the rater groups and components must add up to exactly 1.", "1.375"),
            ("Combination.Parameters.x", CommonErrorCodes.StrategyParameterUnknown, "Strategy 'weighted-mean' has no parameter 'x'; it takes no parameters.", "1"),
            ("GradeBands", DoubleReviewErrorCodes.GradeBandsInvalid, "Grade bands give each of the four grades exactly one minimum score.", "Good,FairlyGood,Poor"),
        ]);

    [Fact]
    public void Validate_NoRaterGroups_IsTheOnlyProblemAndNoWeightSumIsClaimed() =>
        Problems(With([])).Should().Equal(
        [
            ("Groups", DoubleReviewErrorCodes.NoRaterGroups, "A scheme needs at least one rater group.", null),
        ]);

    [Fact]
    public void Validate_RoundingScaleAtZeroAndEight_IsAccepted()
    {
        var scheme = With();

        Problems(new DoubleReviewScheme(scheme.Name, scheme.EffectiveFrom, scheme.Cadence, scheme.Groups, scheme.Combination, scheme.GradeBands, scheme.AnnualProportion, roundingScale: 0)).Should().BeEmpty();
        Problems(new DoubleReviewScheme(scheme.Name, scheme.EffectiveFrom, scheme.Cadence, scheme.Groups, scheme.Combination, scheme.GradeBands, scheme.AnnualProportion, roundingScale: 8)).Should().BeEmpty();
        Problems(new DoubleReviewScheme(scheme.Name, scheme.EffectiveFrom, scheme.Cadence, scheme.Groups, scheme.Combination, scheme.GradeBands, scheme.AnnualProportion, roundingScale: -1))
            .Should().Equal([("RoundingScale", CommonErrorCodes.OutOfRange, "The rounding scale must be between 0 and 8.", "-1")]);
    }

    [Fact]
    public void GradeScale_FourGradesBesideAMissingEntry_IsRejectedWithNoGradeNamed() =>
        Problems(With([Members(GradeScale(G(ReviewGrade.Good, 100), G(ReviewGrade.FairlyGood, 85), G(ReviewGrade.Average, 70), G(ReviewGrade.Poor, 50), null))])).Should().Equal(
        [
            ("Groups[0].Scale.GradeScores", DoubleReviewErrorCodes.RatingScaleInvalid, "A grade scale gives each of the four grades (好/较好/一般/差) exactly one score.", ""),
        ]);

    [Fact]
    public void GradeScale_FourEntriesWithAGradeTwice_NamesTheRepeatedAndTheMissingGrade() =>
        Problems(With([Members(GradeScale(G(ReviewGrade.Good, 100), G(ReviewGrade.Good, 85), G(ReviewGrade.Average, 70), G(ReviewGrade.Poor, 50)))])).Should().Equal(
        [
            ("Groups[0].Scale.GradeScores", DoubleReviewErrorCodes.RatingScaleInvalid, "A grade scale gives each of the four grades (好/较好/一般/差) exactly one score.", "Good,FairlyGood"),
        ]);

    [Theory]
    [InlineData(100, 85, 70, 0, null)]
    [InlineData(100, 99.99, 0.01, 0, null)]
    [InlineData(100.01, 85, 70, 0, "100.01,85,70,0")]
    [InlineData(100, 85, 70, -0.01, "100,85,70,-0.01")]
    [InlineData(100, 85, 85, 50, "100,85,85,50")]
    [InlineData(100, 85, 70, 70, "100,85,70,70")]
    [InlineData(90, 95, 70, 50, "90,95,70,50")]
    public void GradeScale_Scores_MustLieWithinZeroToHundredAndFallStrictly(double good, double fairlyGood, double average, double poor, string? rejectedValue)
    {
        var problems = Problems(With([Members(RatingScale.Grades((decimal)good, (decimal)fairlyGood, (decimal)average, (decimal)poor))]));

        problems.Should().Equal(
            rejectedValue is null
                ? []
                : [("Groups[0].Scale.GradeScores", DoubleReviewErrorCodes.RatingScaleInvalid, "Grade scores lie within 0–100 and fall strictly from 好 to 差.", rejectedValue)]);
    }

    [Fact]
    public void GradeScale_WithOnlyAMaximumPoints_HasNoPointsRange() =>
        Problems(With([Members(new RatingScale(RatingScaleKind.Grades, RatingScale.Grades(100, 85, 70, 50).GradeScores, null, Score.Of(100m)))])).Should().Equal(
        [
            ("Groups[0].Scale", DoubleReviewErrorCodes.RatingScaleInvalid, "A grade scale has no points range.", null),
        ]);

    [Theory]
    [InlineData(0, 100, null)]
    [InlineData(1, 99, null)]
    [InlineData(49.99, 50, null)]
    [InlineData(-0.01, 100, "-0.01..100")]
    [InlineData(0, 100.01, "0..100.01")]
    [InlineData(50, 50, "50..50")]
    [InlineData(60, 50, "60..50")]
    public void PointsScale_Range_MustBeZeroToHundredWithMinimumBelowMaximum(double minimum, double maximum, string? rejectedValue)
    {
        var problems = Problems(With([Members(RatingScale.Points((decimal)minimum, (decimal)maximum))]));

        problems.Should().Equal(
            rejectedValue is null
                ? []
                : [("Groups[0].Scale", DoubleReviewErrorCodes.RatingScaleInvalid, "A points scale needs a range 0 ≤ minimum < maximum ≤ 100.", rejectedValue)]);
    }

    [Fact]
    public void PointsScale_WithOnlyAMinimum_NeedsARange() =>
        Problems(With([Members(new RatingScale(RatingScaleKind.Points, [], Score.Zero, null))])).Should().Equal(
        [
            ("Groups[0].Scale", DoubleReviewErrorCodes.RatingScaleInvalid, "A points scale needs a range 0 ≤ minimum < maximum ≤ 100.", "0.."),
        ]);

    [Fact]
    public void GradeBands_FourBandsBesideAMissingEntry_AreRejectedWithNoGradeNamed() =>
        Problems(With(bands: [.. HandExample.Bands(), null!])).Should().Equal(
        [
            ("GradeBands", DoubleReviewErrorCodes.GradeBandsInvalid, "Grade bands give each of the four grades exactly one minimum score.", ""),
        ]);

    [Fact]
    public void GradeBands_FourBandsWithAGradeTwice_NameTheRepeatedAndTheMissingGrade() =>
        Problems(With(bands: [Band(ReviewGrade.Good, 90), Band(ReviewGrade.Good, 80), Band(ReviewGrade.Average, 60), Band(ReviewGrade.Poor, 0)])).Should().Equal(
        [
            ("GradeBands", DoubleReviewErrorCodes.GradeBandsInvalid, "Grade bands give each of the four grades exactly one minimum score.", "Good,FairlyGood"),
        ]);

    [Theory]
    [InlineData(100, 80, 60, 0, null)]
    [InlineData(90, 89.99, 0.01, 0, null)]
    [InlineData(100.01, 80, 60, 0, "100.01,80,60,0")]
    [InlineData(80, 80, 60, 0, "80,80,60,0")]
    [InlineData(90, 95, 60, 0, "90,95,60,0")]
    [InlineData(90, 80, 60, 0.01, "90,80,60,0.01")]
    public void GradeBands_Minima_MustLieWithinZeroToHundredAndFallStrictlyToZero(double good, double fairlyGood, double average, double poor, string? rejectedValue)
    {
        var problems = Problems(With(bands: [Band(ReviewGrade.Good, (decimal)good), Band(ReviewGrade.FairlyGood, (decimal)fairlyGood), Band(ReviewGrade.Average, (decimal)average), Band(ReviewGrade.Poor, (decimal)poor)]));

        problems.Should().Equal(
            rejectedValue is null
                ? []
                : [("GradeBands", DoubleReviewErrorCodes.GradeBandsInvalid, "Minimum scores lie within 0–100, fall strictly from 好 to 差, and 差 starts at 0 so every score has a grade.", rejectedValue)]);
    }
}
