using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>An area (方面) under which a rectification ledger groups its problems, e.g. "practising the two upholds".</summary>
/// <param name="Id">The area's identifier, unique within the ledger.</param>
/// <param name="Title">The area's title.</param>
/// <remarks>Immutable.</remarks>
public sealed record RectificationArea(RectificationAreaId Id, LocalizedText Title);
