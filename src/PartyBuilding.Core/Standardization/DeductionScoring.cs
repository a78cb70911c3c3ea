using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Standardization.StandardizationTexts;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Deduction per occurrence down to a floor, <see cref="StandardizationStrategies.Deduction"/> (扣分制): the indicator starts
/// at its maximum and loses <c>per-occurrence</c> points for each shortcoming found (a missed meeting, a missing record),
/// never going below <c>floor</c>.
/// </summary>
/// <remarks>Parameters: <c>per-occurrence</c> (required, above 0, at most 10,000) and <c>floor</c> (optional, default 0, from 0 to below the maximum). The observation is the number of occurrences, a whole number from 0.</remarks>
internal sealed class DeductionScoring(decimal perOccurrence, decimal floor) : IIndicatorScoringMethod
{
    /// <inheritdoc />
    public string Name => StandardizationStrategies.Deduction;

    /// <inheritdoc />
    public bool CountsTowardsTotal => true;

    /// <inheritdoc />
    public decimal? DefaultObservation => null;

    /// <summary>Creates the method from its parameters.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The method.</returns>
    public static IIndicatorScoringMethod Create(StrategyParameters parameters)
    {
        var per = ScoringChecks.PerOccurrence(parameters, StandardizationStrategies.PerOccurrence);
        var floor = parameters.Number(StandardizationStrategies.Floor, 0m, 0m);
        return new DeductionScoring(per, floor);
    }

    /// <inheritdoc />
    public string? CheckMaxPoints(Score maxPoints) =>
        maxPoints.Value <= 0m ? "A deduction indicator must be worth more than zero points."
        : floor >= maxPoints.Value ? $"A deduction indicator must be worth more than its '{StandardizationStrategies.Floor}' {Format(floor)}."
        : null;

    /// <inheritdoc />
    public string? CheckObservation(decimal observed) => ScoringChecks.OccurrenceProblem(observed);

    /// <inheritdoc />
    public IndicatorOutcome Score(Score maxPoints, decimal observed)
    {
        ScoringChecks.ThrowIfInvalid(this, maxPoints, observed);

        // A deduction beyond the points above the floor stops at the floor; it is not multiplied out, so huge
        // occurrence counts or rates cannot overflow decimal (found by fuzzing). Occurrences are whole numbers, so
        // available / observed never exceeds available.
        if (observed > 0m && perOccurrence > (maxPoints.Value - floor) / observed)
        {
            var formula = $"{maxPoints} − {Format(observed)} × {Format(perOccurrence)}";
            return new IndicatorOutcome(new Score(floor), false, $"{formula} is below the floor, raised to the floor {Format(floor)}") { Text = RaisedToFloor(formula, Format(floor)) };
        }

        var raw = maxPoints.Value - (observed * perOccurrence);
        var reason = $"{maxPoints} − {Format(observed)} × {Format(perOccurrence)} = {Format(raw)}";
        return new IndicatorOutcome(new Score(raw), false, reason) { Text = LocalizedText.AsGiven(reason) };
    }

    /// <inheritdoc />
    public (Score Points, bool VetoTriggered) ScoreValue(Score maxPoints, decimal observed)
    {
        ScoringChecks.ThrowIfInvalid(this, maxPoints, observed);
        return observed > 0m && perOccurrence > (maxPoints.Value - floor) / observed
            ? (new Score(floor), false)
            : (new Score(maxPoints.Value - (observed * perOccurrence)), false);
    }
}
