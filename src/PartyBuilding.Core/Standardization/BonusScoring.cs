using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// A bonus with a cap (加分项): <c>per-occurrence</c> points for each achievement (an award, a recognised brand),
/// up to the indicator's maximum points, which are the cap. A bonus lies outside the declared total, so a branch can
/// earn more than the total.
/// </summary>
/// <remarks>Parameters: <c>per-occurrence</c> (required, above 0). The observation is the number of occurrences, a whole number from 0; an assessment that leaves it out earns no bonus.</remarks>
public sealed class BonusScoring : IIndicatorScoringMethod
{
    /// <summary>The method's name: <c>bonus</c>.</summary>
    public const string MethodName = "bonus";

    /// <summary>The parameter naming the points added per occurrence.</summary>
    public const string PerOccurrence = "per-occurrence";

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public bool CountsTowardsTotal => false;

    /// <inheritdoc />
    public decimal? DefaultObservation => 0m;

    /// <inheritdoc />
    public ImmutableArray<ParameterProblem> ValidateParameters(Score maxPoints, ImmutableSortedDictionary<string, decimal> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var problems = MethodParameters.Unknown(parameters, PerOccurrence).ToImmutableArray().ToBuilder();
        if (maxPoints.Value <= 0m)
        {
            problems.Add(MethodParameters.MaxPoints("A bonus's maximum points are its cap and must be above zero."));
        }

        if (MethodParameters.Missing(parameters, PerOccurrence) is { } missing)
        {
            problems.Add(missing);
        }
        else if (parameters[PerOccurrence] <= 0m)
        {
            problems.Add(MethodParameters.Invalid(PerOccurrence, $"'{PerOccurrence}' must be above 0."));
        }

        return problems.ToImmutable();
    }

    /// <inheritdoc />
    public string? ValidateObservation(decimal observed) =>
        MethodParameters.OccurrenceProblem(observed);

    /// <inheritdoc />
    public IndicatorOutcome Score(Score maxPoints, ImmutableSortedDictionary<string, decimal> parameters, decimal observed)
    {
        MethodParameters.ThrowIfInvalidInput(this, maxPoints, parameters, observed);

        var per = parameters[PerOccurrence];
        var raw = observed * per;
        var points = Math.Min(raw, maxPoints.Value);
        var reason = $"{MethodParameters.Format(observed)} × {MethodParameters.Format(per)} = {MethodParameters.Format(raw)}";
        return raw > maxPoints.Value
            ? new IndicatorOutcome(new Score(points), false, $"{reason}, capped at {maxPoints}") { Text = new($"{reason}，以{maxPoints}为上限", $"{reason}, capped at {maxPoints}") }
            : new IndicatorOutcome(new Score(points), false, reason) { Text = LocalizedText.AsGiven(reason) };
    }
}
