using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>The outcome of creating an aggregation strategy from a specification: the strategy, or every problem with its parameters.</summary>
/// <remarks>Problem paths are relative to the specification (e.g. <c>parameters.count</c>). Immutable and thread-safe.</remarks>
public sealed record RatingAggregationCreation
{
    /// <summary>Initializes an outcome.</summary>
    /// <param name="aggregation">The strategy, or <see langword="null"/> when the specification is not valid.</param>
    /// <param name="problems">The problems found; empty when valid.</param>
    public RatingAggregationCreation(IRatingAggregation? aggregation, ImmutableArray<ValidationProblem> problems)
    {
        Aggregation = aggregation;
        Problems = problems.IsDefault ? [] : problems;
    }

    /// <summary>Gets the strategy, or <see langword="null"/> when the specification is not valid.</summary>
    public IRatingAggregation? Aggregation { get; }

    /// <summary>Gets the problems found; empty when valid.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    /// <inheritdoc />
    public bool Equals(RatingAggregationCreation? other) =>
        other is not null && ReferenceEquals(Aggregation, other.Aggregation) && Problems.SequenceEqual(other.Problems);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Aggregation, Problems.Length);
}
