using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Standardization.StandardizationStrategies;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

public sealed class ScoringMethodsTest
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(0, 0)]
    public void Checklist_MetOrNot_FullOrNothing(decimal observed, decimal expected) =>
        Method(Checklist).Score(Score.Of(30m), observed).Points.Should().Be(Score.Of(expected));

    [Theory]
    [InlineData(0.5)]
    [InlineData(2)]
    [InlineData(-1)]
    public void Checklist_ObservationNotAFlag_IsRejected(decimal observed)
    {
        var method = Method(Checklist);
        method.CheckObservation(observed).Should().NotBeNull();
        var act = () => method.Score(Score.Of(30m), observed);
        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(0.5, 0)] // at the zero rate
    [InlineData(0.4, 0)] // below it
    [InlineData(0.51, 0.4)] // just above it: 20 × 0.01 ÷ 0.5
    [InlineData(0.75, 10)]
    [InlineData(0.99, 19.6)]
    [InlineData(1, 20)] // at the full rate
    public void Proportional_Rate_ScalesBetweenZeroAndFullRate(decimal rate, decimal expected) =>
        Method(Proportional, ("zero-rate", 0.5m)).Score(Score.Of(20m), rate).Points.Should().Be(Score.Of(expected));

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.95)]
    public void Proportional_AtOrAboveFullRateBelowOne_EarnsMaximum(decimal rate) =>
        Method(Proportional, ("full-rate", 0.9m)).Score(Score.Of(10m), rate).Points.Should().Be(Score.Of(10m));

    [Fact]
    public void Proportional_JustBelowFullRate_IsExactFraction() =>
        Method(Proportional, ("full-rate", 0.9m)).Score(Score.Of(10m), 0.89m).Points.Should().Be(Score.Of(10m * 0.89m / 0.9m));

    [Theory]
    [InlineData(-0.01, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(1.01, false)]
    public void Proportional_RateOutsideZeroToOne_IsRejected_AndTheBoundsAccepted(decimal rate, bool accepted) =>
        (Method(Proportional).CheckObservation(rate) is null).Should().Be(accepted);

    [Fact]
    public void Proportional_ZeroRateJustBelowTheFullRate_IsAccepted() =>
        ScoringProblems(Proportional, ("zero-rate", 0.59m), ("full-rate", 0.6m)).Should().BeEmpty();

    [Theory]
    [InlineData(0, 50)]
    [InlineData(1, 40)]
    [InlineData(4, 10)]
    [InlineData(5, 5)] // 50 − 50 = 0, raised to the floor
    [InlineData(9, 5)]
    public void Deduction_Occurrences_DeductDownToFloor(decimal occurrences, decimal expected) =>
        Method(Deduction, ("per-occurrence", 10m), ("floor", 5m)).Score(Score.Of(50m), occurrences).Points.Should().Be(Score.Of(expected));

    [Fact]
    public void Deduction_AtTheFloorExactly_IsNotRaised()
    {
        var outcome = Method(Deduction, ("per-occurrence", 2.5m), ("floor", 5m)).Score(Score.Of(10m), 2m);

        outcome.Points.Should().Be(Score.Of(5m));
        outcome.Reason.Should().NotContain("floor");
    }

    [Theory]
    [InlineData(1.5, false)]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(2, true)]
    public void Deduction_CountNotAWholeNumber_IsRejected_AndWholeCountsAccepted(decimal occurrences, bool accepted) =>
        (Method(Deduction, ("per-occurrence", 1m)).CheckObservation(occurrences) is null).Should().Be(accepted);

    [Fact]
    public void Deduction_FloorJustBelowTheMaximum_IsAccepted() =>
        Method(Deduction, ("per-occurrence", 1m), ("floor", 9.99m)).CheckMaxPoints(Score.Of(10m)).Should().BeNull();

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 4)]
    [InlineData(3, 5)] // 6 capped at 5
    public void Bonus_Occurrences_AddUpToCap(decimal occurrences, decimal expected) =>
        Method(Bonus, ("per-occurrence", 2m)).Score(Score.Of(5m), occurrences).Points.Should().Be(Score.Of(expected));

    [Fact]
    public void Bonus_ExactlyAtCap_IsNotReportedAsCapped()
    {
        var outcome = Method(Bonus, ("per-occurrence", 2m)).Score(Score.Of(4m), 2m);

        outcome.Points.Should().Be(Score.Of(4m));
        outcome.Reason.Should().NotContain("capped");
    }

    [Fact]
    public void Bonus_IsOutsideTheTotalAndOptional()
    {
        var method = Method(Bonus, ("per-occurrence", 1m));
        method.CountsTowardsTotal.Should().BeFalse();
        method.DefaultObservation.Should().Be(0m);
    }

    [Fact]
    public void Veto_Triggered_VetoesWithNoPoints()
    {
        var method = Method(Veto);
        method.Score(Score.Zero, 1m).WithoutText().Should().Be(new IndicatorOutcome(Score.Zero, true, "triggered: the branch is vetoed"));
        method.Score(Score.Zero, 0m).VetoTriggered.Should().BeFalse();
        method.CountsTowardsTotal.Should().BeFalse();
        method.DefaultObservation.Should().Be(0m);
    }

    [Fact]
    public void Strategies_Default_HoldTheFiveMethodsAndTheTwoTierRulesByName()
    {
        StandardizationStrategies.Default.Scoring.Names.Should().Equal(Bonus, Checklist, Deduction, Proportional, Veto);
        StandardizationStrategies.Default.TierRules.Names.Should().Equal(ScoreThresholds, ScoreThresholdsAspectFloor);
        Method(Deduction, ("per-occurrence", 1m)).Name.Should().Be(Deduction);
        StandardizationStrategies.Default.Scoring.Contains("weighted").Should().BeFalse();
    }

    [Fact]
    public void Strategies_With_AddsWithoutChangingTheOriginal()
    {
        var extended = StandardizationStrategies.Default.With("yes-no", _ => new NamedChecklistScoring("yes-no"));

        extended.Scoring.Names.Should().Contain("yes-no");
        StandardizationStrategies.Default.Scoring.Names.Should().NotContain("yes-no");
    }
}
