using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Names the tier by score thresholds on the 100-point scale: the highest of <c>standard</c>, <c>advanced</c> and
/// <c>exemplary</c> that the score reaches (score ≥ threshold); below <c>standard</c> the branch is lagging.
/// </summary>
/// <remarks>Parameters (all required): 0 &lt; standard &lt; advanced &lt; exemplary.</remarks>
public sealed class ScoreThresholdTierRule : ITierRule
{
    /// <summary>The rule's name: <c>score-thresholds</c>.</summary>
    public const string RuleName = "score-thresholds";

    /// <summary>The parameter naming the lowest score of a standard branch.</summary>
    public const string Standard = "standard";

    /// <summary>The parameter naming the lowest score of an advanced branch.</summary>
    public const string Advanced = "advanced";

    /// <summary>The parameter naming the lowest score of an exemplary branch.</summary>
    public const string Exemplary = "exemplary";

    /// <inheritdoc />
    public string Name => RuleName;

    /// <inheritdoc />
    public ImmutableArray<ParameterProblem> ValidateParameters(ImmutableSortedDictionary<string, decimal> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return [.. MethodParameters.Unknown(parameters, Standard, Advanced, Exemplary), .. ValidateThresholds(parameters)];
    }

    /// <inheritdoc />
    public Score ThresholdOf(BranchTier tier, ImmutableSortedDictionary<string, decimal> parameters)
    {
        MethodParameters.ThrowIfInvalid(ValidateParameters(parameters), Name);
        return Threshold(tier, parameters);
    }

    /// <inheritdoc />
    public TierDecision Decide(BranchScoreResult result, ImmutableSortedDictionary<string, decimal> parameters)
    {
        ArgumentNullException.ThrowIfNull(result);
        MethodParameters.ThrowIfInvalid(ValidateParameters(parameters), Name);
        return ByScore(result.Score, parameters);
    }

    internal static IEnumerable<ParameterProblem> ValidateThresholds(ImmutableSortedDictionary<string, decimal> parameters)
    {
        var missing = new[] { Standard, Advanced, Exemplary }.Select(n => MethodParameters.Missing(parameters, n)).OfType<ParameterProblem>().ToList();
        if (missing.Count > 0)
        {
            return missing;
        }

        var problems = new List<ParameterProblem>();
        if (parameters[Standard] <= 0m)
        {
            problems.Add(MethodParameters.Invalid(Standard, $"'{Standard}' must be above 0."));
        }

        if (parameters[Advanced] <= parameters[Standard])
        {
            problems.Add(MethodParameters.Invalid(Advanced, $"'{Advanced}' must be above '{Standard}'."));
        }

        if (parameters[Exemplary] <= parameters[Advanced])
        {
            problems.Add(MethodParameters.Invalid(Exemplary, $"'{Exemplary}' must be above '{Advanced}'."));
        }

        return problems;
    }

    internal static Score Threshold(BranchTier tier, ImmutableSortedDictionary<string, decimal> parameters) => tier switch
    {
        BranchTier.Lagging => Score.Zero,
        BranchTier.Standard => new Score(parameters[Standard]),
        BranchTier.Advanced => new Score(parameters[Advanced]),
        BranchTier.Exemplary => new Score(parameters[Exemplary]),
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Not a known tier."),
    };

    internal static TierDecision ByScore(Score score, ImmutableSortedDictionary<string, decimal> parameters)
    {
        foreach (var tier in new[] { BranchTier.Exemplary, BranchTier.Advanced, BranchTier.Standard })
        {
            var threshold = Threshold(tier, parameters);
            if (score >= threshold)
            {
                return new TierDecision(tier, $"{score} ≥ {TierKey(tier)} {threshold}")
                {
                    Text = new LocalizedText($"{score} ≥ {StandardizationLabels.BranchTiers[tier].ZhCn}分数线{threshold}", $"{score} ≥ {TierKey(tier)} {threshold}"),
                };
            }
        }

        var standard = Threshold(BranchTier.Standard, parameters);
        return new TierDecision(BranchTier.Lagging, $"{score} < {Standard} {standard}")
        {
            Text = new LocalizedText($"{score} < {StandardizationLabels.BranchTiers[BranchTier.Standard].ZhCn}分数线{standard}", $"{score} < {Standard} {standard}"),
        };
    }

    private static string TierKey(BranchTier tier) => tier.ToString().ToLowerInvariant();
}
