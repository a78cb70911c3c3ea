using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>Which scoring strategy a scheme uses and with which parameters.</summary>
/// <param name="Strategy">The strategy's name, e.g. <c>proportional</c>; see <see cref="ResponsibilityScoringStrategies"/>.</param>
/// <param name="Parameters">Its parameters by name; <see langword="null"/> reads as none (the strategy's defaults).</param>
/// <remarks>Immutable; equality is by value over the parameters.</remarks>
public sealed record ScoringConfiguration(string Strategy, ImmutableSortedDictionary<string, decimal>? Parameters = null)
{
    /// <summary>Gets the parameters, never <see langword="null"/>.</summary>
    public ImmutableSortedDictionary<string, decimal> Parameters { get; init; } =
        Parameters ?? ImmutableSortedDictionary<string, decimal>.Empty.WithComparers(StringComparer.Ordinal);

    /// <inheritdoc />
    public bool Equals(ScoringConfiguration? other) =>
        other is not null && string.Equals(Strategy, other.Strategy, StringComparison.Ordinal) && Parameters.SequenceEqual(other.Parameters);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Strategy, Parameters.Count);
}
