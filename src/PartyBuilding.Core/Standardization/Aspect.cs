using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>An aspect of a catalogue (建设方面), e.g. ideology or organization, grouping its indicators.</summary>
/// <param name="Id">The aspect's identifier, unique within the catalogue.</param>
/// <param name="Title">The aspect's name in both languages.</param>
/// <param name="Indicators">Its indicators, in the catalogue's order; at least one.</param>
/// <param name="Illustrative">Whether the name is the project's illustration rather than taken from a source article.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record Aspect(AspectId Id, LocalizedText Title, ValueArray<Indicator> Indicators, bool Illustrative = false);
