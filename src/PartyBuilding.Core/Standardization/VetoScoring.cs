using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// A veto item, <see cref="StandardizationStrategies.Veto"/> (一票否决): worth no points, but when triggered (observation 1)
/// the branch is named lagging whatever its score. Takes no parameters; the maximum points must be zero. An assessment
/// that leaves it out has not triggered it.
/// </summary>
internal sealed class VetoScoring : IIndicatorScoringMethod
{
    /// <summary>Gets the one instance.</summary>
    public static VetoScoring Instance { get; } = new();

    /// <inheritdoc />
    public string Name => StandardizationStrategies.Veto;

    /// <inheritdoc />
    public bool CountsTowardsTotal => false;

    /// <inheritdoc />
    public decimal? DefaultObservation => 0m;

    /// <summary>Creates the method; it takes no parameters.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The method.</returns>
    public static IIndicatorScoringMethod Create(StrategyParameters parameters) => Instance;

    /// <inheritdoc />
    public string? CheckMaxPoints(Score maxPoints) =>
        maxPoints.Value == 0m ? null : "A veto item carries no points: its maximum must be 0.";

    /// <inheritdoc />
    public string? CheckObservation(decimal observed) =>
        observed is 0m or 1m ? null : "A veto item is observed as 1 (triggered) or 0 (not triggered).";

    /// <inheritdoc />
    public IndicatorOutcome Score(Score maxPoints, decimal observed)
    {
        ScoringChecks.ThrowIfInvalid(this, maxPoints, observed);
        return observed == 1m
            ? new IndicatorOutcome(Common.Score.Zero, true, "triggered: the branch is vetoed") { Text = StandardizationTexts.VetoTriggered }
            : new IndicatorOutcome(Common.Score.Zero, false, "not triggered") { Text = StandardizationTexts.VetoNotTriggered };
    }

    /// <inheritdoc />
    public (Score Points, bool VetoTriggered) ScoreValue(Score maxPoints, decimal observed)
    {
        ScoringChecks.ThrowIfInvalid(this, maxPoints, observed);
        return (Common.Score.Zero, observed == 1m);
    }
}
