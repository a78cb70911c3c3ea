using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// The <c>level-weighted</c> strategy: <c>maxPoints × Σ wₗ·cₗ ÷ Σ wₗ</c> over the levels that have a decided occurrence and a weight
/// above 0, where <c>cₗ</c> is the level's mean completion (<see cref="LevelCompletion.MeanCompletion"/>). A level the organization
/// does not carry (a department's list has no supervising items) drops out and the remaining weights are re-based. With no such level
/// the score is <c>maxPoints</c>.
/// </summary>
/// <remarks>
/// Parameters: <c>maxPoints</c> (default 100) and <c>weight.principal</c>, <c>weight.assisting</c>,
/// <c>weight.guidingAndSupervising</c>, <c>weight.implementing</c>, proportions that add up to exactly 1 (defaults 0.5, 0.3, 0.2, 0:
/// the project's illustration, not a figure from an article). Immutable and thread-safe.
/// </remarks>
public sealed class LevelWeightedScoring : IResponsibilityScoringStrategy
{
    /// <summary>The strategy's name.</summary>
    public const string StrategyName = "level-weighted";

    private readonly ImmutableSortedDictionary<ResponsibilityLevel, Proportion> _weights;

    /// <summary>Initializes the strategy.</summary>
    /// <param name="maxPoints">The top of the scale, above 0.</param>
    /// <param name="weights">A weight for every level; they add up to exactly 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPoints"/> is not positive.</exception>
    /// <exception cref="ArgumentException">A level has no weight, or the weights do not add up to 1.</exception>
    public LevelWeightedScoring(Score maxPoints, IEnumerable<KeyValuePair<ResponsibilityLevel, Proportion>> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (maxPoints <= Common.Score.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPoints), maxPoints, "The scale must be above 0.");
        }

        var map = weights.ToImmutableSortedDictionary();
        if (Enum.GetValues<ResponsibilityLevel>().Any(l => !map.ContainsKey(l)) || !Proportion.SumsToOne(map.Values))
        {
            throw new ArgumentException("Give every level a weight; the weights must add up to exactly 1.", nameof(weights));
        }

        MaxPoints = maxPoints;
        _weights = map;
    }

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public Score MaxPoints { get; }

    /// <inheritdoc />
    public ImmutableSortedDictionary<string, decimal> Parameters =>
        _weights.Select(w => new KeyValuePair<string, decimal>(ScoringParameters.WeightOf(w.Key), w.Value.Value))
            .Append(new KeyValuePair<string, decimal>(ScoringParameters.MaxPoints, MaxPoints.Value))
            .ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>Gets the weight of a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The weight.</returns>
    public Proportion WeightOf(ResponsibilityLevel level) => _weights.TryGetValue(level, out var w) ? w : Proportion.Zero;

    /// <inheritdoc />
    public ResponsibilityScore Score(IEnumerable<ItemStatus> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var all = items.OrderBy(i => i.ListId).ThenBy(i => i.ItemId).ToList();
        var counted = Enum.GetValues<ResponsibilityLevel>()
            .Select(l => (Level: l, Weight: WeightOf(l), Items: all.Where(i => i.Level == l && i.DecidedCount > 0).ToList()))
            .Where(x => x.Items.Count > 0 && x.Weight > Proportion.Zero)
            .Select(x => (x.Level, x.Weight, x.Items, Completion: LevelCompletion.MeanCompletion(x.Items)!.Value))
            .ToList();
        var weightSum = counted.Sum(x => x.Weight.Value);
        var weighted = counted.Sum(x => x.Weight.Value * x.Completion.Value);
        var value = weightSum == 0m ? MaxPoints : new Score(MaxPoints.Value * weighted / weightSum);
        var levelNodes = counted.Select(x => Explanation.Formula(
            ResponsibilitiesLabels.Levels[x.Level],
            x.Weight.Value * x.Completion.Value,
            "weight-times-mean-completion",
            [new("weight", x.Weight.Value.ToString(CultureInfo.InvariantCulture)), new("completion", x.Completion.Value.ToString(CultureInfo.InvariantCulture))],
            x.Items.Select(i => i.Explanation)) with { Key = x.Level.ToString(), Citation = ResponsibilityCitations.ThreeLevelSplit });
        var explanation = Explanation.Formula(
            new LocalizedText("责任清单得分（按责任层级加权）", "Responsibility score (weighted by level)"),
            value.Value,
            StrategyName,
            ScoringParameters.Format(Parameters).Append(new("countedWeight", weightSum.ToString(CultureInfo.InvariantCulture))),
            levelNodes) with { Note = counted.Count == 0 ? new LocalizedText("各加权层级均无已到期事项，按满分计", "No weighted level has a decided occurrence yet: full points.") : null };
        return new ResponsibilityScore(value, explanation);
    }
}
