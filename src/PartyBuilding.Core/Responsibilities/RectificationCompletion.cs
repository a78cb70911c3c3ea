using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The completion of a rectification measure (整改销号), with its evidence.</summary>
/// <param name="Date">The date the measure was completed.</param>
/// <param name="Evidence">What shows it, e.g. a document number or the minutes of a meeting.</param>
/// <remarks>Immutable.</remarks>
public sealed record RectificationCompletion(LocalDate Date, string Evidence);
