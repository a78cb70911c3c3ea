using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// The median, <see cref="DoubleReviewStrategies.Median"/> (中位数): the middle score, or the mean of the two middle scores
/// when their number is even.
/// </summary>
/// <remarks>Takes no parameters and ignores weights: every input counts once. Immutable and thread-safe.</remarks>
internal sealed class MedianAggregation : IRatingAggregation
{
    /// <summary>Gets the one instance.</summary>
    public static MedianAggregation Instance { get; } = new();

    /// <inheritdoc />
    public string Name => DoubleReviewStrategies.Median;

    /// <inheritdoc />
    public ValueDictionary<string> Parameters => default;

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
