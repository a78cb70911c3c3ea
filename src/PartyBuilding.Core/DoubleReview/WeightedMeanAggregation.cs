using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// The weighted mean, <see cref="DoubleReviewStrategies.WeightedMean"/>: Σ wᵢ·xᵢ ÷ Σ wᵢ. Over the ballots of one group
/// (every weight one) it is the arithmetic mean; over rater groups it weighs each group by the scheme's weight (加权平均).
/// </summary>
/// <remarks>Takes no parameters. The division is exact to the 28 significant digits of <see cref="decimal"/>. Immutable and thread-safe.</remarks>
internal sealed class WeightedMeanAggregation : IRatingAggregation
{
    /// <summary>Gets the one instance.</summary>
    public static WeightedMeanAggregation Instance { get; } = new();

    /// <inheritdoc />
    public string Name => DoubleReviewStrategies.WeightedMean;

    /// <inheritdoc />
    public ValueDictionary<string> Parameters => default;

    /// <inheritdoc />
    public AggregatedScore Aggregate(ImmutableArray<WeightedScore> inputs) =>
        new(AggregationInputs.WeightedMean(AggregationInputs.Ordered(inputs)));
}
