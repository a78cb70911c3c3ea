namespace PartyBuilding.Core.DoubleReview;

/// <summary>Names an aggregation strategy and its parameters, as a scheme gives them (e.g. <c>trimmed-mean</c> with <c>count = 1</c>).</summary>
/// <remarks>Parameters are text, as written in the scheme; the strategy's factory parses and validates them. Immutable and thread-safe.</remarks>
public sealed record AggregationSpec
{
    /// <summary>Initializes a specification.</summary>
    /// <param name="name">The registered strategy name.</param>
    /// <param name="parameters">The parameters by name; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public AggregationSpec(string name, ImmutableSortedDictionary<string, string>? parameters = null)
    {
        Name = Common.Guard.NotBlank(name);
        Parameters = (parameters ?? ImmutableSortedDictionary<string, string>.Empty).WithComparers(StringComparer.Ordinal);
    }

    /// <summary>Gets the registered strategy name.</summary>
    public string Name { get; }

    /// <summary>Gets the parameters by name, in ordinal order.</summary>
    public ImmutableSortedDictionary<string, string> Parameters { get; }

    /// <summary>Gets the plain weighted mean, <c>weighted-mean</c> without parameters.</summary>
    public static AggregationSpec WeightedMean { get; } = new(WeightedMeanAggregation.StrategyName);

    /// <summary>Gets the median, <c>median</c> without parameters.</summary>
    public static AggregationSpec Median { get; } = new(MedianAggregation.StrategyName);

    /// <summary>Gets a trimmed mean that drops a number of the highest and as many of the lowest ratings.</summary>
    /// <param name="count">How many to drop at each end, 0 or more.</param>
    /// <returns>The specification.</returns>
    public static AggregationSpec TrimmedByCount(int count) => new(
        TrimmedMeanAggregation.StrategyName,
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal)
            .Add(TrimmedMeanAggregation.CountParameter, count.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Gets a trimmed mean that drops a share of the ratings at each end (rounded down to whole ratings).</summary>
    /// <param name="share">The share to drop at each end, at least 0 and below 1/2, e.g. <c>Share.FromDecimal(0.1m)</c> or <c>Share.Of(1, 3)</c>.</param>
    /// <returns>The specification; the parameter is written as the share was (<c>0.1</c>, <c>1/3</c>).</returns>
    public static AggregationSpec TrimmedByShare(Common.Share share) => new(
        TrimmedMeanAggregation.StrategyName,
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal)
            .Add(TrimmedMeanAggregation.ShareParameter, share.ToString()));

    /// <inheritdoc />
    public bool Equals(AggregationSpec? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Parameters.SequenceEqual(other.Parameters);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Parameters.Count);

    /// <summary>Formats the specification, e.g. <c>trimmed-mean(count=1)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Parameters.IsEmpty ? Name : $"{Name}({string.Join(", ", Parameters.Select(p => p.Key + "=" + p.Value))})";
}
