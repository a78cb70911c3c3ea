using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>An organization changes affiliation (变更隶属关系): it gets a new parent; kind <see cref="OrganizationEventKind.Reparented"/>.</summary>
/// <param name="Date">The date from which it sits under its new parent.</param>
/// <param name="OrganizationId">The organization.</param>
/// <param name="ParentId">The new parent.</param>
/// <param name="Note">A free-text note, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record OrganizationReparented(LocalDate Date, OrganizationId OrganizationId, OrganizationId ParentId, string? Note = null) : OrganizationEvent(Date, Note)
{
    /// <inheritdoc />
    private protected override OrganizationEventKind EventKind => OrganizationEventKind.Reparented;

    internal override RegistryState ApplyTo(EventReplay replay) => replay.Apply(this);

    internal override bool Concerns(OrganizationId id) => OrganizationId == id || ParentId == id;

    internal override IEnumerable<string> MissingFields() =>
        Missing((nameof(OrganizationId), OrganizationId.IsEmpty), (nameof(ParentId), ParentId.IsEmpty));
}
