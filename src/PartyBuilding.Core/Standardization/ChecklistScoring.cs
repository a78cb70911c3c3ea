using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Full-or-nothing checklist scoring (达标计分): the indicator earns its maximum when the item is met (observation 1)
/// and nothing when it is not (observation 0). Takes no parameters; the maximum must be positive.
/// </summary>
public sealed class ChecklistScoring : IIndicatorScoringMethod
{
    /// <summary>The method's name: <c>checklist</c>.</summary>
    public const string MethodName = "checklist";

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
        var problems = MethodParameters.Unknown(parameters).ToImmutableArray();
        return maxPoints.Value > 0m ? problems : problems.Add(MethodParameters.MaxPoints("A checklist item must be worth more than zero points."));
    }

    /// <inheritdoc />
    public string? ValidateObservation(decimal observed) =>
        observed is 0m or 1m ? null : "A checklist item is observed as 1 (met) or 0 (not met).";

    /// <inheritdoc />
    public IndicatorOutcome Score(Score maxPoints, ImmutableSortedDictionary<string, decimal> parameters, decimal observed)
    {
        MethodParameters.ThrowIfInvalidInput(this, maxPoints, parameters, observed);

        return observed == 1m
            ? new IndicatorOutcome(maxPoints, false, $"met: {maxPoints}") { Text = new($"达标：{maxPoints}", $"met: {maxPoints}") }
            : new IndicatorOutcome(Common.Score.Zero, false, "not met: 0") { Text = new("未达标：0", "not met: 0") };
    }
}
