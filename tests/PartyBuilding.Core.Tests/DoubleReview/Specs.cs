using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.Tests.DoubleReview;

/// <summary>The aggregation specifications the tests use, by the built-in names of <see cref="DoubleReviewStrategies"/>.</summary>
internal static class Specs
{
    public static StrategySpec WeightedMean { get; } = StrategySpec.Of(DoubleReviewStrategies.WeightedMean);

    public static StrategySpec Median { get; } = StrategySpec.Of(DoubleReviewStrategies.Median);

    public static StrategySpec TrimmedByCount(int count) =>
        StrategySpec.Of(DoubleReviewStrategies.TrimmedMean, (DoubleReviewStrategies.TrimmedMeanCount, count.ToString(CultureInfo.InvariantCulture)));

    public static StrategySpec TrimmedByShare(Share share) =>
        StrategySpec.Of(DoubleReviewStrategies.TrimmedMean, (DoubleReviewStrategies.TrimmedMeanShare, share.ToString()));
}
