using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// The median, <c>median</c> (中位数): the middle score, or the mean of the two middle scores when their number is even.
/// </summary>
/// <remarks>Takes no parameters and ignores weights: every input counts once. Immutable and thread-safe.</remarks>
public sealed class MedianAggregation : IRatingAggregation
{
    /// <summary>The strategy name: <c>median</c>.</summary>
    public const string StrategyName = "median";

    /// <summary>Gets the one instance.</summary>
    public static MedianAggregation Instance { get; } = new();

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public ImmutableSortedDictionary<string, string> Parameters => ImmutableSortedDictionary<string, string>.Empty;

    /// <inheritdoc />
    public AggregatedScore Aggregate(ImmutableArray<WeightedScore> inputs)
    {
        var ordered = AggregationInputs.Ordered(inputs);
        var middle = ordered.Length / 2;
        var value = ordered.Length % 2 == 1
            ? ordered[middle].Score.Value
            : (ordered[middle - 1].Score.Value + ordered[middle].Score.Value) / 2m;
        return new(new Score(value));
    }
}
