using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Standardization.StandardizationStrategies;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>
/// The built-in scoring methods by their inputs and outputs: each parameter problem by path and code (in one pass), the
/// maximum points and observations each method accepts, both sides of each limit with the reason it gives, and the refusal
/// to score unchecked input.
/// </summary>
public sealed class ScoringMethodRulesTest
{
    public static TheoryData<string, (string, decimal)[], (string, string)[]> ParameterProblems => new()
    {
        { Bonus, [("per-occurrence", 0m)], [("Parameters.per-occurrence", CommonErrorCodes.StrategyParameterInvalid)] },
        { Bonus, [], [("Parameters.per-occurrence", CommonErrorCodes.StrategyParameterMissing)] },
        { Deduction, [("per-occurrence", 0m)], [("Parameters.per-occurrence", CommonErrorCodes.StrategyParameterInvalid)] },
        { Bonus, [("per-occurrence", 10_000.01m)], [("Parameters.per-occurrence", CommonErrorCodes.StrategyParameterInvalid)] },
        { Deduction, [("per-occurrence", decimal.MaxValue)], [("Parameters.per-occurrence", CommonErrorCodes.StrategyParameterInvalid)] },
        { Deduction, [("per-occurrence", 1m), ("floor", -1m)], [("Parameters.floor", CommonErrorCodes.StrategyParameterInvalid)] },
        {
            Deduction, [("cap", 1m)],
            [("Parameters.per-occurrence", CommonErrorCodes.StrategyParameterMissing), ("Parameters.cap", CommonErrorCodes.StrategyParameterUnknown)]
        },
        { Checklist, [("floor", 1m)], [("Parameters.floor", CommonErrorCodes.StrategyParameterUnknown)] },
        { Veto, [("cap", 1m)], [("Parameters.cap", CommonErrorCodes.StrategyParameterUnknown)] },
        { Proportional, [("zero-rate", -0.1m)], [("Parameters.zero-rate", CommonErrorCodes.StrategyParameterInvalid)] },
        { Proportional, [("full-rate", 1.2m)], [("Parameters.full-rate", CommonErrorCodes.StrategyParameterInvalid)] },
        { Proportional, [("zero-rate", 0.6m), ("full-rate", 0.6m)], [("Parameters.full-rate", CommonErrorCodes.StrategyParameterInvalid)] },
        { Proportional, [("floor", 1m)], [("Parameters.floor", CommonErrorCodes.StrategyParameterUnknown)] },
        { "no-such-method", [], [("Name", CommonErrorCodes.StrategyUnknown)] },
    };

    [Theory]
    [MemberData(nameof(ParameterProblems))]
    public void Parameters_OutOfRangeMissingOrUnknown_AreEachReportedAtTheirPathInOnePass(string method, (string, decimal)[] parameters, (string, string)[] expected) =>
        ScoringProblems(method, parameters).Should().BeEquivalentTo(expected);

    [Theory]
    [InlineData(Bonus)]
    [InlineData(Deduction)]
    public void Occurrences_AtTheirBoundsTimesTheLargestPoints_ScoreWithoutOverflow_AndBeyondAreProblemsNotOverflow(string method)
    {
        var created = Method(method, ("per-occurrence", 10_000m));

        created.Score(Score.Of(100m), 1_000_000m).Points.Should().Be(Score.Of(method == Bonus ? 100m : 0m));
        created.CheckObservation(1_000_000m).Should().BeNull();
        created.CheckObservation(1_000_001m).Should().NotBeNull();
        created.CheckObservation(79228162514264337593543950335m).Should().NotBeNull();
    }

    [Theory]
    [InlineData(Bonus, "10000")]
    [InlineData(Bonus, "0.01")]
    [InlineData(Deduction, "0.01")]
    [InlineData(Proportional, "0")]
    public void Parameters_SmallestValidValues_AreAccepted(string method, string value)
    {
        var name = method == Proportional ? "zero-rate" : "per-occurrence";

        ScoringProblems(method, (name, decimal.Parse(value, CultureInfo.InvariantCulture))).Should().BeEmpty();
    }

    [Theory]
    [InlineData(Checklist, 0, false)]
    [InlineData(Checklist, 0.01, true)]
    [InlineData(Proportional, 0, false)]
    [InlineData(Proportional, 1, true)]
    [InlineData(Bonus, 0, false)]
    [InlineData(Bonus, 1, true)]
    [InlineData(Veto, 0, true)]
    [InlineData(Veto, 1, false)]
    public void MaxPoints_SuitEachMethod(string method, double maxPoints, bool accepted)
    {
        var created = method is Bonus ? Method(method, ("per-occurrence", 1m)) : Method(method);

        (created.CheckMaxPoints(Score.Of((decimal)maxPoints)) is null).Should().Be(accepted);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(5, false)]
    [InlineData(5.01, true)]
    public void Deduction_MaxPoints_MustBeAboveTheFloor(double maxPoints, bool accepted) =>
        (Method(Deduction, ("per-occurrence", 1m), ("floor", 5m)).CheckMaxPoints(Score.Of((decimal)maxPoints)) is null).Should().Be(accepted);

    [Theory]
    [InlineData(Checklist, 0.5, false)]
    [InlineData(Checklist, 1, true)]
    [InlineData(Veto, 2, false)]
    [InlineData(Veto, 0, true)]
    [InlineData(Proportional, 1.01, false)]
    [InlineData(Proportional, 1, true)]
    [InlineData(Deduction, 1.5, false)]
    [InlineData(Deduction, -1, false)]
    [InlineData(Deduction, 2, true)]
    [InlineData(Bonus, 1_000_000, true)]
    [InlineData(Bonus, 1_000_001, false)]
    [InlineData(Deduction, 1_000_001, false)]
    public void Observations_SuitEachMethod(string method, double observed, bool accepted)
    {
        var created = method is Deduction or Bonus ? Method(method, ("per-occurrence", 1m)) : Method(method);

        (created.CheckObservation((decimal)observed) is null).Should().Be(accepted);
    }

    [Fact]
    public void Checklist_MetAndNotMet_GiveTheMaximumOrNothing()
    {
        var method = Method(Checklist);

        method.Score(Score.Of(30m), 1m).WithoutText().Should().Be(new IndicatorOutcome(Score.Of(30m), false, "met: 30"));
        method.Score(Score.Of(30m), 0m).WithoutText().Should().Be(new IndicatorOutcome(Score.Zero, false, "not met: 0"));
    }

    [Fact]
    public void Veto_TriggeredOrNot_CarriesNoPointsAndFlagsTheVeto()
    {
        var method = Method(Veto);

        method.Score(Score.Zero, 1m).WithoutText().Should().Be(new IndicatorOutcome(Score.Zero, true, "triggered: the branch is vetoed"));
        method.Score(Score.Zero, 0m).WithoutText().Should().Be(new IndicatorOutcome(Score.Zero, false, "not triggered"));
    }

    [Fact]
    public void Bonus_BelowAndAboveTheCap_ShowsTheProductAndCapsIt()
    {
        var method = Method(Bonus, ("per-occurrence", 2m));

        method.Score(Score.Of(5m), 2m).WithoutText().Should().Be(new IndicatorOutcome(Score.Of(4m), false, "2 × 2 = 4"));
        method.Score(Score.Of(5m), 3m).WithoutText().Should().Be(new IndicatorOutcome(Score.Of(5m), false, "3 × 2 = 6, capped at 5"));
    }

    [Fact]
    public void Deduction_BelowTheFloor_IsRaisedToItWithoutAVeto() =>
        Method(Deduction, ("per-occurrence", 10m), ("floor", 5m)).Score(Score.Of(50m), 9m).WithoutText().Should().Be(
            new IndicatorOutcome(Score.Of(5m), false, "50 − 9 × 10 is below the floor, raised to the floor 5"));

    [Fact]
    public void Proportional_AtBetweenAndAboveTheLimits_GivesNothingTheFormulaAndTheMaximum()
    {
        Method(Proportional, ("zero-rate", 0.5m)).Score(Score.Of(20m), 0.5m).WithoutText().Should().Be(new IndicatorOutcome(Score.Zero, false, "rate 0.5 ≤ 0.5: 0"));
        Method(Proportional, ("zero-rate", 0.5m)).Score(Score.Of(20m), 1m).WithoutText().Should().Be(new IndicatorOutcome(Score.Of(20m), false, "rate 1 ≥ 1: 20"));
        Method(Proportional, ("zero-rate", 0.5m), ("full-rate", 0.9m)).Score(Score.Of(20m), 0.7m).WithoutText().Should().Be(
            new IndicatorOutcome(Score.Of(10m), false, "20 × (0.7 − 0.5) ÷ (0.9 − 0.5) = 10"));
    }

    [Fact]
    public void Score_UncheckedObservationOrMaximum_IsRefused()
    {
        var rate = () => Method(Proportional).Score(Score.Of(20m), 1.5m);
        var veto = () => Method(Veto).Score(Score.Of(1m), 1m);

        rate.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("observed");
        veto.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("maxPoints");
    }
}
