using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Organizations;

/// <summary>The state of the registry on one date, and the replay of events onto it. Internal: the public view is <see cref="OrganizationTree"/>.</summary>
internal sealed record RegistryState(
    ImmutableSortedDictionary<OrganizationId, Organization> Organizations,
    ImmutableSortedSet<OrganizationId> Dissolved,
    ImmutableSortedDictionary<MemberId, PartyMember> Members,
    ImmutableArray<RoleAssignment> Roles)
{
    public static RegistryState From(OrganizationSnapshot snapshot) => new(
        snapshot.Organizations.ToImmutableSortedDictionary(o => o.Id, o => o),
        [],
        snapshot.Members.ToImmutableSortedDictionary(m => m.Id, m => m),
        snapshot.Roles);

    /// <summary>Applies one event; returns the new state, or the unchanged state and the problems when the event contradicts it.</summary>
    public RegistryState Apply(OrganizationEvent e, string path, NestingRules nesting, IReadOnlySet<DistrictId> districts, ICollection<ValidationProblem> problems)
    {
        var before = problems.Count;
        void Fail(string field, string code, string message, string? value) =>
            problems.Add(new ValidationProblem(field.Length == 0 ? path : path + "." + field, code, message, value));

        Organization? Active(OrganizationId? id, string field)
        {
            if (id is not { } key)
            {
                return null;
            }

            if (Organizations.TryGetValue(key, out var org))
            {
                return org;
            }

            if (Dissolved.Contains(key))
            {
                Fail(field, OrganizationsErrorCodes.AlreadyDissolved, $"'{key}' has already been dissolved.", key.Value);
            }
            else
            {
                Fail(field, OrganizationsErrorCodes.OrganizationUnknown, $"'{key}' is not a known organization.", key.Value);
            }

            return null;
        }

        PartyMember? ActiveMember(MemberId? id)
        {
            if (id is { } key && Members.TryGetValue(key, out var member))
            {
                return member;
            }

            Fail("MemberId", OrganizationsErrorCodes.MemberUnknown, $"'{id}' is not a current member.", id?.Value);
            return null;
        }

        var state = this;
        switch (e.Kind)
        {
            case OrganizationEventKind.Created:
            {
                var id = e.OrganizationId!.Value;
                if (Organizations.ContainsKey(id) || Dissolved.Contains(id))
                {
                    Fail("OrganizationId", OrganizationsErrorCodes.OrganizationExists, $"'{id}' already exists or existed.", id.Value);
                    break;
                }

                var kind = e.OrganizationKind!.Value;
                if (e.ParentId is null)
                {
                    if (!nesting.AllowsRoot(kind))
                    {
                        Fail("ParentId", OrganizationsErrorCodes.RootNotAllowed, $"A {kind} needs a parent.", id.Value);
                    }
                }
                else if (Active(e.ParentId, "ParentId") is { } parent && !nesting.Allows(parent.Kind, kind))
                {
                    Fail("ParentId", OrganizationsErrorCodes.NestingNotAllowed, $"A {kind} may not sit under a {parent.Kind}.", parent.Id.Value);
                }

                CheckDistrict(e.DistrictId);
                if (problems.Count == before)
                {
                    var org = new Organization(id, kind, e.Name!, e.ParentId, e.DistrictId, e.Date, e.Date, e.HasCommittee ?? false, e.StaffCount);
                    state = this with { Organizations = Organizations.Add(id, org) };
                }

                break;
            }

            case OrganizationEventKind.Renamed:
                if (Active(e.OrganizationId, "OrganizationId") is { } renamed)
                {
                    state = WithOrganization(renamed with { Name = e.Name! });
                }

                break;

            case OrganizationEventKind.Unchanged:
                Active(e.OrganizationId, "OrganizationId");
                break;

            case OrganizationEventKind.Reparented:
            {
                var org = Active(e.OrganizationId, "OrganizationId");
                var parent = Active(e.ParentId, "ParentId");
                if (org is null || parent is null)
                {
                    break;
                }

                if (IsSelfOrDescendant(parent.Id, org.Id))
                {
                    Fail("ParentId", OrganizationsErrorCodes.Cycle, $"'{org.Id}' cannot move under itself or its own descendant '{parent.Id}'.", parent.Id.Value);
                }
                else if (!nesting.Allows(parent.Kind, org.Kind))
                {
                    Fail("ParentId", OrganizationsErrorCodes.NestingNotAllowed, $"A {org.Kind} may not sit under a {parent.Kind}.", parent.Id.Value);
                }
                else
                {
                    state = WithOrganization(org with { ParentId = parent.Id });
                }

                break;
            }

            case OrganizationEventKind.Dissolved:
            {
                if (Active(e.OrganizationId, "OrganizationId") is not { } org)
                {
                    break;
                }

                var children = Organizations.Values.Where(o => o.ParentId == org.Id).Select(o => o.Id.Value).ToList();
                if (children.Count > 0)
                {
                    Fail("OrganizationId", OrganizationsErrorCodes.DissolvedWithChildren, $"'{org.Id}' still has organizations under it: {string.Join(", ", children)}.", org.Id.Value);
                }

                var members = Members.Values.Where(m => m.BranchId == org.Id).ToList();
                Organization? successor = null;
                if (e.SuccessorId is not null)
                {
                    successor = Active(e.SuccessorId, "SuccessorId");
                    if (successor is not null && (!successor.Kind.HoldsMembers() || successor.Id == org.Id))
                    {
                        Fail("SuccessorId", OrganizationsErrorCodes.NotABranch, $"Members can only be transferred to another branch or party group, not to '{successor.Id}'.", successor.Id.Value);
                    }
                }
                else if (members.Count > 0)
                {
                    Fail("OrganizationId", OrganizationsErrorCodes.DissolvedWithMembers, $"'{org.Id}' still has {members.Count} members and no successor takes them over.", org.Id.Value);
                }

                if (problems.Count == before)
                {
                    var moved = Members.SetItems(members.Select(m => KeyValuePair.Create(m.Id, m with { BranchId = successor!.Id })));
                    state = this with
                    {
                        Organizations = Organizations.Remove(org.Id),
                        Dissolved = Dissolved.Add(org.Id),
                        Members = members.Count == 0 ? Members : moved,
                        Roles = Roles.RemoveAll(r => r.OrganizationId == org.Id),
                    };
                }

                break;
            }

            case OrganizationEventKind.MemberJoined:
            {
                var id = e.MemberId!.Value;
                if (Members.TryGetValue(id, out var existing))
                {
                    Fail("MemberId", OrganizationsErrorCodes.MemberInTwoBranches, $"'{id}' already belongs to '{existing.BranchId}' and cannot join '{e.OrganizationId}' as well.", id.Value);
                }

                var branch = Active(e.OrganizationId, "OrganizationId");
                CheckHoldsMembers(branch);
                if (problems.Count == before)
                {
                    var full = e.Status == MembershipStatus.Full ? e.Date : (LocalDate?)null;
                    state = this with { Members = Members.Add(id, new PartyMember(id, e.Name!, branch!.Id, e.Status!.Value, e.Date, full)) };
                }

                break;
            }

            case OrganizationEventKind.MemberTransferred:
            {
                var member = ActiveMember(e.MemberId);
                var branch = Active(e.OrganizationId, "OrganizationId");
                CheckHoldsMembers(branch);
                if (member is not null && branch is not null && member.BranchId == branch.Id)
                {
                    Fail("OrganizationId", OrganizationsErrorCodes.TransferToSameBranch, $"'{member.Id}' already belongs to '{branch.Id}'.", branch.Id.Value);
                }

                if (problems.Count == before)
                {
                    state = WithMember(member! with { BranchId = branch!.Id });
                }

                break;
            }

            case OrganizationEventKind.MemberConfirmed:
                if (ActiveMember(e.MemberId) is { } confirmed)
                {
                    if (confirmed.Status == MembershipStatus.Full)
                    {
                        Fail("MemberId", OrganizationsErrorCodes.MemberAlreadyFull, $"'{confirmed.Id}' is already a full member.", confirmed.Id.Value);
                    }
                    else
                    {
                        state = WithMember(confirmed with { Status = MembershipStatus.Full, FullSince = e.Date });
                    }
                }

                break;

            case OrganizationEventKind.MemberLeft:
                if (ActiveMember(e.MemberId) is { } leaving)
                {
                    state = this with { Members = Members.Remove(leaving.Id), Roles = Roles.RemoveAll(r => r.MemberId == leaving.Id) };
                }

                break;

            case OrganizationEventKind.RoleAssigned or OrganizationEventKind.Added:
            {
                var org = Active(e.OrganizationId, "OrganizationId");
                var member = ActiveMember(e.MemberId);
                var role = e.Role!.Value;
                if (org is null || member is null)
                {
                    break;
                }

                if (Roles.Any(r => r.OrganizationId == org.Id && r.MemberId == member.Id && r.Role == role))
                {
                    Fail("Role", OrganizationsErrorCodes.RoleDuplicate, $"'{member.Id}' already holds {role} in '{org.Id}'.", role.ToString());
                }
                else if (role == PartyRole.Secretary && Roles.FirstOrDefault(r => r.OrganizationId == org.Id && r.Role == PartyRole.Secretary) is { } secretary)
                {
                    Fail("Role", OrganizationsErrorCodes.SecretaryTaken, $"'{org.Id}' already has secretary '{secretary.MemberId}'; end that role first.", secretary.MemberId.Value);
                }
                else
                {
                    state = this with { Roles = Roles.Add(new RoleAssignment(org.Id, member.Id, role, e.Date)) };
                }

                break;
            }

            case OrganizationEventKind.RoleEnded:
            {
                var held = Roles.FirstOrDefault(r => r.OrganizationId == e.OrganizationId && r.MemberId == e.MemberId && r.Role == e.Role);
                if (held is null)
                {
                    Fail("Role", OrganizationsErrorCodes.RoleNotHeld, $"'{e.MemberId}' does not hold {e.Role} in '{e.OrganizationId}'.", e.Role?.ToString());
                }
                else
                {
                    state = this with { Roles = Roles.Remove(held) };
                }

                break;
            }

            case OrganizationEventKind.Elected:
                if (Active(e.OrganizationId, "OrganizationId") is { } elected)
                {
                    state = WithOrganization(elected with { LastElectedOn = e.Date, HasCommittee = e.HasCommittee ?? elected.HasCommittee });
                }

                break;

            case OrganizationEventKind.DistrictAssigned:
            {
                var org = Active(e.OrganizationId, "OrganizationId");
                CheckDistrict(e.DistrictId);
                if (problems.Count == before)
                {
                    state = WithOrganization(org! with { DistrictId = e.DistrictId });
                }

                break;
            }

            case OrganizationEventKind.StaffCountChanged:
                if (Active(e.OrganizationId, "OrganizationId") is { } staffed)
                {
                    state = WithOrganization(staffed with { OrganStaffCount = e.StaffCount });
                }

                break;
        }

        return problems.Count == before ? state : this;

        void CheckHoldsMembers(Organization? branch)
        {
            if (branch is not null && !branch.Kind.HoldsMembers())
            {
                Fail("OrganizationId", OrganizationsErrorCodes.NotABranch, $"Members belong to branches or party groups, not to a {branch.Kind}.", branch.Id.Value);
            }
        }

        void CheckDistrict(DistrictId? district)
        {
            if (district is { } d && !districts.Contains(d))
            {
                Fail("DistrictId", OrganizationsErrorCodes.DistrictUnknown, $"District '{d}' is not defined.", d.Value);
            }
        }
    }

    private RegistryState WithOrganization(Organization org) => this with { Organizations = Organizations.SetItem(org.Id, org) };

    private RegistryState WithMember(PartyMember member) => this with { Members = Members.SetItem(member.Id, member) };

    private bool IsSelfOrDescendant(OrganizationId candidate, OrganizationId ancestor)
    {
        OrganizationId? current = candidate;
        var steps = 0;
        while (current is { } id && steps++ <= Organizations.Count)
        {
            if (id == ancestor)
            {
                return true;
            }

            current = Organizations.TryGetValue(id, out var org) ? org.ParentId : null;
        }

        return false;
    }
}
