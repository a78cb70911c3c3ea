using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

public sealed class MassReviewTest
{
    private static IMassReviewStrategy Share() => CreateMassReview(Choice(
        MemberPointsStrategies.ShareThreshold, ("good-share", "0.8"), ("bonus", "2"), ("poor-share", "0.2"), ("deduction", "3")));

    [Fact]
    public void Article002_QuarterlyMassReview_RatingTable_FoldsTheMeanIntoPoints()
    {
        var strategy = CreateMassReview(RatingTable);

        var (points, explanation) = strategy.Fold(new MassReview(M(1), 2, 5, 3, 1, 1));

        // (5 × 1 + 3 × 0.5 + 0 − 1) ÷ 10 = 0.55
        points.Should().Be(Score.Of(0.55m));
        explanation.Value.Should().Be(0.55m);
        explanation.Citation.Should().Be(MemberPointsCitations.QuarterlyMassReview);
        explanation.Strategy.Should().Be(MemberPointsStrategies.RatingTable);
    }

    [Fact]
    public void RatingTable_NonTerminatingMean_IsRoundedHalfAwayFromZeroAtTwoPlaces()
    {
        var strategy = CreateMassReview(RatingTable);

        // (2 × 1 + 1 × 0.5) ÷ 3 = 0.8333… → 0.83; −1 ÷ 3 → −0.33; (1 − 0.5 ... ) checks the sign.
        strategy.Fold(new MassReview(M(1), 1, 2, 1, 0, 0)).Points.Should().Be(Score.Of(0.83m));
        strategy.Fold(new MassReview(M(1), 1, 0, 0, 2, 1)).Points.Should().Be(Score.Of(-0.33m));
        strategy.Fold(new MassReview(M(1), 1, 0, 1, 0, 0)).Points.Should().Be(Score.Of(0.5m));
    }

    [Theory]
    [InlineData(8, 2, 0, 2)]
    [InlineData(7, 3, 0, 0)]
    [InlineData(5, 3, 2, -3)]
    [InlineData(5, 4, 1, 0)]
    [InlineData(8, 0, 2, -1)]
    public void ShareThreshold_BothSidesOfBothThresholds(int good, int fairly, int poor, decimal expected)
    {
        var (points, explanation) = Share().Fold(new MassReview(M(1), 3, good, fairly, 0, poor));

        points.Should().Be(Score.Of(expected));
        explanation.Verify().Should().BeEmpty();
        explanation.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData(3, 9, 2)]
    [InlineData(2, 9, 0)]
    [InlineData(4, 12, 2)]
    [InlineData(3, 10, 0)]
    public void ShareThreshold_AFractionADecimalCannotHold_IsComparedExactly_OnBothSides(int good, int raters, decimal expected)
    {
        // 1/3 as a decimal is 0.3333…: 3 of 9 would fall short of it by a rounding error. As a share it is reached exactly.
        var strategy = CreateMassReview(Choice(
            MemberPointsStrategies.ShareThreshold, ("good-share", "1/3"), ("bonus", "2"), ("poor-share", "1/3"), ("deduction", "3")));

        var (points, explanation) = strategy.Fold(new MassReview(M(1), 1, good, raters - good, 0, 0));

        points.Should().Be(Score.Of(expected));
        explanation.Children[0].Parameters.Should().Contain("good-share", "1/3");
    }

    [Theory]
    [InlineData(3, -3)]
    [InlineData(2, 0)]
    public void ShareThreshold_PoorShareAsAFraction_DeductsFromExactlyThatShare(int poor, decimal expected)
    {
        // 9 raters: 3 poor reach 1/3 and cost the deduction, 2 poor do not.
        var strategy = CreateMassReview(Choice(
            MemberPointsStrategies.ShareThreshold, ("good-share", "1"), ("bonus", "2"), ("poor-share", "1/3"), ("deduction", "3")));

        strategy.Fold(new MassReview(M(1), 1, 4, 5 - poor, 0, poor)).Points.Should().Be(Score.Of(expected));
    }

    [Fact]
    public void MassReview_InEngine_AddsToAnnualPoints_ByQuarter()
    {
        var m = M(1);

        var result = Evaluate(Data([Member(m)], reviews: [new MassReview(m, 4, 1, 0, 0, 1), new MassReview(m, 1, 4, 0, 0, 0)]));

        result.Member(m)!.Reviews.Should().Equal(new QuarterReviewPoints(1, Score.Of(1m)), new QuarterReviewPoints(4, Score.Zero));
        result.Member(m)!.Points.Should().Be(Score.Of(1m));
        result.Member(m)!.PointsExplanation.Find(m.Value + "/Q1").Should().NotBeNull();
    }

    [Fact]
    public void MassReviewStrategies_BadParameters_AreListed()
    {
        var problems = CheckMassReview(Choice(MemberPointsStrategies.ShareThreshold, ("good-share", "1.2"), ("bonus", "2")));

        problems.Select(p => p.Path).Should().BeEquivalentTo("MassReview.Parameters.good-share", "MassReview.Parameters.poor-share", "MassReview.Parameters.deduction");
        CheckMassReview(new StrategySpec("median")).Single().ErrorCode.Should().Be(CommonErrorCodes.StrategyUnknown);
        var act = () => CreateMassReview(new StrategySpec("median"));
        act.Should().Throw<PartyBuildingValidationException>();
    }
}
