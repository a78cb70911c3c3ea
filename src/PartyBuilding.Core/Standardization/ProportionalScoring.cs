using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Standardization.StandardizationTexts;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Scoring proportional to a measured rate, <see cref="StandardizationStrategies.Proportional"/> (按比例计分), e.g. the share
/// of members attending the members' meetings: nothing at or below <c>zero-rate</c>, the maximum at or above
/// <c>full-rate</c>, and in between <c>max × (rate − zero-rate) ÷ (full-rate − zero-rate)</c>.
/// </summary>
/// <remarks>Parameters: <c>zero-rate</c> (optional, default 0) and <c>full-rate</c> (optional, default 1), with 0 ≤ zero-rate &lt; full-rate ≤ 1. The observation is the rate, 0 to 1.</remarks>
internal sealed class ProportionalScoring(decimal zeroRate, decimal fullRate) : IIndicatorScoringMethod
{
    /// <inheritdoc />
    public string Name => StandardizationStrategies.Proportional;

    /// <inheritdoc />
    public bool CountsTowardsTotal => true;

    /// <inheritdoc />
    public decimal? DefaultObservation => null;

    /// <summary>Creates the method from its parameters.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The method.</returns>
    public static IIndicatorScoringMethod Create(StrategyParameters parameters)
    {
        var zero = parameters.Number(StandardizationStrategies.ZeroRate, 0m, 0m, 1m);
        var full = parameters.Number(StandardizationStrategies.FullRate, 1m, 0m, 1m);
        if (zero >= full && Proportion.IsValid(zero) && Proportion.IsValid(full))
        {
            parameters.Fail(StandardizationStrategies.FullRate, CommonErrorCodes.StrategyParameterInvalid, $"'{StandardizationStrategies.FullRate}' must be above '{StandardizationStrategies.ZeroRate}'.");
        }

        return new ProportionalScoring(zero, full);
    }

    /// <inheritdoc />
    public string? CheckMaxPoints(Score maxPoints) =>
        maxPoints.Value > 0m ? null : "A proportional indicator must be worth more than zero points.";

    /// <inheritdoc />
    public string? CheckObservation(decimal observed) =>
        Proportion.IsValid(observed) ? null : "A rate is observed as a value from 0 to 1.";

    /// <inheritdoc />
    public IndicatorOutcome Score(Score maxPoints, decimal observed)
    {
        ScoringChecks.ThrowIfInvalid(this, maxPoints, observed);
        var rate = Format(observed);
        if (observed <= zeroRate)
        {
            return new IndicatorOutcome(Common.Score.Zero, false, $"rate {rate} ≤ {Format(zeroRate)}: 0") { Text = RateAtOrBelow(rate, Format(zeroRate)) };
        }

        if (observed >= fullRate)
        {
            return new IndicatorOutcome(maxPoints, false, $"rate {rate} ≥ {Format(fullRate)}: {maxPoints}") { Text = RateAtOrAbove(rate, Format(fullRate), maxPoints) };
        }

        var points = maxPoints.Value * (observed - zeroRate) / (fullRate - zeroRate);
        return new IndicatorOutcome(
            new Score(points),
            false,
            $"{maxPoints} × ({rate} − {Format(zeroRate)}) ÷ ({Format(fullRate)} − {Format(zeroRate)}) = {Format(points)}");
    }

    /// <inheritdoc />
    public (Score Points, bool VetoTriggered) ScoreValue(Score maxPoints, decimal observed)
    {
        ScoringChecks.ThrowIfInvalid(this, maxPoints, observed);
        return observed <= zeroRate ? (Common.Score.Zero, false)
            : observed >= fullRate ? (maxPoints, false)
            : (new Score(maxPoints.Value * (observed - zeroRate) / (fullRate - zeroRate)), false);
    }
}
