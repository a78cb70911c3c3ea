using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using static PartyBuilding.Core.Standardization.StandardizationTexts;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// A bonus with a cap, <see cref="StandardizationStrategies.Bonus"/> (加分项): <c>per-occurrence</c> points for each
/// achievement (an award, a recognised brand), up to the indicator's maximum points, which are the cap. A bonus lies
/// outside the declared total, so a branch can earn more than the total.
/// </summary>
/// <remarks>Parameters: <c>per-occurrence</c> (required, above 0, at most 10,000). The observation is the number of occurrences, a whole number from 0 to 1,000,000; an assessment that leaves it out earns no bonus.</remarks>
internal sealed class BonusScoring(decimal perOccurrence) : IIndicatorScoringMethod
{
    /// <inheritdoc />
    public string Name => StandardizationStrategies.Bonus;

    /// <inheritdoc />
    public bool CountsTowardsTotal => false;

    /// <inheritdoc />
    public decimal? DefaultObservation => 0m;

    /// <summary>Creates the method from its parameters.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The method.</returns>
    public static IIndicatorScoringMethod Create(StrategyParameters parameters) =>
        new BonusScoring(ScoringChecks.PerOccurrence(parameters, StandardizationStrategies.PerOccurrence));

    /// <inheritdoc />
    public string? CheckMaxPoints(Score maxPoints) =>
        maxPoints.Value > 0m ? null : "A bonus's maximum points are its cap and must be above zero.";

    /// <inheritdoc />
    public string? CheckObservation(decimal observed) => ScoringChecks.OccurrenceProblem(observed);

    /// <inheritdoc />
    public IndicatorOutcome Score(Score maxPoints, decimal observed)
    {
        ScoringChecks.ThrowIfInvalid(this, maxPoints, observed);
        var raw = observed * perOccurrence;
        var points = Math.Min(raw, maxPoints.Value);
        var reason = $"{Format(observed)} × {Format(perOccurrence)} = {Format(raw)}";
        return raw > maxPoints.Value
            ? new IndicatorOutcome(new Score(points), false, $"{reason}, capped at {maxPoints}") { Text = Capped(reason, maxPoints) }
            : new IndicatorOutcome(new Score(points), false, reason) { Text = LocalizedText.AsGiven(reason) };
    }

    /// <inheritdoc />
    public (Score Points, bool VetoTriggered) ScoreValue(Score maxPoints, decimal observed)
    {
        ScoringChecks.ThrowIfInvalid(this, maxPoints, observed);
        return (new Score(Math.Min(observed * perOccurrence, maxPoints.Value)), false);
    }
}
