using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Pins what <see cref="BonusScoring"/> publishes: each parameter problem whole, the reason below and above the cap, and the refusal to score unchecked input.</summary>
public sealed class BonusScoringRulesTest
{
    [Fact]
    public void ValidateParameters_ZeroCap_SaysTheCapMustBeAboveZero() =>
        new BonusScoring().ValidateParameters(Score.Zero, Params(("per-occurrence", 1m))).Should().Equal(
            new ParameterProblem(string.Empty, StandardizationErrorCodes.MaxPointsInvalid, "A bonus's maximum points are its cap and must be above zero."));

    [Fact]
    public void ValidateParameters_ZeroPerOccurrence_SaysItMustBeAboveZero() =>
        new BonusScoring().ValidateParameters(Score.Of(5m), Params(("per-occurrence", 0m))).Should().Equal(
            new ParameterProblem("per-occurrence", StandardizationErrorCodes.ParameterInvalid, "'per-occurrence' must be above 0."));

    [Fact]
    public void ValidateParameters_SmallestPositivePerOccurrence_IsAccepted() =>
        new BonusScoring().ValidateParameters(Score.Of(5m), Params(("per-occurrence", 0.01m))).Should().BeEmpty();

    [Fact]
    public void Score_BelowTheCap_ShowsTheProductWithoutCapping() =>
        new BonusScoring().Score(Score.Of(5m), Params(("per-occurrence", 2m)), 2m).WithoutText().Should().Be(
            new IndicatorOutcome(Score.Of(4m), false, "2 × 2 = 4"));

    [Fact]
    public void Score_AboveTheCap_ShowsTheProductAndTheCap() =>
        new BonusScoring().Score(Score.Of(5m), Params(("per-occurrence", 2m)), 3m).WithoutText().Should().Be(
            new IndicatorOutcome(Score.Of(5m), false, "3 × 2 = 6, capped at 5"));
}
