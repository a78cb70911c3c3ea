using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>A member's organizational relation is transferred to another branch (组织关系转接): kind <see cref="OrganizationEventKind.MemberTransferred"/>.</summary>
/// <param name="Date">The date of the transfer.</param>
/// <param name="OrganizationId">The branch or party group the member is transferred to.</param>
/// <param name="MemberId">The member.</param>
/// <param name="Note">A free-text note, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MemberTransferred(LocalDate Date, OrganizationId OrganizationId, MemberId MemberId, string? Note = null) : OrganizationEvent(Date, Note)
{
    /// <inheritdoc />
    private protected override OrganizationEventKind EventKind => OrganizationEventKind.MemberTransferred;

    internal override RegistryState ApplyTo(EventReplay replay) => replay.Apply(this);

    internal override bool Concerns(OrganizationId id) => OrganizationId == id;

    internal override IEnumerable<string> MissingFields() =>
        Missing((nameof(OrganizationId), OrganizationId.IsEmpty), (nameof(MemberId), MemberId.IsEmpty));
}
