using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// The <see cref="ResponsibilityStrategies.LevelWeighted"/> strategy: <c>max-points × Σ wₗ·cₗ ÷ Σ wₗ</c> over the levels that have a
/// decided occurrence and a weight above 0, where <c>cₗ</c> is the level's mean completion (<see cref="LevelCompletion.MeanCompletion"/>).
/// A level the organization does not carry (a department's list has no supervising items) drops out and the remaining weights are
/// re-based. With no such level the score is <c>max-points</c>.
/// </summary>
/// <remarks>
/// Parameters: <see cref="ResponsibilityStrategies.MaxPoints"/> (default 100) and the four level weights
/// <see cref="ResponsibilityStrategies.WeightPrincipal"/>, <see cref="ResponsibilityStrategies.WeightAssisting"/>,
/// <see cref="ResponsibilityStrategies.WeightGuidingAndSupervising"/>, <see cref="ResponsibilityStrategies.WeightImplementing"/>,
/// proportions that add up to exactly 1 (defaults 0.5, 0.3, 0.2, 0: the project's illustration, 示例, not a figure from an article;
/// <see cref="ResponsibilitiesErrorCodes.ScoringWeightsSum"/> when they do not add up). Immutable and thread-safe.
/// </remarks>
internal sealed class LevelWeightedScoring : IResponsibilityScoringStrategy
{
    private static readonly ImmutableSortedDictionary<ResponsibilityLevel, decimal> DefaultWeights = ImmutableSortedDictionary.CreateRange(
    [
        new KeyValuePair<ResponsibilityLevel, decimal>(ResponsibilityLevel.Principal, 0.5m),
        new(ResponsibilityLevel.Assisting, 0.3m),
        new(ResponsibilityLevel.GuidingAndSupervising, 0.2m),
        new(ResponsibilityLevel.Implementing, 0m),
    ]);

    private readonly ImmutableSortedDictionary<ResponsibilityLevel, Proportion> _weights;

    /// <summary>Initializes the strategy.</summary>
    /// <param name="maxPoints">The top of the scale, above 0.</param>
    /// <param name="weights">A weight for every level; they add up to exactly 1.</param>
    /// <param name="parameters">The parameters in force, as read; <see langword="null"/> to write them from the values.</param>
    /// <param name="defaults">The names of the parameters whose default is in force.</param>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPoints"/> is not positive.</exception>
    /// <exception cref="ArgumentException">A level has no weight, or the weights do not add up to 1.</exception>
    public LevelWeightedScoring(
        Score maxPoints,
        IEnumerable<KeyValuePair<ResponsibilityLevel, Proportion>> weights,
        ValueDictionary<string>? parameters = null,
        IEnumerable<string>? defaults = null)
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
        Parameters = parameters ?? ValueDictionary.CreateRange(
            map.Select(w => new KeyValuePair<string, string>(ResponsibilityStrategies.WeightOf(w.Key), ResponsibilitiesTexts.Number(w.Value.Value)))
                .Append(new(ResponsibilityStrategies.MaxPoints, ResponsibilitiesTexts.Number(maxPoints.Value))));
        Defaults = [.. defaults ?? []];
    }

    /// <inheritdoc />
    public string Name => ResponsibilityStrategies.LevelWeighted;

    /// <inheritdoc />
    public Score MaxPoints { get; }

    /// <inheritdoc />
    public ValueDictionary<string> Parameters { get; }

    /// <summary>Gets the names of the parameters whose default is in force.</summary>
    public ImmutableHashSet<string> Defaults { get; }

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
            .Select(x => (x.Level, x.Weight, Items: x.Items.ToArray(), Completion: LevelCompletion.MeanCompletion(x.Items)!.Value))
            .ToArray();
        var weightSum = counted.Sum(x => x.Weight.Value);
        var weighted = counted.Sum(x => x.Weight.Value * x.Completion.Value);
        var value = weightSum == 0m ? MaxPoints : new Score(MaxPoints.Value * weighted / weightSum);
        return new ResponsibilityScore(value, null!) { Tree = new DeferredExplanation(() => Explain(counted, weightSum, value)) };
    }

    /// <summary>The score's explanation, a node per level counted over its items' own (built when read).</summary>
    private Explanation Explain((ResponsibilityLevel Level, Proportion Weight, ItemStatus[] Items, Proportion Completion)[] counted, decimal weightSum, Score value)
    {
        var levelNodes = counted.Select(x => Explanation.Formula(
            ResponsibilitiesLabels.Levels[x.Level],
            x.Weight.Value * x.Completion.Value,
            "weight-times-mean-completion",
            [new("weight", ResponsibilitiesTexts.Number(x.Weight.Value)), new("completion", ResponsibilitiesTexts.Number(x.Completion.Value))],
            x.Items.Select(i => i.Explanation)) with { Key = x.Level.ToString(), Citation = ResponsibilityCitations.ThreeLevelSplit });
        return Explanation.Formula(
            ResponsibilitiesTexts.LevelWeightedScore,
            value.Value,
            Name,
            Parameters.SetItem("countedWeight", ResponsibilitiesTexts.Number(weightSum)),
            levelNodes) with
        {
            Note = ResponsibilitiesTexts.Join(
                ResponsibilitiesTexts.Setting(ResponsibilitiesTexts.FullPoints, Parameters[ResponsibilityStrategies.MaxPoints], Defaults.Contains(ResponsibilityStrategies.MaxPoints)),
                ResponsibilitiesTexts.Weights(Enum.GetValues<ResponsibilityLevel>().Select(l => (l, WeightOf(l), Defaults.Contains(ResponsibilityStrategies.WeightOf(l))))),
                counted.Length == 0 ? ResponsibilitiesTexts.NoWeightedLevelDecidedFullPoints : null),
        };
    }

    /// <summary>The factory of <see cref="ResponsibilityStrategies.LevelWeighted"/>: the four weights, each 0 to 1, must add up to exactly 1.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The strategy, or <see langword="null"/> after a problem.</returns>
    internal static LevelWeightedScoring? Create(StrategyParameters parameters)
    {
        var max = ResponsibilityStrategies.ReadMaxPoints(parameters);
        var weights = DefaultWeights
            .Select(d => (Level: d.Key, Value: parameters.Number(ResponsibilityStrategies.WeightOf(d.Key), d.Value, 0m, 1m)))
            .ToList();
        if (weights.Any(w => !Proportion.IsValid(w.Value)))
        {
            return null;
        }

        if (weights.Sum(w => w.Value) != 1m)
        {
            parameters.Fail(
                string.Empty,
                ResponsibilitiesErrorCodes.ScoringWeightsSum,
                string.Create(CultureInfo.InvariantCulture, $"the level weights must add up to exactly 1; they add up to {weights.Sum(w => w.Value)}."));
            return null;
        }

        var names = Enum.GetValues<ResponsibilityLevel>().Select(ResponsibilityStrategies.WeightOf).Append(ResponsibilityStrategies.MaxPoints).ToArray();
        return max <= Common.Score.Zero
            ? null
            : new(max, weights.Select(w => new KeyValuePair<ResponsibilityLevel, Proportion>(w.Level, Proportion.Of(w.Value))), parameters.InForce, ResponsibilitiesTexts.DefaultsOf(parameters, names));
    }
}
