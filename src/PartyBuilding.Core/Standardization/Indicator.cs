using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>One indicator of a catalogue (考核指标): what is checked, how many points it is worth, how it is scored and how the assessors check it.</summary>
/// <param name="Id">The indicator's identifier, unique within the catalogue.</param>
/// <param name="Title">What the indicator asks of a branch, in both languages.</param>
/// <param name="MaxPoints">The points it is worth (the cap of a bonus; zero for a veto).</param>
/// <param name="Method">The name of its scoring method in an <see cref="IndicatorScoringRegistry"/>, e.g. <c>deduction</c>.</param>
/// <param name="CheckedBy">How the assessors check it; at least one.</param>
/// <param name="Parameters">The method's parameters by name; empty or omitted for none.</param>
/// <param name="Illustrative">Whether the text is the project's illustration rather than taken from a source article.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record Indicator(
    IndicatorId Id,
    LocalizedText Title,
    Score MaxPoints,
    string Method,
    ImmutableArray<CheckMethod> CheckedBy,
    ImmutableSortedDictionary<string, decimal>? Parameters = null,
    bool Illustrative = false)
{
    /// <summary>Gets how the assessors check the indicator.</summary>
    public ImmutableArray<CheckMethod> CheckedBy { get; init; } = CheckedBy.IsDefault ? [] : CheckedBy;

    /// <summary>Gets the method's parameters by name (ordinal order).</summary>
    public ImmutableSortedDictionary<string, decimal> Parameters { get; init; } =
        (Parameters ?? ImmutableSortedDictionary<string, decimal>.Empty).WithComparers(StringComparer.Ordinal);

    /// <inheritdoc />
    public bool Equals(Indicator? other) =>
        other is not null
        && Id == other.Id
        && Title == other.Title
        && MaxPoints == other.MaxPoints
        && string.Equals(Method, other.Method, StringComparison.Ordinal)
        && CheckedBy.SequenceEqual(other.CheckedBy)
        && Parameters.SequenceEqual(other.Parameters)
        && Illustrative == other.Illustrative;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, MaxPoints, Method, CheckedBy.Length, Parameters.Count);
}
