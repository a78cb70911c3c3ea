using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>A member joins a branch (接收/入党): kind <see cref="OrganizationEventKind.MemberJoined"/>.</summary>
/// <param name="Date">The date the member joins (for an admitted member, the start of probation).</param>
/// <param name="OrganizationId">The branch or party group joined.</param>
/// <param name="MemberId">The new member, not a current member.</param>
/// <param name="Name">The member's name.</param>
/// <param name="Status">Full or probationary.</param>
/// <param name="Reason">
/// Why the member joins: <see cref="MembershipChangeReason.Admitted"/> (joins as probationary) or
/// <see cref="MembershipChangeReason.TransferredIn"/>; <see langword="null"/> when not recorded.
/// </param>
/// <param name="Note">A free-text note, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MemberJoined(
    LocalDate Date,
    OrganizationId OrganizationId,
    MemberId MemberId,
    string Name,
    MembershipStatus Status,
    MembershipChangeReason? Reason = null,
    string? Note = null) : OrganizationEvent(Date, Note)
{
    /// <inheritdoc />
    private protected override OrganizationEventKind EventKind => OrganizationEventKind.MemberJoined;

    internal override MembershipChangeReason? ChangeReason => Reason;

    internal override RegistryState ApplyTo(EventReplay replay) => replay.Apply(this);

    internal override bool Concerns(OrganizationId id) => OrganizationId == id;

    internal override IEnumerable<string> MissingFields() => Missing(
        (nameof(OrganizationId), OrganizationId.IsEmpty),
        (nameof(MemberId), MemberId.IsEmpty),
        (nameof(Name), string.IsNullOrWhiteSpace(Name)),
        (nameof(Status), Unset(Status)));
}
