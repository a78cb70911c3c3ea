using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Deduction per occurrence down to a floor (扣分制): the indicator starts at its maximum and loses
/// <c>per-occurrence</c> points for each shortcoming found (a missed meeting, a missing record), never going below
/// <c>floor</c>.
/// </summary>
/// <remarks>Parameters: <c>per-occurrence</c> (required, above 0) and <c>floor</c> (optional, default 0, from 0 to below the maximum). The observation is the number of occurrences, a whole number from 0.</remarks>
public sealed class DeductionScoring : IIndicatorScoringMethod
{
    /// <summary>The method's name: <c>deduction</c>.</summary>
    public const string MethodName = "deduction";

    /// <summary>The parameter naming the points deducted per occurrence.</summary>
    public const string PerOccurrence = "per-occurrence";

    /// <summary>The parameter naming the lowest score deductions can reach.</summary>
    public const string Floor = "floor";

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public bool CountsTowardsTotal => true;

    /// <inheritdoc />
    public decimal? DefaultObservation => null;

    /// <inheritdoc />
    public ImmutableArray<ParameterProblem> ValidateParameters(Score maxPoints, ImmutableSortedDictionary<string, decimal> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var problems = MethodParameters.Unknown(parameters, PerOccurrence, Floor).ToImmutableArray().ToBuilder();
        if (maxPoints.Value <= 0m)
        {
            problems.Add(MethodParameters.MaxPoints("A deduction indicator must be worth more than zero points."));
        }

        if (MethodParameters.Missing(parameters, PerOccurrence) is { } missing)
        {
            problems.Add(missing);
        }
        else if (parameters[PerOccurrence] <= 0m)
        {
            problems.Add(MethodParameters.Invalid(PerOccurrence, $"'{PerOccurrence}' must be above 0."));
        }

        var floor = MethodParameters.Get(parameters, Floor, 0m);
        if (floor < 0m || (maxPoints.Value > 0m && floor >= maxPoints.Value))
        {
            problems.Add(MethodParameters.Invalid(Floor, $"'{Floor}' must be from 0 to below the maximum points."));
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
        var floor = MethodParameters.Get(parameters, Floor, 0m);
        // A deduction beyond the points above the floor stops at the floor; it is not multiplied out, so huge
        // occurrence counts or rates cannot overflow decimal (found by fuzzing). Occurrences are whole numbers, so
        // available / observed never exceeds available.
        if (observed > 0m && per > (maxPoints.Value - floor) / observed)
        {
            var formula = $"{maxPoints} − {MethodParameters.Format(observed)} × {MethodParameters.Format(per)}";
            return new IndicatorOutcome(new Score(floor), false, $"{formula} is below the floor, raised to the floor {MethodParameters.Format(floor)}")
            {
                Text = new($"{formula}低于最低分，按最低分{MethodParameters.Format(floor)}计", $"{formula} is below the floor, raised to the floor {MethodParameters.Format(floor)}"),
            };
        }

        var raw = maxPoints.Value - (observed * per);
        var reason = $"{maxPoints} − {MethodParameters.Format(observed)} × {MethodParameters.Format(per)} = {MethodParameters.Format(raw)}";
        return new IndicatorOutcome(new Score(raw), false, reason) { Text = LocalizedText.AsGiven(reason) };
    }
}
