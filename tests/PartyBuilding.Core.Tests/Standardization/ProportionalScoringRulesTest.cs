using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Pins what <see cref="ProportionalScoring"/> publishes: each parameter problem whole, both sides of each rate limit with its reason, and the refusal to score unchecked input.</summary>
public sealed class ProportionalScoringRulesTest
{
    [Fact]
    public void ValidateParameters_ZeroMaximum_SaysAProportionalIndicatorMustBeWorthPoints() =>
        new ProportionalScoring().ValidateParameters(Score.Zero, Params()).Should().Equal(
            new ParameterProblem(string.Empty, StandardizationErrorCodes.MaxPointsInvalid, "A proportional indicator must be worth more than zero points."));

    [Fact]
    public void ValidateParameters_RatesOutsideZeroToOne_NameEachRateWithItsMessage()
    {
        var method = new ProportionalScoring();

        method.ValidateParameters(Score.Of(10m), Params(("zero-rate", -0.1m))).Should().Equal(
            new ParameterProblem("zero-rate", StandardizationErrorCodes.ParameterInvalid, "'zero-rate' must be a rate from 0 to 1."));
        method.ValidateParameters(Score.Of(10m), Params(("full-rate", 1.2m))).Should().Equal(
            new ParameterProblem("full-rate", StandardizationErrorCodes.ParameterInvalid, "'full-rate' must be a rate from 0 to 1."));
    }

    [Fact]
    public void ValidateParameters_UnknownParameter_ListsTheTwoRatesItTakes() =>
        new ProportionalScoring().ValidateParameters(Score.Of(10m), Params(("floor", 1m))).Should().Equal(
            new ParameterProblem("floor", StandardizationErrorCodes.ParameterUnknown, "'floor' is not a parameter of the method; it takes zero-rate, full-rate."));

    [Fact]
    public void ValidateObservation_RateAboveOne_SaysARateIsFromZeroToOne() =>
        new ProportionalScoring().ValidateObservation(1.01m).Should().Be("A rate is observed as a value from 0 to 1.");

    [Fact]
    public void Score_RateExactlyAtTheZeroRate_EarnsNothingWithoutAVetoAndSaysSo() =>
        new ProportionalScoring().Score(Score.Of(20m), Params(("zero-rate", 0.5m)), 0.5m).WithoutText().Should().Be(
            new IndicatorOutcome(Score.Zero, false, "rate 0.5 ≤ 0.5: 0"));

    [Fact]
    public void Score_RateExactlyAtTheFullRate_EarnsTheMaximumAndSaysSo() =>
        new ProportionalScoring().Score(Score.Of(20m), Params(("zero-rate", 0.5m)), 1m).WithoutText().Should().Be(
            new IndicatorOutcome(Score.Of(20m), false, "rate 1 ≥ 1: 20"));

    [Fact]
    public void Score_RateBetweenTheLimits_ShowsTheFormulaWithEveryTerm() =>
        new ProportionalScoring().Score(Score.Of(20m), Params(("zero-rate", 0.5m), ("full-rate", 0.9m)), 0.7m).WithoutText().Should().Be(
            new IndicatorOutcome(Score.Of(10m), false, "20 × (0.7 − 0.5) ÷ (0.9 − 0.5) = 10"));

    [Fact]
    public void Score_RateAboveOne_IsRefusedNamingTheObservation()
    {
        var act = () => new ProportionalScoring().Score(Score.Of(20m), Params(), 1.5m);

        act.Should().Throw<ArgumentException>().WithMessage("A rate is observed as a value from 0 to 1.*").Which.ParamName.Should().Be("observed");
    }

    [Fact]
    public void Score_InvalidParameters_IsRefusedNamingTheMethodAndTheProblem()
    {
        var act = () => new ProportionalScoring().Score(Score.Of(20m), Params(("zero-rate", 0.6m), ("full-rate", 0.6m)), 0.6m);

        act.Should().Throw<ArgumentException>()
            .WithMessage("The parameters of 'proportional' are not valid: 'full-rate' must be above 'zero-rate'.*")
            .Which.ParamName.Should().Be("problems");
    }
}
