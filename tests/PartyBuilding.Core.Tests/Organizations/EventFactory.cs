using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// Builds the event record of a kind from the fields a test names, so that tables of events of many kinds read as one
/// list. A field the record needs but the test leaves out is the record's empty value (an empty identifier, a blank
/// name, an unset enumeration), which the log validator reports as missing.
/// </summary>
internal static class EventFactory
{
    public static OrganizationEvent Make(
        LocalDate date,
        OrganizationEventKind kind,
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
        MembershipChangeReason? Reason = null)
    {
        var org = OrganizationId ?? default;
        var member = MemberId ?? default;
        return kind switch
        {
            OrganizationEventKind.Created => new OrganizationCreated(
                date, org, OrganizationKind ?? default, Name!, ParentId, DistrictId, HasCommittee ?? false, StaffCount, Note),
            OrganizationEventKind.Renamed => new OrganizationRenamed(date, org, Name!, Note),
            OrganizationEventKind.Added => new LeadershipSupplemented(date, org, member, Role ?? default, Note),
            OrganizationEventKind.Reparented => new OrganizationReparented(date, org, ParentId ?? default, Note),
            OrganizationEventKind.Dissolved => new OrganizationDissolved(date, org, SuccessorId, Note),
            OrganizationEventKind.Unchanged => new OrganizationUnchanged(date, org, Note),
            OrganizationEventKind.MemberJoined => new MemberJoined(date, org, member, Name!, Status ?? default, Reason, Note),
            OrganizationEventKind.MemberTransferred => new MemberTransferred(date, org, member, Note),
            OrganizationEventKind.MemberConfirmed => new MemberConfirmed(date, member, Note),
            OrganizationEventKind.MemberLeft => new MemberLeft(date, member, Reason, Note),
            OrganizationEventKind.RoleAssigned => new RoleAssigned(date, org, member, Role ?? default, Note),
            OrganizationEventKind.RoleEnded => new RoleEnded(date, org, member, Role ?? default, Note),
            OrganizationEventKind.Elected => new OrganizationElected(date, org, HasCommittee, Note),
            OrganizationEventKind.DistrictAssigned => new DistrictAssigned(date, org, DistrictId ?? default, Note),
            OrganizationEventKind.StaffCountChanged => new StaffCountChanged(date, org, StaffCount ?? 0, Note),
            OrganizationEventKind.ProbationExtended => new ProbationExtended(date, member, StaffCount ?? 6, Note),
            OrganizationEventKind.PartyProbationImposed => new PartyProbationImposed(date, member, StaffCount ?? 12, Note),
            OrganizationEventKind.AppraisalDecision => new AppraisalDecisionRecorded(date, member, AppraisalOutcome.AdvisedToWithdraw, null, Note),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of event."),
        };
    }
}
