using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

public sealed class ScoringMethodsTest
{
    private static ImmutableSortedDictionary<string, decimal> None => Params();

    [Theory]
    [InlineData(1, 30)]
    [InlineData(0, 0)]
    public void Checklist_MetOrNot_FullOrNothing(decimal observed, decimal expected)
    {
        new ChecklistScoring().Score(Score.Of(30m), None, observed).Points.Should().Be(Score.Of(expected));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(2)]
    [InlineData(-1)]
    public void Checklist_ObservationNotAFlag_IsRejected(decimal observed)
    {
        var method = new ChecklistScoring();
        method.ValidateObservation(observed).Should().NotBeNull();
        var act = () => method.Score(Score.Of(30m), None, observed);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Checklist_ZeroPointsOrParameters_AreInvalid()
    {
        var method = new ChecklistScoring();
        method.ValidateParameters(Score.Zero, None).Should().ContainSingle().Which.ErrorCode.Should().Be(StandardizationErrorCodes.MaxPointsInvalid);
        method.ValidateParameters(Score.Of(1m), Params(("floor", 1m))).Should().ContainSingle().Which.ErrorCode.Should().Be(StandardizationErrorCodes.ParameterUnknown);
        method.ValidateParameters(Score.Of(1m), None).Should().BeEmpty();
    }

    [Theory]
    [InlineData(0.5, 0)] // at the zero rate
    [InlineData(0.4, 0)] // below it
    [InlineData(0.51, 0.4)] // just above it: 20 × 0.01 ÷ 0.5
    [InlineData(0.75, 10)]
    [InlineData(0.99, 19.6)]
    [InlineData(1, 20)] // at the full rate
    public void Proportional_Rate_ScalesBetweenZeroAndFullRate(decimal rate, decimal expected)
    {
        new ProportionalScoring().Score(Score.Of(20m), Params(("zero-rate", 0.5m)), rate).Points.Should().Be(Score.Of(expected));
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.95)]
    public void Proportional_AtOrAboveFullRateBelowOne_EarnsMaximum(decimal rate)
    {
        new ProportionalScoring().Score(Score.Of(10m), Params(("full-rate", 0.9m)), rate).Points.Should().Be(Score.Of(10m));
    }

    [Fact]
    public void Proportional_JustBelowFullRate_IsExactFraction()
    {
        new ProportionalScoring().Score(Score.Of(10m), Params(("full-rate", 0.9m)), 0.89m).Points.Should().Be(Score.Of(10m * 0.89m / 0.9m));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Proportional_RateOutsideZeroToOne_IsRejected(decimal rate)
    {
        new ProportionalScoring().ValidateObservation(rate).Should().NotBeNull();
    }

    [Fact]
    public void Proportional_ParameterRanges_AreChecked()
    {
        var method = new ProportionalScoring();
        method.ValidateParameters(Score.Of(10m), Params(("zero-rate", 0.6m), ("full-rate", 0.6m)))
            .Should().ContainSingle().Which.Should().Be(new ParameterProblem("full-rate", StandardizationErrorCodes.ParameterInvalid, "'full-rate' must be above 'zero-rate'."));
        method.ValidateParameters(Score.Of(10m), Params(("full-rate", 1.2m))).Select(p => p.ErrorCode).Should().Contain(StandardizationErrorCodes.ParameterInvalid);
        method.ValidateParameters(Score.Of(10m), Params(("zero-rate", -0.1m))).Select(p => p.Parameter).Should().Contain("zero-rate");
        method.ValidateParameters(Score.Of(10m), Params(("zero-rate", 0.59m), ("full-rate", 0.6m))).Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, 50)]
    [InlineData(1, 40)]
    [InlineData(4, 10)]
    [InlineData(5, 5)] // 50 − 50 = 0, raised to the floor
    [InlineData(9, 5)]
    public void Deduction_Occurrences_DeductDownToFloor(decimal occurrences, decimal expected)
    {
        new DeductionScoring().Score(Score.Of(50m), Params(("per-occurrence", 10m), ("floor", 5m)), occurrences).Points.Should().Be(Score.Of(expected));
    }

    [Fact]
    public void Deduction_AtTheFloorExactly_IsNotRaised()
    {
        var outcome = new DeductionScoring().Score(Score.Of(10m), Params(("per-occurrence", 2.5m), ("floor", 5m)), 2m);

        outcome.Points.Should().Be(Score.Of(5m));
        outcome.Reason.Should().NotContain("floor");
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-1)]
    public void Deduction_CountNotAWholeNumber_IsRejected(decimal occurrences)
    {
        new DeductionScoring().ValidateObservation(occurrences).Should().NotBeNull();
    }

    [Fact]
    public void Deduction_ParameterRules_AreChecked()
    {
        var method = new DeductionScoring();
        method.ValidateParameters(Score.Of(10m), None).Should().ContainSingle().Which.ErrorCode.Should().Be(StandardizationErrorCodes.ParameterMissing);
        method.ValidateParameters(Score.Of(10m), Params(("per-occurrence", 0m))).Should().ContainSingle().Which.ErrorCode.Should().Be(StandardizationErrorCodes.ParameterInvalid);
        method.ValidateParameters(Score.Of(10m), Params(("per-occurrence", 1m), ("floor", 10m))).Should().ContainSingle().Which.Parameter.Should().Be("floor");
        method.ValidateParameters(Score.Of(10m), Params(("per-occurrence", 1m), ("floor", 9.99m))).Should().BeEmpty();
        method.ValidateParameters(Score.Of(10m), Params(("per-occurrence", 1m), ("floor", -1m))).Should().ContainSingle().Which.Parameter.Should().Be("floor");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 4)]
    [InlineData(3, 5)] // 6 capped at 5
    public void Bonus_Occurrences_AddUpToCap(decimal occurrences, decimal expected)
    {
        new BonusScoring().Score(Score.Of(5m), Params(("per-occurrence", 2m)), occurrences).Points.Should().Be(Score.Of(expected));
    }

    [Fact]
    public void Bonus_ExactlyAtCap_IsNotReportedAsCapped()
    {
        var outcome = new BonusScoring().Score(Score.Of(4m), Params(("per-occurrence", 2m)), 2m);

        outcome.Points.Should().Be(Score.Of(4m));
        outcome.Reason.Should().NotContain("capped");
    }

    [Fact]
    public void Bonus_IsOutsideTheTotalAndOptional()
    {
        var method = new BonusScoring();
        method.CountsTowardsTotal.Should().BeFalse();
        method.DefaultObservation.Should().Be(0m);
        method.ValidateParameters(Score.Zero, Params(("per-occurrence", 1m))).Should().ContainSingle().Which.ErrorCode.Should().Be(StandardizationErrorCodes.MaxPointsInvalid);
        method.ValidateParameters(Score.Of(3m), None).Should().ContainSingle().Which.ErrorCode.Should().Be(StandardizationErrorCodes.ParameterMissing);
    }

    [Fact]
    public void Veto_Triggered_VetoesWithNoPoints()
    {
        var method = new VetoScoring();
        method.Score(Score.Zero, None, 1m).WithoutText().Should().Be(new IndicatorOutcome(Score.Zero, true, "triggered: the branch is vetoed"));
        method.Score(Score.Zero, None, 0m).VetoTriggered.Should().BeFalse();
        method.ValidateObservation(2m).Should().NotBeNull();
    }

    [Fact]
    public void Veto_WithPointsOrParameters_IsInvalid()
    {
        var method = new VetoScoring();
        method.ValidateParameters(Score.Of(1m), None).Should().ContainSingle().Which.ErrorCode.Should().Be(StandardizationErrorCodes.MaxPointsInvalid);
        method.ValidateParameters(Score.Zero, Params(("cap", 1m))).Should().ContainSingle().Which.ErrorCode.Should().Be(StandardizationErrorCodes.ParameterUnknown);
    }

    [Fact]
    public void Registry_Default_HoldsTheFiveMethodsByName()
    {
        IndicatorScoringRegistry.Default.Names.Should().Equal("bonus", "checklist", "deduction", "proportional", "veto");
        IndicatorScoringRegistry.Default.Get("deduction").Should().BeOfType<DeductionScoring>();
        IndicatorScoringRegistry.Default.TryGet("weighted", out _).Should().BeFalse();
        var act = () => IndicatorScoringRegistry.Default.Get("weighted");
        act.Should().Throw<ArgumentException>().WithMessage("*weighted*");
    }

    [Fact]
    public void Registry_With_AddsWithoutChangingTheOriginal()
    {
        var extended = IndicatorScoringRegistry.Default.With(new NamedChecklistScoring("yes-no"));

        extended.Names.Should().Contain("yes-no");
        IndicatorScoringRegistry.Default.Names.Should().NotContain("yes-no");
    }
}
