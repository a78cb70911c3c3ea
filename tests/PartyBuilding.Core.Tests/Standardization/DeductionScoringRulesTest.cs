using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Pins what <see cref="DeductionScoring"/> publishes: each parameter problem whole (maximum, per-occurrence, floor), the floor outcome and the refusal to score unchecked input.</summary>
public sealed class DeductionScoringRulesTest
{
    [Fact]
    public void ValidateParameters_ZeroMaximumWithTheDefaultFloor_ReportsOnlyTheMaximum() =>
        new DeductionScoring().ValidateParameters(Score.Zero, Params(("per-occurrence", 1m))).Should().Equal(
            new ParameterProblem(string.Empty, StandardizationErrorCodes.MaxPointsInvalid, "A deduction indicator must be worth more than zero points."));

    [Fact]
    public void ValidateParameters_ZeroPerOccurrence_SaysItMustBeAboveZero() =>
        new DeductionScoring().ValidateParameters(Score.Of(10m), Params(("per-occurrence", 0m))).Should().Equal(
            new ParameterProblem("per-occurrence", StandardizationErrorCodes.ParameterInvalid, "'per-occurrence' must be above 0."));

    [Fact]
    public void ValidateParameters_FloorAtTheMaximum_SaysItMustBeBelowIt() =>
        new DeductionScoring().ValidateParameters(Score.Of(10m), Params(("per-occurrence", 1m), ("floor", 10m))).Should().Equal(
            new ParameterProblem("floor", StandardizationErrorCodes.ParameterInvalid, "'floor' must be from 0 to below the maximum points."));

    [Fact]
    public void ValidateParameters_PerOccurrenceMissingAndAnUnknownOne_NameBothWithTheParametersItTakes() =>
        new DeductionScoring().ValidateParameters(Score.Of(10m), Params(("cap", 1m))).Should().Equal(
            new ParameterProblem("cap", StandardizationErrorCodes.ParameterUnknown, "'cap' is not a parameter of the method; it takes per-occurrence, floor."),
            new ParameterProblem("per-occurrence", StandardizationErrorCodes.ParameterMissing, "The method needs the parameter 'per-occurrence'."));

    [Fact]
    public void ValidateObservation_FractionalCount_SaysOccurrencesAreWholeNumbers() =>
        new DeductionScoring().ValidateObservation(1.5m).Should().Be("Occurrences are observed as a whole number from 0.");

    [Fact]
    public void Score_DeductionsBelowTheFloor_AreRaisedToItWithoutAVetoAndSaySo() =>
        new DeductionScoring().Score(Score.Of(50m), Params(("per-occurrence", 10m), ("floor", 5m)), 9m).WithoutText().Should().Be(
            new IndicatorOutcome(Score.Of(5m), false, "50 − 9 × 10 is below the floor, raised to the floor 5"));
}
