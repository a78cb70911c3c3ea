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
    ValueArray<IndicatorResult> Indicators,
    Explanation Explanation);
