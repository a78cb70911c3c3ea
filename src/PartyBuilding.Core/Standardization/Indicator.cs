using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.Standardization;

/// <summary>One indicator of a catalogue (考核指标): what is checked, how many points it is worth, how it is scored and how the assessors check it.</summary>
/// <param name="Id">The indicator's identifier, unique within the catalogue.</param>
/// <param name="Title">What the indicator asks of a branch, in both languages.</param>
/// <param name="MaxPoints">The points it is worth (the cap of a bonus; zero for a veto).</param>
/// <param name="Scoring">Its scoring method, by a name of <see cref="StandardizationStrategies.Scoring"/> with its parameters, e.g. <c>deduction</c> with <c>per-occurrence = 1.5</c>.</param>
/// <param name="CheckedBy">How the assessors check it; at least one.</param>
/// <param name="Illustrative">Whether the text is the project's illustration rather than taken from a source article.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record Indicator(
    IndicatorId Id,
    LocalizedText Title,
    Score MaxPoints,
    StrategySpec Scoring,
    ValueArray<CheckMethod> CheckedBy,
    bool Illustrative = false)
{
    /// <summary>Gets its scoring method with its parameters.</summary>
    public StrategySpec Scoring { get; init; } = Guard.NotNull(Scoring);
}
