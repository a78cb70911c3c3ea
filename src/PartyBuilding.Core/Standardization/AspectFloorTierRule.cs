using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Names the tier by score thresholds like <see cref="ScoreThresholdTierRule"/>, but only for a branch that reaches a
/// minimum share of every aspect's maximum: a branch strong overall but failing one aspect stays lagging. This suits
/// catalogues whose aspects must all be met, such as Gansu's "four strong" branch (四强党支部, article 004).
/// </summary>
/// <remarks>Parameters (all required): <c>standard</c>, <c>advanced</c>, <c>exemplary</c> as for <see cref="ScoreThresholdTierRule"/>, and <c>aspect-floor</c>, a share from 0 to 1.</remarks>
public sealed class AspectFloorTierRule : ITierRule
{
    /// <summary>The rule's name: <c>score-thresholds-aspect-floor</c>.</summary>
    public const string RuleName = "score-thresholds-aspect-floor";

    /// <summary>The parameter naming the share of each aspect's maximum a branch must reach to be named above lagging.</summary>
    public const string AspectFloor = "aspect-floor";

    /// <inheritdoc />
    public string Name => RuleName;

    /// <inheritdoc />
    public ImmutableArray<ParameterProblem> ValidateParameters(ImmutableSortedDictionary<string, decimal> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var problems = MethodParameters
            .Unknown(parameters, ScoreThresholdTierRule.Standard, ScoreThresholdTierRule.Advanced, ScoreThresholdTierRule.Exemplary, AspectFloor)
            .Concat(ScoreThresholdTierRule.ValidateThresholds(parameters))
            .ToImmutableArray();
        if (MethodParameters.Missing(parameters, AspectFloor) is { } missing)
        {
            return problems.Add(missing);
        }

        return Proportion.IsValid(parameters[AspectFloor])
            ? problems
            : problems.Add(MethodParameters.Invalid(AspectFloor, $"'{AspectFloor}' must be a share from 0 to 1."));
    }

    /// <inheritdoc />
    public Score ThresholdOf(BranchTier tier, ImmutableSortedDictionary<string, decimal> parameters)
    {
        MethodParameters.ThrowIfInvalid(ValidateParameters(parameters), Name);
        return ScoreThresholdTierRule.Threshold(tier, parameters);
    }

    /// <inheritdoc />
    public TierDecision Decide(BranchScoreResult result, ImmutableSortedDictionary<string, decimal> parameters)
    {
        ArgumentNullException.ThrowIfNull(result);
        MethodParameters.ThrowIfInvalid(ValidateParameters(parameters), Name);
        var floor = parameters[AspectFloor];
        var failing = result.Aspects
            .Where(a => a.MaxPoints.Value > 0m && a.Points.Value < a.MaxPoints.Value * floor)
            .Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.AspectId} {a.Points}/{a.MaxPoints}"))
            .ToList();
        if (failing.Count > 0)
        {
            return new TierDecision(
                BranchTier.Lagging,
                $"below the aspect floor {MethodParameters.Format(floor)} in {string.Join(", ", failing)}")
            {
                Text = new LocalizedText(
                    $"单项得分低于下限（满分的{MethodParameters.Format(floor)}）：{string.Join("、", failing)}",
                    $"below the aspect floor {MethodParameters.Format(floor)} in {string.Join(", ", failing)}"),
            };
        }

        return ScoreThresholdTierRule.ByScore(result.Score, parameters);
    }
}
