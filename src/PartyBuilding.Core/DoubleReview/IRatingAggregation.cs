using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// A named strategy that aggregates scores into one: the ballots of a rater group into the group's score, or the
/// group scores into an organization's combined score.
/// </summary>
/// <remarks>
/// Implementations are immutable, thread-safe and independent of input order: they order inputs by score and then by
/// key before anything else, so the same multiset of inputs always gives the same value and the same excluded keys.
/// The built-ins are named by <see cref="DoubleReviewStrategies"/>; a caller registers its own in
/// <see cref="DoubleReviewStrategies.Aggregations"/>.
/// </remarks>
public interface IRatingAggregation
{
    /// <summary>Gets the stable strategy name, e.g. <c>trimmed-mean</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Gets every parameter in force, given or default, by name (for explanations): a factory passes
    /// <see cref="Strategies.StrategyParameters.InForce"/> after reading its parameters.
    /// </summary>
    ValueDictionary<string> Parameters { get; }

    /// <summary>Aggregates scores.</summary>
    /// <param name="inputs">The inputs; at least one, keys unique, total weight above zero.</param>
    /// <returns>
    /// The exact aggregated value, which lies between the lowest and the highest input score (every built-in strategy is a
    /// mean of its inputs), and the keys left out, each one of the inputs' keys. <see cref="DoubleReviewEngine"/> checks
    /// both and refuses a result that breaks them with an <see cref="InvalidOperationException"/> naming the strategy.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> is empty or default, repeats a key, or weighs nothing.</exception>
    AggregatedScore Aggregate(ImmutableArray<WeightedScore> inputs);
}
