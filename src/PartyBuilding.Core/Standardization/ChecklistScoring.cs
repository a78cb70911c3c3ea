using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Full-or-nothing checklist scoring, <see cref="StandardizationStrategies.Checklist"/> (达标计分): the indicator earns its
/// maximum when the item is met (observation 1) and nothing when it is not (observation 0). Takes no parameters; the
/// maximum must be positive.
/// </summary>
internal sealed class ChecklistScoring : IIndicatorScoringMethod
{
    /// <summary>Gets the one instance.</summary>
    public static ChecklistScoring Instance { get; } = new();

    /// <inheritdoc />
    public string Name => StandardizationStrategies.Checklist;

    /// <inheritdoc />
    public bool CountsTowardsTotal => true;

    /// <inheritdoc />
    public decimal? DefaultObservation => null;

    /// <summary>Creates the method; it takes no parameters.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The method.</returns>
    public static IIndicatorScoringMethod Create(StrategyParameters parameters) => Instance;

    /// <inheritdoc />
    public string? CheckMaxPoints(Score maxPoints) =>
        maxPoints.Value > 0m ? null : "A checklist item must be worth more than zero points.";

    /// <inheritdoc />
    public string? CheckObservation(decimal observed) =>
        observed is 0m or 1m ? null : "A checklist item is observed as 1 (met) or 0 (not met).";

    /// <inheritdoc />
    public IndicatorOutcome Score(Score maxPoints, decimal observed)
    {
        ScoringChecks.ThrowIfInvalid(this, maxPoints, observed);
        return observed == 1m
            ? new IndicatorOutcome(maxPoints, false, $"met: {maxPoints}") { Text = StandardizationTexts.Met(maxPoints) }
            : new IndicatorOutcome(Common.Score.Zero, false, "not met: 0") { Text = StandardizationTexts.NotMet };
    }

    /// <inheritdoc />
    public (Score Points, bool VetoTriggered) ScoreValue(Score maxPoints, decimal observed)
    {
        ScoringChecks.ThrowIfInvalid(this, maxPoints, observed);
        return (observed == 1m ? maxPoints : Common.Score.Zero, false);
    }
}
