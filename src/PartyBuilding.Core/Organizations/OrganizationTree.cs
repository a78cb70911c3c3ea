using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// The organizations, members, roles and districts of a working committee as they stood on one date: the view that
/// every evaluation hangs on. Get one from <see cref="OrganizationRegistry.AsOf"/>.
/// </summary>
/// <remarks>
/// Lists are ordered by identifier, so answers do not depend on the order of the input. Counts "under" an organization
/// include its own members and those of every organization below it. Immutable and thread-safe.
/// </remarks>
public sealed class OrganizationTree
{
    private readonly ImmutableSortedDictionary<OrganizationId, Organization> _organizations;
    private readonly ImmutableSortedDictionary<MemberId, PartyMember> _members;
    private readonly ImmutableDictionary<OrganizationId, ImmutableArray<Organization>> _children;
    private readonly ImmutableDictionary<OrganizationId, ImmutableArray<PartyMember>> _placed;
    private readonly ImmutableDictionary<DistrictId, ResponsibilityDistrict> _districts;
    private readonly ImmutableDictionary<OrganizationId, ImmutableArray<RoleAssignment>> _rolesByOrganization;
    private readonly ImmutableSortedDictionary<MemberId, ImmutableArray<OrganizationEvent>> _history;

    internal OrganizationTree(
        LocalDate date,
        ImmutableSortedDictionary<OrganizationId, Organization> organizations,
        ImmutableSortedDictionary<MemberId, PartyMember> members,
        ImmutableArray<RoleAssignment> roles,
        ImmutableArray<ResponsibilityDistrict> districts,
        ImmutableSortedDictionary<MemberId, ImmutableArray<OrganizationEvent>>? history = null)
    {
        Date = date;
        _history = history ?? ImmutableSortedDictionary<MemberId, ImmutableArray<OrganizationEvent>>.Empty;
        _organizations = organizations;
        _members = members;
        _children = organizations.Values.Where(o => o.ParentId is not null)
            .GroupBy(o => o.ParentId!.Value)
            .ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());
        _placed = members.Values.GroupBy(m => m.BranchId).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());
        _districts = districts.ToImmutableDictionary(d => d.Id);
        Roles = [.. roles.OrderBy(r => r.OrganizationId).ThenBy(r => r.Role).ThenBy(r => r.MemberId)];
        Districts = [.. districts.OrderBy(d => d.Id)];
        _rolesByOrganization = Roles.GroupBy(r => r.OrganizationId).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());
    }

    /// <summary>Gets the date the tree describes.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets every organization existing on the date, ordered by identifier.</summary>
    public ImmutableArray<Organization> Organizations => [.. _organizations.Values];

    /// <summary>Gets the organizations without a parent, ordered by identifier.</summary>
    public ImmutableArray<Organization> Roots => [.. _organizations.Values.Where(o => o.ParentId is null)];

    /// <summary>Gets every current member, ordered by identifier.</summary>
    public ImmutableArray<PartyMember> Members => [.. _members.Values];

    /// <summary>Gets every role held on the date, ordered by organization, role and member.</summary>
    public ImmutableArray<RoleAssignment> Roles { get; }

    /// <summary>Gets the responsibility districts, ordered by identifier.</summary>
    public ImmutableArray<ResponsibilityDistrict> Districts { get; }

    /// <summary>Tells whether an organization exists on the date.</summary>
    /// <param name="id">The organization.</param>
    /// <returns><see langword="true"/> when it exists (it has been created and not dissolved).</returns>
    public bool Contains(OrganizationId id) => _organizations.ContainsKey(id);

    /// <summary>Finds an organization.</summary>
    /// <param name="id">The organization.</param>
    /// <returns>The organization, or <see langword="null"/> when it does not exist on the date.</returns>
    public Organization? Find(OrganizationId id) => _organizations.GetValueOrDefault(id);

    /// <summary>Gets an organization.</summary>
    /// <param name="id">The organization.</param>
    /// <returns>The organization.</returns>
    /// <exception cref="KeyNotFoundException">It does not exist on the date.</exception>
    public Organization Get(OrganizationId id) =>
        Find(id) ?? throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"Organization '{id}' does not exist on {Date:uuuu-MM-dd}."));

    /// <summary>Gets an organization's parent.</summary>
    /// <param name="id">The organization.</param>
    /// <returns>The parent, or <see langword="null"/> for a root.</returns>
    /// <exception cref="KeyNotFoundException">The organization does not exist on the date.</exception>
    public Organization? Parent(OrganizationId id) => Get(id).ParentId is { } parent ? Get(parent) : null;

    /// <summary>Gets the organizations directly under an organization.</summary>
    /// <param name="id">The organization.</param>
    /// <returns>The children, ordered by identifier.</returns>
    /// <exception cref="KeyNotFoundException">The organization does not exist on the date.</exception>
    public ImmutableArray<Organization> Children(OrganizationId id)
    {
        Get(id);
        return _children.GetValueOrDefault(id, []);
    }

    /// <summary>Gets an organization and every organization below it, depth first in identifier order.</summary>
    /// <param name="id">The organization.</param>
    /// <returns>The organization followed by its descendants.</returns>
    /// <exception cref="KeyNotFoundException">The organization does not exist on the date.</exception>
    public ImmutableArray<Organization> Subtree(OrganizationId id)
    {
        var result = ImmutableArray.CreateBuilder<Organization>();
        var stack = new Stack<Organization>();
        stack.Push(Get(id));
        while (stack.Count > 0)
        {
            var org = stack.Pop();
            result.Add(org);
            var children = _children.GetValueOrDefault(org.Id, []);
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Gets the branches (the four branch kinds) of an organization and below it, e.g. to score every branch of a department.</summary>
    /// <param name="id">The organization.</param>
    /// <returns>The branches, ordered by identifier; the organization itself when it is a branch.</returns>
    /// <exception cref="KeyNotFoundException">The organization does not exist on the date.</exception>
    public ImmutableArray<Organization> Branches(OrganizationId id) => [.. Subtree(id).Where(o => o.Kind.IsBranch()).OrderBy(o => o.Id)];

    /// <summary>Gets the path from the root to an organization.</summary>
    /// <param name="id">The organization.</param>
    /// <returns>The root first, the organization last.</returns>
    /// <exception cref="KeyNotFoundException">The organization does not exist on the date.</exception>
    public ImmutableArray<Organization> Path(OrganizationId id)
    {
        var path = new List<Organization>();
        for (Organization? org = Get(id); org is not null; org = org.ParentId is { } p ? Find(p) : null)
        {
            path.Add(org);
        }

        path.Reverse();
        return [.. path];
    }

    /// <summary>Finds a current member.</summary>
    /// <param name="id">The member.</param>
    /// <returns>The member, or <see langword="null"/> when not a current member on the date.</returns>
    public PartyMember? FindMember(MemberId id) => _members.GetValueOrDefault(id);

    /// <summary>Gets the branch a member belongs to: the organization holding the member, or the branch above a party group.</summary>
    /// <param name="id">The member.</param>
    /// <returns>The branch, or <see langword="null"/> when not a current member.</returns>
    public Organization? BranchOf(MemberId id)
    {
        if (FindMember(id) is not { } member)
        {
            return null;
        }

        var org = Get(member.BranchId);
        return org.Kind == OrganizationKind.PartyGroup && org.ParentId is { } parent ? Get(parent) : org;
    }

    /// <summary>Gets the members of an organization and of every organization below it.</summary>
    /// <param name="id">The organization.</param>
    /// <returns>The members, ordered by identifier.</returns>
    /// <exception cref="KeyNotFoundException">The organization does not exist on the date.</exception>
    public ImmutableArray<PartyMember> MembersOf(OrganizationId id) =>
        [.. Subtree(id).SelectMany(o => _placed.GetValueOrDefault(o.Id, [])).OrderBy(m => m.Id)];

    /// <summary>Counts the members (full and probationary) of an organization and every organization below it.</summary>
    /// <param name="id">The organization.</param>
    /// <returns>The count.</returns>
    /// <exception cref="KeyNotFoundException">The organization does not exist on the date.</exception>
    public int MemberCount(OrganizationId id) => Subtree(id).Sum(o => _placed.GetValueOrDefault(o.Id, []).Length);

    /// <summary>Counts the full members of an organization and every organization below it.</summary>
    /// <param name="id">The organization.</param>
    /// <returns>The count.</returns>
    /// <exception cref="KeyNotFoundException">The organization does not exist on the date.</exception>
    public int FullMemberCount(OrganizationId id) =>
        Subtree(id).Sum(o => _placed.GetValueOrDefault(o.Id, []).Count(m => m.Status == MembershipStatus.Full));

    /// <summary>Gets the roles held in an organization.</summary>
    /// <param name="id">The organization.</param>
    /// <returns>The roles, ordered by role and member.</returns>
    public ImmutableArray<RoleAssignment> RolesOf(OrganizationId id) => _rolesByOrganization.GetValueOrDefault(id, []);

    /// <summary>Gets the roles a member holds.</summary>
    /// <param name="id">The member.</param>
    /// <returns>The roles, ordered by organization and role.</returns>
    public ImmutableArray<RoleAssignment> RolesHeldBy(MemberId id) => [.. Roles.Where(r => r.MemberId == id)];

    /// <summary>Gets the secretary of an organization, the first responsible person (第一责任人).</summary>
    /// <param name="id">The organization.</param>
    /// <returns>The secretary, or <see langword="null"/> when the post is vacant.</returns>
    public MemberId? SecretaryOf(OrganizationId id) =>
        RolesOf(id).FirstOrDefault(r => r.Role == PartyRole.Secretary)?.MemberId;

    /// <summary>Gets the responsibility district of an organization: its own, or that of its nearest ancestor that has one.</summary>
    /// <param name="id">The organization.</param>
    /// <returns>The district, or <see langword="null"/> when none is assigned on the path.</returns>
    /// <exception cref="KeyNotFoundException">The organization does not exist on the date.</exception>
    public ResponsibilityDistrict? DistrictOf(OrganizationId id)
    {
        var path = Path(id);
        for (var i = path.Length - 1; i >= 0; i--)
        {
            if (path[i].DistrictId is { } district)
            {
                return _districts.GetValueOrDefault(district);
            }
        }

        return null;
    }

    /// <summary>Gets the organizations assigned to a district directly (not those that inherit it).</summary>
    /// <param name="id">The district.</param>
    /// <returns>The organizations, ordered by identifier.</returns>
    public ImmutableArray<Organization> OrganizationsIn(DistrictId id) => [.. _organizations.Values.Where(o => o.DistrictId == id)];

    /// <summary>Gets a member's standing on the tree's date: the probation, party standing (党龄) and the rights to vote, elect and be elected.</summary>
    /// <param name="id">The member.</param>
    /// <returns>The standing, or <see langword="null"/> when the member is not a current member on the date.</returns>
    /// <remarks>The rules are <see cref="MemberStandingRules"/>; see <c>docs/organizations.md</c>, "Member standing".</remarks>
    public MemberStanding? StandingOf(MemberId id) =>
        _members.TryGetValue(id, out var member) ? MemberStandingCheck.Of(member, _history.GetValueOrDefault(id, []), Date) : null;

    /// <summary>Tells whether the registry records a decision of probation within the party (留党察看) for a member, so that a
    /// check comparing such periods can pass over a member with none on either side without building the member's standing.</summary>
    /// <param name="id">The member.</param>
    /// <returns><see langword="true"/> when the member's history holds a <see cref="PartyProbationImposed"/>.</returns>
    internal bool HasPartyProbation(MemberId id) => _history.TryGetValue(id, out var events) && events.Any(e => e is PartyProbationImposed);

    /// <summary>Lists where the registry contradicts the constitution's rule of probation (党章第七条) for the current members on the tree's date.</summary>
    /// <returns>The findings, ordered by member: a member confirmed before or after the probation ran out, or a probation overrun with no decision recorded.</returns>
    public ImmutableArray<StandingFinding> StandingFindings() =>
        [.. _members.Values.Select(m => MemberStandingCheck.Finding(MemberStandingCheck.Of(m, _history.GetValueOrDefault(m.Id, []), Date))).OfType<StandingFinding>()];
}
