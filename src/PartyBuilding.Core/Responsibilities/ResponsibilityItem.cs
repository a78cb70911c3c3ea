using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>One item of a responsibility list (责任事项): what must be done, at which level, and when it falls due.</summary>
/// <param name="Id">The item's identifier, unique within its list.</param>
/// <param name="Level">The level of responsibility the item belongs to.</param>
/// <param name="Content">What must be done, in both languages.</param>
/// <param name="Due">When it falls due.</param>
/// <param name="Citation">The rule or article the item comes from, or <see langword="null"/>.</param>
/// <param name="Illustrative">Whether the text is the project's illustration where the source gives no item text (示意).</param>
/// <param name="DefinitionId">The responsibility of the scheme this item implements, or <see langword="null"/>.</param>
/// <remarks>Immutable.</remarks>
public sealed record ResponsibilityItem(
    ResponsibilityItemId Id,
    ResponsibilityLevel Level,
    LocalizedText Content,
    DueRule Due,
    Citation? Citation = null,
    bool Illustrative = false,
    ResponsibilityItemId? DefinitionId = null);
