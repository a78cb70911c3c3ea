using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Pins what the parameterless methods <see cref="ChecklistScoring"/> and <see cref="VetoScoring"/> publish: problems, observation messages and outcomes whole.</summary>
public sealed class ChecklistAndVetoScoringRulesTest
{
    [Fact]
    public void Checklist_ZeroPointsAndAParameter_SaysItTakesNoParametersAndMustBeWorthPoints() =>
        new ChecklistScoring().ValidateParameters(Score.Zero, Params(("floor", 1m))).Should().Equal(
            new ParameterProblem("floor", StandardizationErrorCodes.ParameterUnknown, "The method takes no parameters; 'floor' is not one."),
            new ParameterProblem(string.Empty, StandardizationErrorCodes.MaxPointsInvalid, "A checklist item must be worth more than zero points."));

    [Fact]
    public void Checklist_ObservationNotAFlag_SaysMetOrNotMet() =>
        new ChecklistScoring().ValidateObservation(0.5m).Should().Be("A checklist item is observed as 1 (met) or 0 (not met).");

    [Fact]
    public void Checklist_MetAndNotMet_GiveTheirOutcomesWhole()
    {
        var method = new ChecklistScoring();

        method.Score(Score.Of(30m), Params(), 1m).WithoutText().Should().Be(new IndicatorOutcome(Score.Of(30m), false, "met: 30"));
        method.Score(Score.Of(30m), Params(), 0m).WithoutText().Should().Be(new IndicatorOutcome(Score.Zero, false, "not met: 0"));
    }

    [Fact]
    public void Veto_WithPointsAndAParameter_SaysItTakesNoParametersAndCarriesNoPoints() =>
        new VetoScoring().ValidateParameters(Score.Of(1m), Params(("cap", 1m))).Should().Equal(
            new ParameterProblem("cap", StandardizationErrorCodes.ParameterUnknown, "The method takes no parameters; 'cap' is not one."),
            new ParameterProblem(string.Empty, StandardizationErrorCodes.MaxPointsInvalid, "A veto item carries no points: its maximum must be 0."));

    [Fact]
    public void Veto_ObservationNotAFlag_SaysTriggeredOrNot() =>
        new VetoScoring().ValidateObservation(2m).Should().Be("A veto item is observed as 1 (triggered) or 0 (not triggered).");

    [Fact]
    public void Veto_NotTriggered_GivesItsOutcomeWhole() =>
        new VetoScoring().Score(Score.Zero, Params(), 0m).WithoutText().Should().Be(new IndicatorOutcome(Score.Zero, false, "not triggered"));

    [Fact]
    public void Veto_ScoredWithPoints_IsRefusedNamingTheMethodAndTheProblem()
    {
        var act = () => new VetoScoring().Score(Score.Of(1m), Params(), 1m);

        act.Should().Throw<ArgumentException>()
            .WithMessage("The parameters of 'veto' are not valid: A veto item carries no points: its maximum must be 0.*")
            .Which.ParamName.Should().Be("problems");
    }
}
