using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>A dated record that a responsibility item was carried out once (履责记录): a meeting held, a report filed.</summary>
/// <param name="ListId">The list the item belongs to.</param>
/// <param name="ItemId">The item.</param>
/// <param name="Date">The date it was carried out; it counts towards the window that contains it.</param>
/// <param name="Description">What was done, e.g. the minutes or document number.</param>
/// <remarks>Immutable.</remarks>
public sealed record EvidenceRecord(ResponsibilityListId ListId, ResponsibilityItemId ItemId, LocalDate Date, string Description);
