using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Names the tier by score thresholds on the 100-point scale, <see cref="StandardizationStrategies.ScoreThresholds"/>: the
/// highest of <c>standard</c>, <c>advanced</c> and <c>exemplary</c> that the score reaches (score ≥ threshold); below
/// <c>standard</c> the branch is lagging.
/// </summary>
/// <remarks>Parameters (all required): 0 &lt; standard &lt; advanced &lt; exemplary.</remarks>
internal sealed class ScoreThresholdTierRule(Score standard, Score advanced, Score exemplary) : ITierRule
{
    /// <inheritdoc />
    public string Name => StandardizationStrategies.ScoreThresholds;

    /// <summary>Creates the rule from its parameters.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The rule.</returns>
    public static ITierRule Create(StrategyParameters parameters) => ReadThresholds(parameters);

    /// <inheritdoc />
    public Score ThresholdOf(BranchTier tier) => tier switch
    {
        BranchTier.Lagging => Score.Zero,
        BranchTier.Standard => standard,
        BranchTier.Advanced => advanced,
        BranchTier.Exemplary => exemplary,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Not a known tier."),
    };

    /// <inheritdoc />
    public TierDecision Decide(BranchScoreResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ByScore(result.Score);
    }

    /// <summary>Reads the three thresholds, each above the one below.</summary>
    internal static ScoreThresholdTierRule ReadThresholds(StrategyParameters parameters)
    {
        var standard = ScoringChecks.Positive(parameters, StandardizationStrategies.Standard);
        var advanced = parameters.Number(StandardizationStrategies.Advanced);
        var exemplary = parameters.Number(StandardizationStrategies.Exemplary);
        Ascending(parameters, StandardizationStrategies.Standard, standard, StandardizationStrategies.Advanced, advanced);
        Ascending(parameters, StandardizationStrategies.Advanced, advanced, StandardizationStrategies.Exemplary, exemplary);
        return new ScoreThresholdTierRule(new Score(standard), new Score(advanced), new Score(exemplary));
    }

    /// <summary>The tier a score is eligible for, as <see cref="ByScore"/> decides it, without its reason and texts.</summary>
    /// <param name="score">The branch's score.</param>
    /// <returns>The highest tier whose threshold the score reaches, or <see cref="BranchTier.Lagging"/>.</returns>
    internal BranchTier TierOf(Score score) =>
        score >= exemplary ? BranchTier.Exemplary
        : score >= advanced ? BranchTier.Advanced
        : score >= standard ? BranchTier.Standard
        : BranchTier.Lagging;

    /// <summary>Decides by the thresholds alone.</summary>
    internal TierDecision ByScore(Score score)
    {
        foreach (var tier in new[] { BranchTier.Exemplary, BranchTier.Advanced, BranchTier.Standard })
        {
            var threshold = ThresholdOf(tier);
            if (score >= threshold)
            {
                return new TierDecision(tier, $"{score} ≥ {TierKey(tier)} {threshold}") { Text = StandardizationTexts.Reaches(score, tier, TierKey(tier), threshold) };
            }
        }

        return new TierDecision(BranchTier.Lagging, $"{score} < {StandardizationStrategies.Standard} {standard}")
        {
            Text = StandardizationTexts.BelowStandard(score, standard),
        };
    }

    private static void Ascending(StrategyParameters parameters, string lowerName, decimal lower, string name, decimal value)
    {
        if (parameters.IsGiven(lowerName) && parameters.IsGiven(name) && value <= lower)
        {
            parameters.Fail(name, CommonErrorCodes.StrategyParameterInvalid, $"'{name}' must be above '{lowerName}'.");
        }
    }

    private static string TierKey(BranchTier tier) => tier.ToString().ToLowerInvariant();
}
