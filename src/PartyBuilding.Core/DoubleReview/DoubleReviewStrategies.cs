using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// The strategies a double-review scheme chooses by name (双述双评的汇总方法): the rating aggregations that turn a rater
/// group's ballots into the group's score and the group and component scores into the combined score.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> holds the built-ins, <see cref="WeightedMean"/>, <see cref="TrimmedMean"/> and
/// <see cref="Median"/>. A caller adds its own aggregation with
/// <c>DoubleReviewStrategies.Default with { Aggregations = DoubleReviewStrategies.Default.Aggregations.With("highest", _ => new Highest()) }</c>
/// and passes the result to <see cref="DoubleReviewEngine.Validate"/> and <see cref="DoubleReviewEngine.Evaluate"/>.</para>
/// <para>A scheme names an aggregation with a <see cref="StrategySpec"/>, e.g.
/// <c>{ "name": "trimmed-mean", "parameters": { "count": "1" } }</c>; every problem with it is reported in one pass with a
/// <c>COMMON.STRATEGY_*</c> code at its path (<c>Scheme.Groups[0].Aggregation.Parameters.count</c>). Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Aggregations">The rating aggregations, by name.</param>
public sealed record DoubleReviewStrategies(StrategyRegistry<IRatingAggregation> Aggregations)
{
    /// <summary>The weighted mean, <c>weighted-mean</c> (加权平均): Σ wᵢ·xᵢ ÷ Σ wᵢ; no parameters.</summary>
    public const string WeightedMean = "weighted-mean";

    /// <summary>
    /// The trimmed mean, <c>trimmed-mean</c> (去掉最高分和最低分后取平均): exactly one of <see cref="TrimmedMeanCount"/> and
    /// <see cref="TrimmedMeanShare"/>.
    /// </summary>
    public const string TrimmedMean = "trimmed-mean";

    /// <summary>The median, <c>median</c> (中位数); no parameters.</summary>
    public const string Median = "median";

    /// <summary>The trimmed mean's parameter giving a number of scores to drop at each end, a whole number 0 or more: <c>count</c>.</summary>
    public const string TrimmedMeanCount = "count";

    /// <summary>
    /// The trimmed mean's parameter giving a share of the scores to drop at each end, at least 0 and below 1/2, written as a
    /// fraction (<c>1/3</c>) or a decimal (<c>0.1</c>), rounded down to whole scores: <c>share</c>.
    /// </summary>
    public const string TrimmedMeanShare = "share";

    /// <summary>Gets the built-in strategies.</summary>
    public static DoubleReviewStrategies Default { get; } = new(
        StrategyRegistry.Empty<IRatingAggregation>()
            .With(WeightedMean, _ => WeightedMeanAggregation.Instance)
            .With(Median, _ => MedianAggregation.Instance)
            .With(TrimmedMean, TrimmedMeanAggregation.Create));

    /// <summary>Gets the rating aggregations, by name.</summary>
    public StrategyRegistry<IRatingAggregation> Aggregations { get; init; } = Guard.NotNull(Aggregations);
}
