using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// Creates aggregation strategies by name from a scheme's specification, validating their parameters first.
/// </summary>
/// <remarks>
/// <see cref="Default"/> knows <c>weighted-mean</c>, <c>trimmed-mean</c> and <c>median</c>. A caller adds its own
/// strategy with <see cref="With"/>, which returns a new registry: a registry never changes. Immutable and thread-safe.
/// </remarks>
public sealed class RatingAggregationRegistry
{
    private readonly ImmutableSortedDictionary<string, Func<AggregationSpec, RatingAggregationCreation>> _factories;

    private RatingAggregationRegistry(ImmutableSortedDictionary<string, Func<AggregationSpec, RatingAggregationCreation>> factories) =>
        _factories = factories;

    /// <summary>Gets the registry of the built-in strategies.</summary>
    public static RatingAggregationRegistry Default { get; } = new(
        ImmutableSortedDictionary.Create<string, Func<AggregationSpec, RatingAggregationCreation>>(StringComparer.Ordinal)
            .Add(WeightedMeanAggregation.StrategyName, spec => WithoutParameters(spec, WeightedMeanAggregation.Instance))
            .Add(MedianAggregation.StrategyName, spec => WithoutParameters(spec, MedianAggregation.Instance))
            .Add(TrimmedMeanAggregation.StrategyName, TrimmedMeanAggregation.Create));

    /// <summary>Gets the registered names, in ordinal order.</summary>
    public ImmutableArray<string> Names => [.. _factories.Keys];

    /// <summary>Returns a registry that also knows (or replaces) a strategy.</summary>
    /// <param name="name">The strategy name.</param>
    /// <param name="factory">Creates the strategy from a specification, or reports every problem with its parameters.</param>
    /// <returns>The new registry.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    public RatingAggregationRegistry With(string name, Func<AggregationSpec, RatingAggregationCreation> factory)
    {
        Common.Guard.NotBlank(name);
        ArgumentNullException.ThrowIfNull(factory);
        return new(_factories.SetItem(name, factory));
    }

    /// <summary>Creates a strategy, or reports every problem with the specification.</summary>
    /// <param name="spec">The specification.</param>
    /// <returns>The strategy or the problems (paths relative to the specification).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="spec"/> is <see langword="null"/>.</exception>
    public RatingAggregationCreation TryCreate(AggregationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return _factories.TryGetValue(spec.Name, out var factory)
            ? factory(spec)
            : new(null, [new ValidationProblem(
                "name",
                DoubleReviewErrorCodes.UnknownStrategy,
                $"No aggregation strategy is named '{spec.Name}'; known: {string.Join(", ", _factories.Keys)}.",
                spec.Name)]);
    }

    /// <summary>Creates a strategy.</summary>
    /// <param name="spec">The specification.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="spec"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The name is unknown or the parameters are bad; every problem is listed.</exception>
    public IRatingAggregation Create(AggregationSpec spec)
    {
        var creation = TryCreate(spec);
        return creation.Aggregation ?? throw new PartyBuildingValidationException("aggregation strategy", creation.Problems);
    }

    internal static ValidationProblem Problem(string parameter, string message, string? value) =>
        new(parameter.Length == 0 ? "parameters" : "parameters." + parameter, DoubleReviewErrorCodes.StrategyParameter, message, value);

    private static RatingAggregationCreation WithoutParameters(AggregationSpec spec, IRatingAggregation aggregation) =>
        spec.Parameters.IsEmpty
            ? new(aggregation, [])
            : new(null, [.. spec.Parameters.Keys.Select(k => Problem(k, $"'{spec.Name}' takes no parameters.", k))]);
}
