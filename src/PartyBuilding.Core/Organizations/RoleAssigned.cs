using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>A member takes a role in an organization (任职): kind <see cref="OrganizationEventKind.RoleAssigned"/>.</summary>
/// <param name="Date">The date from which the member holds the role.</param>
/// <param name="OrganizationId">The organization.</param>
/// <param name="MemberId">The member.</param>
/// <param name="Role">The role.</param>
/// <param name="Note">A free-text note, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RoleAssigned(LocalDate Date, OrganizationId OrganizationId, MemberId MemberId, PartyRole Role, string? Note = null) : OrganizationEvent(Date, Note)
{
    /// <inheritdoc />
    private protected override OrganizationEventKind EventKind => OrganizationEventKind.RoleAssigned;

    internal override RegistryState ApplyTo(EventReplay replay) => replay.AssignRole(OrganizationId, MemberId, Role, Date);

    internal override bool Concerns(OrganizationId id) => OrganizationId == id;

    internal override IEnumerable<string> MissingFields() =>
        Missing((nameof(OrganizationId), OrganizationId.IsEmpty), (nameof(MemberId), MemberId.IsEmpty), (nameof(Role), Unset(Role)));
}
