using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>A responsibility defined by a scheme (e.g. one of Shandong's 27), which organizations' list items implement.</summary>
/// <param name="Id">The responsibility's identifier, unique within the scheme.</param>
/// <param name="Level">Its level.</param>
/// <param name="Content">What it requires.</param>
/// <param name="Citation">Where it comes from, or <see langword="null"/>.</param>
/// <param name="Illustrative">Whether the text is the project's illustration where the source gives none.</param>
/// <remarks>Immutable.</remarks>
public sealed record ResponsibilityDefinition(
    ResponsibilityItemId Id,
    ResponsibilityLevel Level,
    LocalizedText Content,
    Citation? Citation = null,
    bool Illustrative = false);
