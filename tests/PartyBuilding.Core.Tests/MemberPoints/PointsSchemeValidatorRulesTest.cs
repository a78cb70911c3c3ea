using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

/// <summary>
/// Pins every rule of <see cref="PointsSchemeValidator"/> and of the built-in strategies of <see cref="MemberPointsStrategies"/>
/// by path, code and attempted value in order (not by wording), with the accepted boundaries beside the failures (caps equal to
/// the points, equal grade thresholds, parameters at both ends of their range).
/// </summary>
public sealed class PointsSchemeValidatorRulesTest
{
    private static (string Path, string Code, string? Value)[] Problems(PointsScheme scheme) => Coded(new PointsSchemeValidator().Check(scheme).Problems);

    private static (string Path, string Code, string? Value)[] Coded(IEnumerable<ValidationProblem> problems) =>
        [.. problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue))];

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
            Choice(MemberPointsStrategies.AbsoluteThresholds, ("excellent", "10"), ("qualified", "20"), ("basically-qualified", "30"), ("prorate", "maybe"), ("scale", "2")),
            Proportion.Of(0.5m),
            [new HardCondition(S("D2"), (MemberGrade)99), new HardCondition(S("C1"), MemberGrade.Qualified)],
            DeclarationDeadlineDay: 0,
            LatePolicy: (LateDeclarationPolicy)99,
            MinimumMonthsForGrading: 13);

    [Fact]
    public void Validate_SchemeBreakingEveryRule_ListsEveryProblemWithPathCodeAndValue() =>
        Problems(SchemeBreakingEveryRule()).Should().Equal(
        [
            ("Name", "PTS.TEXT_MISSING", null),
            ("Standards[4]", "COMMON.ID_DUPLICATE", "C1"),
            ("Standards[0].Id", "COMMON.ID_EMPTY", ""),
            ("Standards[0].Group", "COMMON.ENUM", "99"),
            ("Standards[0].Kind", "COMMON.ENUM", "99"),
            ("Standards[0].Dimension", "PTS.TEXT_MISSING", null),
            ("Standards[0].Text", "PTS.TEXT_MISSING", null),
            ("Standards[0].Evidence", "PTS.TEXT_MISSING", null),
            ("Standards[0].Points", "PTS.POINTS_NOT_POSITIVE", "0"),
            ("Standards[1].MonthlyCap", "PTS.CAP_INVALID", "2"),
            ("Standards[1].YearlyCap", "PTS.CAP_INVALID", "2"),
            ("Standards[2].YearlyCap", "PTS.CAP_INVALID", "3"),
            ("MassReview", "COMMON.REQUIRED", null),
            ("Grading.Parameters.prorate", "COMMON.STRATEGY_PARAMETER_INVALID", "maybe"),
            ("Grading.Parameters.excellent", "COMMON.STRATEGY_PARAMETER_INVALID", "10"),
            ("Grading.Parameters.qualified", "COMMON.STRATEGY_PARAMETER_INVALID", "20"),
            ("Grading.Parameters.scale", "COMMON.STRATEGY_PARAMETER_UNKNOWN", "2"),
            ("DeclarationDeadlineDay", "PTS.SETTING_RANGE", "0"),
            ("MinimumMonthsForGrading", "PTS.SETTING_RANGE", "13"),
            ("LatePolicy", "COMMON.ENUM", "99"),
            ("HardConditions[0].MaxGrade", "COMMON.ENUM", "99"),
            ("HardConditions[1]", "PTS.HARD_CONDITION_STANDARD", "C1"),
        ]);

    [Fact]
    public void Validate_MassReviewParametersWrongAndGradingMissing_ListsTheirProblemsUnderTheirPaths() =>
        Problems(Scheme() with
        {
            MassReview = Choice(MemberPointsStrategies.RatingTable, ("good", "-100"), ("fairly-good", "abc"), ("poor", "100"), ("bonus", "1")),
            Grading = null!,
            DeclarationDeadlineDay = 29,
            MinimumMonthsForGrading = 0,
        }).Should().Equal(
        [
            ("MassReview.Parameters.fairly-good", "COMMON.STRATEGY_PARAMETER_INVALID", "abc"),
            ("MassReview.Parameters.average", "COMMON.STRATEGY_PARAMETER_MISSING", null),
            ("MassReview.Parameters.bonus", "COMMON.STRATEGY_PARAMETER_UNKNOWN", "1"),
            ("Grading", "COMMON.REQUIRED", null),
            ("DeclarationDeadlineDay", "PTS.SETTING_RANGE", "29"),
            ("MinimumMonthsForGrading", "PTS.SETTING_RANGE", "0"),
        ]);

    [Fact]
    public void CheckGrading_BranchQuotaWithEqualThresholdsAndBadSettings_ListsTheSettings() =>
        Coded(CheckGrading(Choice(MemberPointsStrategies.BranchQuota,
            ("excellent", "40"), ("qualified", "40"), ("basically-qualified", "40"), ("excellent-quota", "1.5"), ("tie-rule", "coin"), ("prorate", "yes")))).Should().Equal(
        [
            ("Grading.Parameters.prorate", "COMMON.STRATEGY_PARAMETER_INVALID", "yes"),
            ("Grading.Parameters.excellent-quota", "COMMON.STRATEGY_PARAMETER_INVALID", "1.5"),
            ("Grading.Parameters.tie-rule", "COMMON.STRATEGY_PARAMETER_INVALID", "coin"),
        ]);

    [Fact]
    public void CheckGrading_ThresholdsJustOutsideTheirRange_AreRejectedAndTheMinimumIsAccepted() =>
        Coded(CheckGrading(Choice(MemberPointsStrategies.BranchQuota,
            ("excellent", "-100000"), ("qualified", "-100000.01"), ("basically-qualified", "100000.01"), ("excellent-quota", "-0.1")))).Should().Equal(
        [
            ("Grading.Parameters.qualified", "COMMON.STRATEGY_PARAMETER_INVALID", "-100000.01"),
            ("Grading.Parameters.basically-qualified", "COMMON.STRATEGY_PARAMETER_INVALID", "100000.01"),
            ("Grading.Parameters.excellent-quota", "COMMON.STRATEGY_PARAMETER_INVALID", "-0.1"),
        ]);

    [Theory]
    [InlineData("0", "0", "0")]
    [InlineData("1", "100000", "-100000")]
    [InlineData("1/3", "100000", "-100000")]
    public void CheckGrading_ParametersAtBothEndsOfTheirRange_AreAccepted(string quota, string excellent, string basic) =>
        CheckGrading(Choice(MemberPointsStrategies.BranchQuota,
            ("excellent", excellent), ("qualified", basic), ("basically-qualified", basic), ("excellent-quota", quota), ("tie-rule", BranchQuotaGradingStrategy.IncludeTied), ("prorate", "true"))).Should().BeEmpty();

    [Fact]
    public void CheckMassReview_ShareThresholdMalformed_ListsEveryParameter() =>
        Coded(CheckMassReview(Choice(MemberPointsStrategies.ShareThreshold,
            ("good-share", "1.01"), ("bonus", "-0.5"), ("poor-share", "x"), ("extra", "1")))).Should().Equal(
        [
            ("MassReview.Parameters.good-share", "COMMON.STRATEGY_PARAMETER_INVALID", "1.01"),
            ("MassReview.Parameters.bonus", "COMMON.STRATEGY_PARAMETER_INVALID", "-0.5"),
            ("MassReview.Parameters.poor-share", "COMMON.STRATEGY_PARAMETER_INVALID", "x"),
            ("MassReview.Parameters.deduction", "COMMON.STRATEGY_PARAMETER_MISSING", null),
            ("MassReview.Parameters.extra", "COMMON.STRATEGY_PARAMETER_UNKNOWN", "1"),
        ]);

    [Fact]
    public void Check_UnknownStrategyNames_ListTheKnownOnesUnderTheGivenPath()
    {
        var problems = CheckMassReview(new StrategySpec("lottery"), "Review").Concat(CheckGrading(new StrategySpec("lottery"), "Grade")).ToArray();

        Coded(problems).Should().Equal(
        [
            ("Review.Name", "COMMON.STRATEGY_UNKNOWN", "lottery"),
            ("Grade.Name", "COMMON.STRATEGY_UNKNOWN", "lottery"),
        ]);
        problems[0].Message.Should().Contain("rating-table, share-threshold");
        problems[1].Message.Should().Contain("absolute-thresholds, branch-quota");
    }
}
