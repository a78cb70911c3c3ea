using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Names the tier by score thresholds like <see cref="StandardizationStrategies.ScoreThresholds"/>, but only for a branch that
/// reaches a minimum share of every aspect's maximum, <see cref="StandardizationStrategies.ScoreThresholdsAspectFloor"/>: a
/// branch strong overall but failing one aspect stays lagging. This suits catalogues whose aspects must all be met, such
/// as Gansu's "four strong" branch (四强党支部, article 004).
/// </summary>
/// <remarks>Parameters (all required): <c>standard</c>, <c>advanced</c>, <c>exemplary</c> as for the thresholds rule, and <c>aspect-floor</c>, a share from 0 to 1.</remarks>
internal sealed class AspectFloorTierRule(ScoreThresholdTierRule thresholds, decimal floor) : ITierRule
{
    /// <inheritdoc />
    public string Name => StandardizationStrategies.ScoreThresholdsAspectFloor;

    /// <summary>Creates the rule from its parameters.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The rule.</returns>
    public static ITierRule Create(StrategyParameters parameters)
    {
        var thresholds = ScoreThresholdTierRule.ReadThresholds(parameters);
        var floor = parameters.Number(StandardizationStrategies.AspectFloor, null, 0m, 1m);
        return new AspectFloorTierRule(thresholds, floor);
    }

    /// <inheritdoc />
    public Score ThresholdOf(BranchTier tier) => thresholds.ThresholdOf(tier);

    /// <inheritdoc />
    public TierDecision Decide(BranchScoreResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var failing = result.Aspects
            .Where(a => a.MaxPoints.Value > 0m && a.Points.Value < a.MaxPoints.Value * floor)
            .Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.AspectId} {a.Points}/{a.MaxPoints}"))
            .ToList();
        if (failing.Count > 0)
        {
            var floorText = StandardizationTexts.Format(floor);
            return new TierDecision(BranchTier.Lagging, $"below the aspect floor {floorText} in {string.Join(", ", failing)}")
            {
                Text = StandardizationTexts.BelowAspectFloor(floorText, failing),
            };
        }

        return thresholds.ByScore(result.Score);
    }
}
