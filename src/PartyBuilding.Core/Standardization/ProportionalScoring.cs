using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Scoring proportional to a measured rate (按比例计分), e.g. the share of members attending the members' meetings:
/// nothing at or below <c>zero-rate</c>, the maximum at or above <c>full-rate</c>, and in between
/// <c>max × (rate − zero-rate) ÷ (full-rate − zero-rate)</c>.
/// </summary>
/// <remarks>Parameters: <c>zero-rate</c> (optional, default 0) and <c>full-rate</c> (optional, default 1), with 0 ≤ zero-rate &lt; full-rate ≤ 1. The observation is the rate, 0 to 1.</remarks>
public sealed class ProportionalScoring : IIndicatorScoringMethod
{
    /// <summary>The method's name: <c>proportional</c>.</summary>
    public const string MethodName = "proportional";

    /// <summary>The parameter naming the rate at or below which nothing is earned.</summary>
    public const string ZeroRate = "zero-rate";

    /// <summary>The parameter naming the rate at or above which the maximum is earned.</summary>
    public const string FullRate = "full-rate";

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
        var problems = MethodParameters.Unknown(parameters, ZeroRate, FullRate).ToImmutableArray().ToBuilder();
        if (maxPoints.Value <= 0m)
        {
            problems.Add(MethodParameters.MaxPoints("A proportional indicator must be worth more than zero points."));
        }

        var zero = MethodParameters.Get(parameters, ZeroRate, 0m);
        var full = MethodParameters.Get(parameters, FullRate, 1m);
        if (!Proportion.IsValid(zero))
        {
            problems.Add(MethodParameters.Invalid(ZeroRate, $"'{ZeroRate}' must be a rate from 0 to 1."));
        }

        if (!Proportion.IsValid(full))
        {
            problems.Add(MethodParameters.Invalid(FullRate, $"'{FullRate}' must be a rate from 0 to 1."));
        }

        if (zero >= full)
        {
            problems.Add(MethodParameters.Invalid(FullRate, $"'{FullRate}' must be above '{ZeroRate}'."));
        }

        return problems.ToImmutable();
    }

    /// <inheritdoc />
    public string? ValidateObservation(decimal observed) =>
        Proportion.IsValid(observed) ? null : "A rate is observed as a value from 0 to 1.";

    /// <inheritdoc />
    public IndicatorOutcome Score(Score maxPoints, ImmutableSortedDictionary<string, decimal> parameters, decimal observed)
    {
        MethodParameters.ThrowIfInvalidInput(this, maxPoints, parameters, observed);

        var zero = MethodParameters.Get(parameters, ZeroRate, 0m);
        var full = MethodParameters.Get(parameters, FullRate, 1m);
        var rate = MethodParameters.Format(observed);
        if (observed <= zero)
        {
            return new IndicatorOutcome(Common.Score.Zero, false, $"rate {rate} ≤ {MethodParameters.Format(zero)}: 0")
            {
                Text = new($"比例{rate} ≤ {MethodParameters.Format(zero)}：0", $"rate {rate} ≤ {MethodParameters.Format(zero)}: 0"),
            };
        }

        if (observed >= full)
        {
            return new IndicatorOutcome(maxPoints, false, $"rate {rate} ≥ {MethodParameters.Format(full)}: {maxPoints}")
            {
                Text = new($"比例{rate} ≥ {MethodParameters.Format(full)}：{maxPoints}", $"rate {rate} ≥ {MethodParameters.Format(full)}: {maxPoints}"),
            };
        }

        var points = maxPoints.Value * (observed - zero) / (full - zero);
        return new IndicatorOutcome(
            new Score(points),
            false,
            $"{maxPoints} × ({rate} − {MethodParameters.Format(zero)}) ÷ ({MethodParameters.Format(full)} − {MethodParameters.Format(zero)}) = {MethodParameters.Format(points)}");
    }
}
