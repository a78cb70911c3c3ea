using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>A probationary member becomes a full member (预备党员转正): kind <see cref="OrganizationEventKind.MemberConfirmed"/>.</summary>
/// <param name="Date">The date the member becomes full.</param>
/// <param name="MemberId">The member, a current probationary member.</param>
/// <param name="Note">A free-text note, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MemberConfirmed(LocalDate Date, MemberId MemberId, string? Note = null) : OrganizationEvent(Date, Note)
{
    /// <inheritdoc />
    private protected override OrganizationEventKind EventKind => OrganizationEventKind.MemberConfirmed;

    internal override RegistryState ApplyTo(EventReplay replay) => replay.Apply(this);

    internal override bool Concerns(OrganizationId id) => false;

    internal override IEnumerable<string> MissingFields() => Missing((nameof(MemberId), MemberId.IsEmpty));
}
