using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>How one aspect of the catalogue scored for one branch: the sum of its indicators.</summary>
/// <param name="AspectId">The aspect.</param>
/// <param name="Title">The aspect's name.</param>
/// <param name="MaxPoints">The maximum points of its counting indicators.</param>
/// <param name="Points">The points earned, bonus included: the exact sum of <paramref name="Indicators"/>.</param>
/// <param name="Indicators">Its indicators' results, in catalogue order.</param>
/// <param name="Explanation">The sum node of the indicators' explanations.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record AspectResult(
    AspectId AspectId,
    LocalizedText Title,
    Score MaxPoints,
    Score Points,
    ImmutableArray<IndicatorResult> Indicators,
    Explanation Explanation)
{
    /// <summary>Gets its indicators' results, in catalogue order.</summary>
    public ImmutableArray<IndicatorResult> Indicators { get; init; } = Indicators.IsDefault ? [] : Indicators;

    /// <inheritdoc />
    public bool Equals(AspectResult? other) =>
        other is not null
        && AspectId == other.AspectId
        && Title == other.Title
        && MaxPoints == other.MaxPoints
        && Points == other.Points
        && Explanation == other.Explanation
        && Indicators.SequenceEqual(other.Indicators);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AspectId, Points, Indicators.Length);
}
