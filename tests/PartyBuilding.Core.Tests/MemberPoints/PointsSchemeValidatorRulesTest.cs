using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

/// <summary>
/// Pins every rule of <see cref="PointsSchemeValidator"/> and of the strategy registries (<see cref="GradingStrategies"/>,
/// <see cref="MassReviewStrategies"/>): path, code, message and attempted value in order, with the accepted boundaries beside
/// the failures (caps equal to the points, equal grade thresholds, parameters at both ends of their range).
/// </summary>
public sealed class PointsSchemeValidatorRulesTest
{
    private static (string Path, string Code, string Message, string? Value)[] Problems(PointsScheme scheme) => Rows(new PointsSchemeValidator().Check(scheme));

    private static PointsScheme SchemeBreakingEveryRule() =>
        new(
            null!,
            Year,
            [
                new PointsStandard(default, (StandardGroup)99, null!, null!, (PointsKind)99, Score.Zero, null!),
                Standard("C1", PointsKind.Bonus, 3m, monthlyCap: 2m, yearlyCap: 2m),
                Standard("C2", PointsKind.Bonus, 1m, monthlyCap: 4m, yearlyCap: 3m),
                Standard("C3", PointsKind.Bonus, 2m, monthlyCap: 2m, yearlyCap: 2m),
                Standard("C1", PointsKind.Bonus, 1m),
                Standard("D2", PointsKind.Deduction, 5m),
            ],
            null!,
            Choice(AbsoluteThresholdGradingStrategy.StrategyName, ("excellent", "10"), ("qualified", "20"), ("basicallyQualified", "30"), ("prorate", "maybe"), ("scale", "2")),
            Proportion.Of(0.5m),
            [new HardCondition(S("D2"), (MemberGrade)99), new HardCondition(S("C1"), MemberGrade.Qualified)],
            DeclarationDeadlineDay: 0,
            LatePolicy: (LateDeclarationPolicy)99,
            MinimumMonthsForGrading: 13);

    [Fact]
    public void Validate_SchemeBreakingEveryRule_ListsEveryProblemWithPathCodeMessageAndValue() =>
        Problems(SchemeBreakingEveryRule()).Should().Equal(
        [
            ("Name", "PTS.TEXT_MISSING", "'Name' must not be empty.", null),
            ("Standards[4]", "COMMON.ID_DUPLICATE", "'C1' appears more than once in 'Standards'.", "C1"),
            ("Standards[0].Id", "COMMON.ID_EMPTY", "'Id' must be a non-empty identifier.", ""),
            ("Standards[0].Group", "COMMON.ENUM", "'Group' is not a known value.", "99"),
            ("Standards[0].Kind", "COMMON.ENUM", "'Kind' is not a known value.", "99"),
            ("Standards[0].Dimension", "PTS.TEXT_MISSING", "'Dimension' must not be empty.", null),
            ("Standards[0].Text", "PTS.TEXT_MISSING", "'Text' must not be empty.", null),
            ("Standards[0].Evidence", "PTS.TEXT_MISSING", "A standard must say which evidence it needs.", null),
            ("Standards[0].Points", "PTS.POINTS_NOT_POSITIVE", "A standard's points must be positive.", "0"),
            ("Standards[1].MonthlyCap", "PTS.CAP_INVALID", "A monthly cap must be at least the standard's points.", "2"),
            ("Standards[1].YearlyCap", "PTS.CAP_INVALID", "A yearly cap must be at least the standard's points.", "2"),
            ("Standards[2].YearlyCap", "PTS.CAP_INVALID", "A yearly cap must be at least the monthly cap.", "3"),
            ("MassReview", "COMMON.REQUIRED", "'Mass Review' must not be empty.", null),
            ("Grading.Parameters.prorate", "PTS.STRATEGY_PARAMETER", "Parameter 'prorate' of 'absolute-thresholds' must be true or false.", "maybe"),
            ("Grading.Parameters.excellent", "PTS.STRATEGY_PARAMETER", "The excellent threshold must not be below the qualified threshold.", "10"),
            ("Grading.Parameters.qualified", "PTS.STRATEGY_PARAMETER", "The qualified threshold must not be below the basically-qualified threshold.", "20"),
            ("Grading.Parameters.scale", "PTS.STRATEGY_PARAMETER", "Strategy 'absolute-thresholds' has no parameter 'scale'.", "2"),
            ("DeclarationDeadlineDay", "PTS.SETTING_RANGE", "'Declaration Deadline Day' must be between 1 and 28. You entered 0.", "0"),
            ("MinimumMonthsForGrading", "PTS.SETTING_RANGE", "'Minimum Months For Grading' must be between 1 and 12. You entered 13.", "13"),
            ("LatePolicy", "COMMON.ENUM", "'Late Policy' is not a known value.", "99"),
            ("HardConditions[0].MaxGrade", "COMMON.ENUM", "'Max Grade' is not a known value.", "99"),
            ("HardConditions[1]", "PTS.HARD_CONDITION_STANDARD", "A hard condition must name a deduction standard of the scheme.", "HardCondition { StandardId = C1, MaxGrade = Qualified }"),
        ]);

    [Fact]
    public void Validate_MassReviewParametersWrongAndGradingMissing_ListsTheirProblemsUnderTheirPaths() =>
        Problems(Scheme() with
        {
            MassReview = Choice(RatingTableMassReviewStrategy.StrategyName, ("good", "-100"), ("fairlyGood", "abc"), ("poor", "100"), ("bonus", "1")),
            Grading = null!,
            DeclarationDeadlineDay = 29,
            MinimumMonthsForGrading = 0,
        }).Should().Equal(
        [
            ("MassReview.Parameters.fairlyGood", "PTS.STRATEGY_PARAMETER", "Parameter 'fairlyGood' of 'rating-table' must be a decimal number.", "abc"),
            ("MassReview.Parameters.average", "PTS.STRATEGY_PARAMETER", "Strategy 'rating-table' needs the parameter 'average'.", null),
            ("MassReview.Parameters.bonus", "PTS.STRATEGY_PARAMETER", "Strategy 'rating-table' has no parameter 'bonus'.", "1"),
            ("Grading", "COMMON.REQUIRED", "'Grading' must not be empty.", null),
            ("DeclarationDeadlineDay", "PTS.SETTING_RANGE", "'Declaration Deadline Day' must be between 1 and 28. You entered 29.", "29"),
            ("MinimumMonthsForGrading", "PTS.SETTING_RANGE", "'Minimum Months For Grading' must be between 1 and 12. You entered 0.", "0"),
        ]);

    [Fact]
    public void CheckGrading_BranchQuotaWithEqualThresholdsAndBadSettings_ListsTheSettings() =>
        Rows(GradingStrategies.Check(Choice(BranchQuotaGradingStrategy.StrategyName,
            ("excellent", "40"), ("qualified", "40"), ("basicallyQualified", "40"), ("excellentQuota", "1.5"), ("tieRule", "coin"), ("prorate", "yes")))).Should().Equal(
        [
            ("Grading.Parameters.prorate", "PTS.STRATEGY_PARAMETER", "Parameter 'prorate' of 'branch-quota' must be true or false.", "yes"),
            ("Grading.Parameters.excellentQuota", "PTS.STRATEGY_PARAMETER", "Parameter 'excellentQuota' of 'branch-quota' must be between 0 and 1.", "1.5"),
            ("Grading.Parameters.tieRule", "PTS.STRATEGY_PARAMETER", "Parameter 'tieRule' of 'branch-quota' must be one of: exclude-tied, include-tied.", "coin"),
        ]);

    [Fact]
    public void CheckGrading_ThresholdsJustOutsideTheirRange_AreRejectedAndTheMinimumIsAccepted() =>
        Rows(GradingStrategies.Check(Choice(BranchQuotaGradingStrategy.StrategyName,
            ("excellent", "-100000"), ("qualified", "-100000.01"), ("basicallyQualified", "100000.01"), ("excellentQuota", "-0.1")))).Should().Equal(
        [
            ("Grading.Parameters.qualified", "PTS.STRATEGY_PARAMETER", "Parameter 'qualified' of 'branch-quota' must be between -100000 and 100000.", "-100000.01"),
            ("Grading.Parameters.basicallyQualified", "PTS.STRATEGY_PARAMETER", "Parameter 'basicallyQualified' of 'branch-quota' must be between -100000 and 100000.", "100000.01"),
            ("Grading.Parameters.qualified", "PTS.STRATEGY_PARAMETER", "The qualified threshold must not be below the basically-qualified threshold.", "-100000.01"),
            ("Grading.Parameters.excellentQuota", "PTS.STRATEGY_PARAMETER", "Parameter 'excellentQuota' of 'branch-quota' must be between 0 and 1.", "-0.1"),
        ]);

    [Theory]
    [InlineData("0", "0", "0")]
    [InlineData("1", "100000", "-100000")]
    public void CheckGrading_ParametersAtBothEndsOfTheirRange_AreAccepted(string quota, string excellent, string basic) =>
        GradingStrategies.Check(Choice(BranchQuotaGradingStrategy.StrategyName,
            ("excellent", excellent), ("qualified", basic), ("basicallyQualified", basic), ("excellentQuota", quota), ("tieRule", BranchQuotaGradingStrategy.IncludeTied), ("prorate", "true"))).Should().BeEmpty();

    [Fact]
    public void CheckMassReview_ShareThresholdMalformed_ListsEveryParameter() =>
        Rows(MassReviewStrategies.Check(Choice(ShareThresholdMassReviewStrategy.StrategyName,
            ("goodShare", "1.01"), ("bonus", "-0.5"), ("poorShare", "x"), ("extra", "1")))).Should().Equal(
        [
            ("MassReview.Parameters.goodShare", "PTS.STRATEGY_PARAMETER", "Parameter 'goodShare' of 'share-threshold' must be between 0 and 1.", "1.01"),
            ("MassReview.Parameters.bonus", "PTS.STRATEGY_PARAMETER", "Parameter 'bonus' of 'share-threshold' must be between 0 and 100.", "-0.5"),
            ("MassReview.Parameters.poorShare", "PTS.STRATEGY_PARAMETER", "Parameter 'poorShare' of 'share-threshold' must be a decimal number.", "x"),
            ("MassReview.Parameters.deduction", "PTS.STRATEGY_PARAMETER", "Strategy 'share-threshold' needs the parameter 'deduction'.", null),
            ("MassReview.Parameters.extra", "PTS.STRATEGY_PARAMETER", "Strategy 'share-threshold' has no parameter 'extra'.", "1"),
        ]);

    [Fact]
    public void Check_UnknownStrategyNames_ListTheKnownOnesUnderTheGivenPath() =>
        Rows(MassReviewStrategies.Check(new PointsStrategyChoice("lottery"), "Review").Concat(GradingStrategies.Check(new PointsStrategyChoice("lottery"), "Grade"))).Should().Equal(
        [
            ("Review.Name", "PTS.STRATEGY_UNKNOWN", "Unknown mass-review strategy; known: rating-table, share-threshold.", "lottery"),
            ("Grade.Name", "PTS.STRATEGY_UNKNOWN", "Unknown grading strategy; known: absolute-thresholds, branch-quota.", "lottery"),
        ]);
}
