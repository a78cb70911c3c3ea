using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// Applies one event to a <see cref="RegistryState"/>: one handler per kind of event, each checking the
/// <see cref="OrganizationStructureRules"/> the change could break. A handler returns the changed state; when it reports a
/// problem, <see cref="RegistryState.Apply"/> keeps the state as it was.
/// </summary>
internal sealed class EventReplay(
    RegistryState state,
    string path,
    NestingRules nesting,
    IReadOnlySet<DistrictId> districts,
    ICollection<ValidationProblem> problems)
{
    private readonly int _before = problems.Count;

    private bool Failed => problems.Count != _before;

    public RegistryState Apply(OrganizationCreated e)
    {
        var id = e.OrganizationId;
        if (state.Organizations.ContainsKey(id) || state.Dissolved.Contains(id))
        {
            Fail("OrganizationId", OrganizationsErrorCodes.OrganizationExists, $"'{id}' already exists or existed.", id.Value);
            return state;
        }

        if (e.ParentId is null)
        {
            Report(OrganizationStructureRules.Root(id, e.OrganizationKind, nesting));
        }
        else if (Active(e.ParentId, "ParentId") is { } parent)
        {
            Report(OrganizationStructureRules.Nesting(parent, e.OrganizationKind, nesting));
        }

        Report(OrganizationStructureRules.DistrictKnown(e.DistrictId, districts));
        if (Failed)
        {
            return state;
        }

        var org = new Organization(id, e.OrganizationKind, e.Name, e.ParentId, e.DistrictId, e.Date, e.Date, e.HasCommittee, e.StaffCount);
        return state.AddOrganization(org);
    }

    public RegistryState Apply(OrganizationRenamed e) =>
        Active(e.OrganizationId, "OrganizationId") is { } org ? state.WithOrganization(org with { Name = e.Name }) : state;

    public RegistryState Apply(OrganizationUnchanged e)
    {
        Active(e.OrganizationId, "OrganizationId");
        return state;
    }

    public RegistryState Apply(OrganizationReparented e)
    {
        var org = Active(e.OrganizationId, "OrganizationId");
        var parent = Active(e.ParentId, "ParentId");
        if (org is null || parent is null)
        {
            return state;
        }

        if (OrganizationStructureRules.IsSelfOrDescendant(parent.Id, org.Id, state.Organizations))
        {
            Report(OrganizationStructureRules.Cycle(org.Id, parent.Id, StructureSubject.Change));
        }
        else
        {
            Report(OrganizationStructureRules.Nesting(parent, org.Kind, nesting));
        }

        return Failed ? state : state.WithOrganization(org with { ParentId = parent.Id });
    }

    public RegistryState Apply(OrganizationDissolved e)
    {
        if (Active(e.OrganizationId, "OrganizationId") is not { } org)
        {
            return state;
        }

        var children = state.ChildrenOf(org.Id);
        if (!children.IsEmpty)
        {
            Fail("OrganizationId", OrganizationsErrorCodes.DissolvedWithChildren, $"'{org.Id}' still has organizations under it: {string.Join(", ", children.Select(c => c.Value))}.", org.Id.Value);
        }

        var members = state.MembersOf(org.Id).Count;
        var successor = e.SuccessorId is null ? null : Active(e.SuccessorId, "SuccessorId");
        if (successor is not null && (!successor.Kind.HoldsMembers() || successor.Id == org.Id))
        {
            Fail("SuccessorId", OrganizationsErrorCodes.NotABranch, $"Members can only be transferred to another branch or party group, not to '{successor.Id}'.", successor.Id.Value);
        }
        else if (e.SuccessorId is null && members > 0)
        {
            Fail("OrganizationId", OrganizationsErrorCodes.DissolvedWithMembers, $"'{org.Id}' still has {members} members and no successor takes them over.", org.Id.Value);
        }

        if (Failed)
        {
            return state;
        }

        return state.Dissolve(org.Id, successor?.Id);
    }

    public RegistryState Apply(MemberJoined e)
    {
        var id = e.MemberId;
        if (state.Members.TryGetValue(id, out var existing))
        {
            Fail("MemberId", OrganizationsErrorCodes.MemberInTwoBranches, $"'{id}' already belongs to '{existing.BranchId}' and cannot join '{e.OrganizationId}' as well.", id.Value);
        }

        var branch = ActiveBranch(e.OrganizationId);
        if (Failed)
        {
            return state;
        }

        var full = e.Status == MembershipStatus.Full ? e.Date : (LocalDate?)null;
        return state.AddMember(new PartyMember(id, e.Name, branch!.Id, e.Status, e.Date, full)).WithHistory(id, e);
    }

    public RegistryState Apply(MemberTransferred e)
    {
        var member = ActiveMember(e.MemberId);
        var branch = ActiveBranch(e.OrganizationId);
        if (member is not null && branch is not null && member.BranchId == branch.Id)
        {
            Fail("OrganizationId", OrganizationsErrorCodes.TransferToSameBranch, $"'{member.Id}' already belongs to '{branch.Id}'.", branch.Id.Value);
        }

        return Failed ? state : state.WithMember(member! with { BranchId = branch!.Id });
    }

    public RegistryState Apply(MemberConfirmed e)
    {
        if (ActiveMember(e.MemberId) is not { } member)
        {
            return state;
        }

        if (member.Status == MembershipStatus.Full)
        {
            Fail("MemberId", OrganizationsErrorCodes.MemberAlreadyFull, $"'{member.Id}' is already a full member.", member.Id.Value);
            return state;
        }

        return state.WithMember(member with { Status = MembershipStatus.Full, FullSince = e.Date }).WithHistory(member.Id, e);
    }

    public RegistryState Apply(MemberLeft e) =>
        ActiveMember(e.MemberId) is { } member
            ? state.RemoveMember(member.Id)
            : state;

    public RegistryState Apply(ProbationExtended e)
    {
        if (ActiveMember(e.MemberId) is not { } member)
        {
            return state;
        }

        if (member.Status != MembershipStatus.Probationary)
        {
            Fail("MemberId", OrganizationsErrorCodes.NotProbationary, $"'{member.Id}' is a full member; only a probation can be extended.", member.Id.Value);
            return state;
        }

        var earlier = state.History.GetValueOrDefault(member.Id, []).OfType<ProbationExtended>().Sum(x => x.Months);
        var limit = MemberStandingRules.EntryFor(MemberStandingRules.ExtensionMonths, member.JoinedOn).Value;
        if (e.Months < 1 || earlier + e.Months > limit)
        {
            Fail("Months", OrganizationsErrorCodes.ProbationExtensionLimit,
                string.Create(CultureInfo.InvariantCulture, $"A probation may be extended by no more than {limit} months in all (party constitution, article 7); '{member.Id}' would have {earlier + e.Months}."),
                e.Months.ToString(CultureInfo.InvariantCulture));
            return state;
        }

        return state.WithHistory(member.Id, e);
    }

    public RegistryState Apply(PartyProbationImposed e)
    {
        if (ActiveMember(e.MemberId) is not { } member)
        {
            return state;
        }

        var limit = MemberStandingRules.EntryFor(MemberStandingRules.PartyProbationMonths, e.Date).Value;
        if (e.Months < 1 || e.Months > limit)
        {
            Fail("Months", OrganizationsErrorCodes.PartyProbationPeriod,
                string.Create(CultureInfo.InvariantCulture, $"Probation within the party lasts 1 to {limit} months (party constitution, chapter on discipline)."),
                e.Months.ToString(CultureInfo.InvariantCulture));
            return state;
        }

        return state.WithHistory(member.Id, e);
    }

    public RegistryState Apply(AppraisalDecisionRecorded e)
    {
        if (ActiveMember(e.MemberId) is not { } member)
        {
            return state;
        }

        if (e.Deadline is { } deadline && (deadline <= e.Date || e.Outcome != AppraisalOutcome.CorrectWithinDeadline))
        {
            Fail("Deadline", OrganizationsErrorCodes.DecisionDeadline,
                e.Outcome == AppraisalOutcome.CorrectWithinDeadline ? "The deadline to correct must come after the decision." : "Only a decision to correct within a deadline (限期改正) has a deadline.",
                deadline.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            return state;
        }

        return state.WithHistory(member.Id, e);
    }

    /// <summary>The handler of <see cref="RoleAssigned"/> and <see cref="LeadershipSupplemented"/>.</summary>
    public RegistryState AssignRole(OrganizationId organizationId, MemberId memberId, PartyRole role, LocalDate date)
    {
        var org = Active(organizationId, "OrganizationId");
        var member = ActiveMember(memberId);
        if (org is null || member is null)
        {
            return state;
        }

        var assignment = new RoleAssignment(org.Id, member.Id, role, date);
        var held = state.Roles.First(org.Id, r => r.MemberId == member.Id && r.Role == role) is not null;
        var secretary = state.Roles.First(org.Id, r => r.Role == PartyRole.Secretary)?.Role.MemberId;
        Report(OrganizationStructureRules.RoleOnce(assignment, held, StructureSubject.Change)
            ?? OrganizationStructureRules.OneSecretary(assignment, secretary, StructureSubject.Change));
        return Failed ? state : state.WithRoles(state.Roles.Add(assignment));
    }

    public RegistryState Apply(RoleEnded e)
    {
        var held = state.Roles.First(e.OrganizationId, r => r.MemberId == e.MemberId && r.Role == e.Role);
        if (held is null)
        {
            Fail("Role", OrganizationsErrorCodes.RoleNotHeld, $"'{e.MemberId}' does not hold {e.Role} in '{e.OrganizationId}'.", e.Role.ToString());
            return state;
        }

        return state.WithRoles(state.Roles.Remove(held.Value.Number));
    }

    public RegistryState Apply(OrganizationElected e) =>
        Active(e.OrganizationId, "OrganizationId") is { } org
            ? state.WithOrganization(org with { LastElectedOn = e.Date, HasCommittee = e.HasCommittee ?? org.HasCommittee })
            : state;

    public RegistryState Apply(DistrictAssigned e)
    {
        var org = Active(e.OrganizationId, "OrganizationId");
        Report(OrganizationStructureRules.DistrictKnown(e.DistrictId, districts));
        return Failed ? state : state.WithOrganization(org! with { DistrictId = e.DistrictId });
    }

    public RegistryState Apply(StaffCountChanged e) =>
        Active(e.OrganizationId, "OrganizationId") is { } org ? state.WithOrganization(org with { OrganStaffCount = e.StaffCount }) : state;

    private Organization? Active(OrganizationId? id, string field)
    {
        if (id is not { } key)
        {
            return null;
        }

        if (state.Organizations.TryGetValue(key, out var org))
        {
            return org;
        }

        Report(OrganizationStructureRules.OrganizationUnknown(key, field, StructureSubject.Change, state.Dissolved.Contains(key)));
        return null;
    }

    private Organization? ActiveBranch(OrganizationId id)
    {
        var branch = Active(id, "OrganizationId");
        if (branch is not null)
        {
            Report(OrganizationStructureRules.HoldsMembers(branch, "OrganizationId"));
        }

        return branch;
    }

    private PartyMember? ActiveMember(MemberId id)
    {
        if (state.Members.TryGetValue(id, out var member))
        {
            return member;
        }

        Report(OrganizationStructureRules.MemberUnknown(id, "MemberId", StructureSubject.Change));
        return null;
    }

    private void Report(StructureProblem? problem)
    {
        if (problem is { } p)
        {
            Fail(p.Field, p.Code, p.Message, p.Value);
        }
    }

    private void Fail(string field, string code, string message, string? value) =>
        problems.Add(new ValidationProblem(field.Length == 0 ? path : path + "." + field, code, message, value));
}
