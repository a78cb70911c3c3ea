using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>The outcome of an aggregation: the exact value and the keys of the inputs it left out (e.g. trimmed ratings).</summary>
/// <remarks>Immutable and thread-safe; equality compares <see cref="Excluded"/> by content.</remarks>
public sealed record AggregatedScore
{
    /// <summary>Initializes an outcome.</summary>
    /// <param name="value">The exact aggregated value.</param>
    /// <param name="excluded">The keys of inputs that were left out, in ordinal order; empty for none.</param>
    public AggregatedScore(Score value, ImmutableArray<string> excluded = default)
    {
        Value = value;
        Excluded = excluded.IsDefault ? [] : excluded.Sort(StringComparer.Ordinal);
    }

    /// <summary>Gets the exact aggregated value.</summary>
    public Score Value { get; }

    /// <summary>Gets the keys of the inputs left out, in ordinal order.</summary>
    public ImmutableArray<string> Excluded { get; }

    /// <inheritdoc />
    public bool Equals(AggregatedScore? other) => other is not null && Value == other.Value && Excluded.SequenceEqual(other.Excluded);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Excluded.Length);
}
