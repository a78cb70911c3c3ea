using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// A veto item (一票否决): worth no points, but when triggered (observation 1) the branch is named lagging whatever
/// its score. Takes no parameters; the maximum points must be zero. An assessment that leaves it out has not
/// triggered it.
/// </summary>
public sealed class VetoScoring : IIndicatorScoringMethod
{
    /// <summary>The method's name: <c>veto</c>.</summary>
    public const string MethodName = "veto";

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
        var problems = MethodParameters.Unknown(parameters).ToImmutableArray();
        return maxPoints.Value == 0m ? problems : problems.Add(MethodParameters.MaxPoints("A veto item carries no points: its maximum must be 0."));
    }

    /// <inheritdoc />
    public string? ValidateObservation(decimal observed) =>
        observed is 0m or 1m ? null : "A veto item is observed as 1 (triggered) or 0 (not triggered).";

    /// <inheritdoc />
    public IndicatorOutcome Score(Score maxPoints, ImmutableSortedDictionary<string, decimal> parameters, decimal observed)
    {
        MethodParameters.ThrowIfInvalidInput(this, maxPoints, parameters, observed);

        return observed == 1m
            ? new IndicatorOutcome(Common.Score.Zero, true, "triggered: the branch is vetoed") { Text = new("触发：支部被一票否决", "triggered: the branch is vetoed") }
            : new IndicatorOutcome(Common.Score.Zero, false, "not triggered") { Text = new("未触发", "not triggered") };
    }
}
