using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// One dated event of the organization log. Which fields an event needs depends on its <see cref="Kind"/>; see
/// <see cref="OrganizationEventLogValidator"/> and <c>docs/organizations.md</c>.
/// </summary>
/// <param name="Date">The date from which the event takes effect.</param>
/// <param name="Kind">The kind of event.</param>
/// <param name="OrganizationId">The organization concerned (for member events: the branch joined or transferred to).</param>
/// <param name="ParentId">The parent of a created organization, or the new parent of a reparented one.</param>
/// <param name="OrganizationKind">The kind of a created organization.</param>
/// <param name="Name">The name of a created or renamed organization, or of a joining member.</param>
/// <param name="SuccessorId">For a dissolution: the branch that takes over the dissolved organization's members.</param>
/// <param name="MemberId">The member concerned.</param>
/// <param name="Status">The status of a joining member.</param>
/// <param name="Role">The role assigned, supplemented or ended.</param>
/// <param name="DistrictId">The district of a created or reassigned organization.</param>
/// <param name="StaffCount">The new organ staff count.</param>
/// <param name="HasCommittee">For an election or a creation: whether a committee was elected.</param>
/// <param name="Note">A free-text note (the decision's document number, a reason).</param>
/// <param name="Reason">
/// Why a member joined (<see cref="MembershipChangeReason.Admitted"/> or <see cref="MembershipChangeReason.TransferredIn"/>) or
/// left (transfer out, death, removal, withdrawal, expulsion); optional, and only for those two kinds of event.
/// </param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record OrganizationEvent(
    LocalDate Date,
    OrganizationEventKind Kind,
    OrganizationId? OrganizationId = null,
    OrganizationId? ParentId = null,
    OrganizationKind? OrganizationKind = null,
    string? Name = null,
    OrganizationId? SuccessorId = null,
    MemberId? MemberId = null,
    MembershipStatus? Status = null,
    PartyRole? Role = null,
    DistrictId? DistrictId = null,
    int? StaffCount = null,
    bool? HasCommittee = null,
    string? Note = null,
    MembershipChangeReason? Reason = null);
