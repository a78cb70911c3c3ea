using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>The outcome of an aggregation: the exact value and the keys of the inputs it left out (e.g. trimmed ratings).</summary>
/// <remarks>Immutable and thread-safe; value-equal.</remarks>
public sealed record AggregatedScore
{
    /// <summary>Initializes an outcome.</summary>
    /// <param name="value">The exact aggregated value.</param>
    /// <param name="excluded">The keys of inputs that were left out, in ordinal order; empty for none.</param>
    public AggregatedScore(Score value, ValueArray<string> excluded = default)
    {
        Value = value;
        Excluded = excluded.AsImmutableArray().Sort(StringComparer.Ordinal);
    }

    /// <summary>Gets the exact aggregated value.</summary>
    public Score Value { get; }

    /// <summary>Gets the keys of the inputs left out, in ordinal order.</summary>
    public ValueArray<string> Excluded { get; }

}
