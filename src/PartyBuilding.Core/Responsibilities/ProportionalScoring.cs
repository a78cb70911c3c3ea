using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// The <see cref="ResponsibilityStrategies.Proportional"/> strategy: <c>max-points × mean completion</c>, where an item's completion is
/// its done occurrences over its decided (done or overdue) ones and the mean is taken over items with at least one decided occurrence.
/// With nothing decided yet the score is <c>max-points</c>: nothing has been missed.
/// </summary>
/// <remarks>Parameters: <see cref="ResponsibilityStrategies.MaxPoints"/> (default 100). Immutable and thread-safe.</remarks>
internal sealed class ProportionalScoring : IResponsibilityScoringStrategy
{
    /// <summary>Initializes the strategy.</summary>
    /// <param name="maxPoints">The top of the scale, above 0.</param>
    /// <param name="parameters">The parameters in force, as read; <see langword="null"/> to write them from the values.</param>
    /// <param name="defaults">The names of the parameters whose default is in force.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPoints"/> is not positive.</exception>
    public ProportionalScoring(Score maxPoints, ValueDictionary<string>? parameters = null, IEnumerable<string>? defaults = null)
    {
        if (maxPoints <= Common.Score.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPoints), maxPoints, "The scale must be above 0.");
        }

        MaxPoints = maxPoints;
        Parameters = parameters ?? ValueDictionary.Of((ResponsibilityStrategies.MaxPoints, ResponsibilitiesTexts.Number(maxPoints.Value)));
        Defaults = [.. defaults ?? []];
    }

    /// <inheritdoc />
    public string Name => ResponsibilityStrategies.Proportional;

    /// <inheritdoc />
    public Score MaxPoints { get; }

    /// <inheritdoc />
    public ValueDictionary<string> Parameters { get; }

    /// <summary>Gets the names of the parameters whose default is in force.</summary>
    public ImmutableHashSet<string> Defaults { get; }

    /// <inheritdoc />
    public ResponsibilityScore Score(IEnumerable<ItemStatus> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var decided = items.Where(i => i.DecidedCount > 0).OrderBy(i => i.ListId).ThenBy(i => i.ItemId).ToList();
        var mean = LevelCompletion.MeanCompletion(decided);
        var value = mean is { } m ? MaxPoints * m : MaxPoints;
        var counted = decided.ToArray();
        return new ResponsibilityScore(value, null!) { Tree = new DeferredExplanation(() => Explain(counted, mean, value)) };
    }

    /// <summary>The score's explanation, over the items' own (built when read).</summary>
    private Explanation Explain(ItemStatus[] decided, Proportion? mean, Score value)
    {
        var meanNode = Explanation.Formula(
            ResponsibilitiesTexts.MeanCompletion,
            mean?.Value ?? 1m,
            "mean",
            [new("items", decided.Length.ToString(CultureInfo.InvariantCulture))],
            decided.Select(i => i.Explanation));
        return Explanation.Formula(
            ResponsibilitiesTexts.ProportionalScore,
            value.Value,
            Name,
            Parameters,
            [meanNode]) with
        {
            Note = ResponsibilitiesTexts.Join(
                ResponsibilitiesTexts.Setting(ResponsibilitiesTexts.FullPoints, Parameters[ResponsibilityStrategies.MaxPoints], Defaults.Contains(ResponsibilityStrategies.MaxPoints)),
                decided.Length == 0 ? ResponsibilitiesTexts.NothingDecidedFullPoints : null),
        };
    }

    /// <summary>The factory of <see cref="ResponsibilityStrategies.Proportional"/>.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The strategy, or <see langword="null"/> after a problem.</returns>
    internal static ProportionalScoring? Create(StrategyParameters parameters)
    {
        var max = ResponsibilityStrategies.ReadMaxPoints(parameters);
        return max <= Common.Score.Zero ? null : new(max, parameters.InForce, ResponsibilitiesTexts.DefaultsOf(parameters, ResponsibilityStrategies.MaxPoints));
    }
}
