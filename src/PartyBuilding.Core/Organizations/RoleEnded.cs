using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>A member's role in an organization ends (免职): kind <see cref="OrganizationEventKind.RoleEnded"/>.</summary>
/// <param name="Date">The date the role ends.</param>
/// <param name="OrganizationId">The organization.</param>
/// <param name="MemberId">The member, who holds the role.</param>
/// <param name="Role">The role.</param>
/// <param name="Note">A free-text note, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RoleEnded(LocalDate Date, OrganizationId OrganizationId, MemberId MemberId, PartyRole Role, string? Note = null) : OrganizationEvent(Date, Note)
{
    /// <inheritdoc />
    private protected override OrganizationEventKind EventKind => OrganizationEventKind.RoleEnded;

    internal override RegistryState ApplyTo(EventReplay replay) => replay.Apply(this);

    internal override bool Concerns(OrganizationId id) => OrganizationId == id;

    internal override IEnumerable<string> MissingFields() =>
        Missing((nameof(OrganizationId), OrganizationId.IsEmpty), (nameof(MemberId), MemberId.IsEmpty), (nameof(Role), Unset(Role)));
}
