using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>A member leaves the committee's organizations (转出/离开): kind <see cref="OrganizationEventKind.MemberLeft"/>; the member's roles end with it.</summary>
/// <param name="Date">The date the member leaves.</param>
/// <param name="MemberId">The member, a current member.</param>
/// <param name="Reason">
/// Why the member leaves: transfer out, death, removal, withdrawal or expulsion; <see langword="null"/> when not recorded.
/// </param>
/// <param name="Note">A free-text note, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MemberLeft(LocalDate Date, MemberId MemberId, MembershipChangeReason? Reason = null, string? Note = null) : OrganizationEvent(Date, Note)
{
    /// <inheritdoc />
    private protected override OrganizationEventKind EventKind => OrganizationEventKind.MemberLeft;

    internal override MembershipChangeReason? ChangeReason => Reason;

    internal override RegistryState ApplyTo(EventReplay replay) => replay.Apply(this);

    internal override bool Concerns(OrganizationId id) => false;

    internal override IEnumerable<string> MissingFields() => Missing((nameof(MemberId), MemberId.IsEmpty));
}
