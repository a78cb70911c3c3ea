using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// The <c>proportional</c> strategy: <c>maxPoints × mean completion</c>, where an item's completion is its done occurrences over its
/// decided (done or overdue) ones and the mean is taken over items with at least one decided occurrence. With nothing decided yet the
/// score is <c>maxPoints</c>: nothing has been missed.
/// </summary>
/// <remarks>Parameters: <c>maxPoints</c> (default 100). Immutable and thread-safe.</remarks>
public sealed class ProportionalScoring : IResponsibilityScoringStrategy
{
    /// <summary>The strategy's name.</summary>
    public const string StrategyName = "proportional";

    /// <summary>Initializes the strategy.</summary>
    /// <param name="maxPoints">The top of the scale, above 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPoints"/> is not positive.</exception>
    public ProportionalScoring(Score maxPoints)
    {
        if (maxPoints <= Common.Score.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPoints), maxPoints, "The scale must be above 0.");
        }

        MaxPoints = maxPoints;
    }

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public Score MaxPoints { get; }

    /// <inheritdoc />
    public ImmutableSortedDictionary<string, decimal> Parameters =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, decimal>(ScoringParameters.MaxPoints, MaxPoints.Value)]);

    /// <inheritdoc />
    public ResponsibilityScore Score(IEnumerable<ItemStatus> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var decided = items.Where(i => i.DecidedCount > 0).OrderBy(i => i.ListId).ThenBy(i => i.ItemId).ToList();
        var mean = LevelCompletion.MeanCompletion(decided);
        var value = mean is { } m ? MaxPoints * m : MaxPoints;
        var meanNode = Explanation.Formula(
            new LocalizedText("平均完成率", "Mean completion"),
            mean?.Value ?? 1m,
            "mean",
            [new("items", decided.Count.ToString(CultureInfo.InvariantCulture))],
            decided.Select(i => i.Explanation));
        var explanation = Explanation.Formula(
            new LocalizedText("责任清单得分（按完成比例）", "Responsibility score (proportional)"),
            value.Value,
            StrategyName,
            ScoringParameters.Format(Parameters),
            [meanNode]) with { Note = decided.Count == 0 ? new LocalizedText("尚无已到期事项，按满分计", "No occurrence decided yet: full points.") : null };
        return new ResponsibilityScore(value, explanation);
    }
}
