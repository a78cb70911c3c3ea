using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// The state of the registry on one date, and the replay of events onto it. Internal: the public view is
/// <see cref="OrganizationTree"/>.
/// </summary>
/// <remarks>
/// The replay keeps one state per date of the log, and the states share what did not change (persistent collections).
/// Besides the organizations and members, a state keeps two indexes that the changes keep in step: each organization's
/// children and each branch's members. Dissolving an organization asks for both; with a scan of every organization and
/// every member per dissolution, a log dissolving most of 100,000 organizations took time quadratic in the registry
/// (issue 25, bounded time). Every change goes through a method here, so an index cannot drift from what it indexes.
/// Immutable and thread-safe.
/// </remarks>
internal sealed class RegistryState
{
    private readonly ImmutableDictionary<OrganizationId, ImmutableSortedSet<OrganizationId>> _children;
    private readonly ImmutableDictionary<OrganizationId, ImmutableSortedSet<MemberId>> _membersOf;

    private RegistryState(
        ImmutableSortedDictionary<OrganizationId, Organization> organizations,
        ImmutableSortedSet<OrganizationId> dissolved,
        ImmutableSortedDictionary<MemberId, PartyMember> members,
        RoleBook roles,
        ImmutableSortedDictionary<MemberId, ImmutableArray<OrganizationEvent>> history,
        ImmutableDictionary<OrganizationId, ImmutableSortedSet<OrganizationId>> children,
        ImmutableDictionary<OrganizationId, ImmutableSortedSet<MemberId>> membersOf)
    {
        Organizations = organizations;
        Dissolved = dissolved;
        Members = members;
        Roles = roles;
        History = history;
        _children = children;
        _membersOf = membersOf;
    }

    /// <summary>Gets the organizations in existence, by identifier.</summary>
    public ImmutableSortedDictionary<OrganizationId, Organization> Organizations { get; }

    /// <summary>Gets the organizations dissolved through the log.</summary>
    public ImmutableSortedSet<OrganizationId> Dissolved { get; }

    /// <summary>Gets the current members, by identifier.</summary>
    public ImmutableSortedDictionary<MemberId, PartyMember> Members { get; }

    /// <summary>Gets the roles held.</summary>
    public RoleBook Roles { get; }

    /// <summary>Gets each member's standing history.</summary>
    public ImmutableSortedDictionary<MemberId, ImmutableArray<OrganizationEvent>> History { get; }

    public static RegistryState From(OrganizationSnapshot snapshot)
    {
        var organizations = snapshot.Organizations.ToImmutableSortedDictionary(o => o.Id, o => o);
        var members = snapshot.Members.ToImmutableSortedDictionary(m => m.Id, m => m);
        var children = organizations.Values
            .Where(o => o.ParentId is not null)
            .GroupBy(o => o.ParentId!.Value)
            .ToImmutableDictionary(g => g.Key, g => g.Select(o => o.Id).ToImmutableSortedSet());
        var membersOf = members.Values
            .GroupBy(m => m.BranchId)
            .ToImmutableDictionary(g => g.Key, g => g.Select(m => m.Id).ToImmutableSortedSet());
        return new RegistryState(organizations, [], members, RoleBook.Of(snapshot.Roles), ImmutableSortedDictionary<MemberId, ImmutableArray<OrganizationEvent>>.Empty, children, membersOf);
    }

    /// <summary>
    /// Applies one event with its own handler (<see cref="OrganizationEvent.ApplyTo"/> dispatches to the
    /// <see cref="EventReplay"/> method of its type); returns the new state, or the unchanged state and the problems when
    /// the event contradicts it.
    /// </summary>
    public RegistryState Apply(OrganizationEvent e, string path, NestingRules nesting, IReadOnlySet<DistrictId> districts, ICollection<ValidationProblem> problems)
    {
        var before = problems.Count;
        var state = e.ApplyTo(new EventReplay(this, path, nesting, districts, problems));
        return problems.Count == before ? state : this;
    }

    /// <summary>Gets the organizations directly under an organization, in identifier order.</summary>
    public ImmutableSortedSet<OrganizationId> ChildrenOf(OrganizationId organization) => _children.GetValueOrDefault(organization, []);

    /// <summary>Gets the members of a branch, in identifier order.</summary>
    public ImmutableSortedSet<MemberId> MembersOf(OrganizationId branch) => _membersOf.GetValueOrDefault(branch, []);

    /// <summary>Adds an organization that does not exist yet.</summary>
    public RegistryState AddOrganization(Organization org) => With(
        organizations: Organizations.Add(org.Id, org),
        children: org.ParentId is { } parent ? Put(_children, parent, org.Id) : _children);

    /// <summary>Replaces an organization, moving it under its new parent when the parent changed.</summary>
    public RegistryState WithOrganization(Organization org)
    {
        var before = Organizations[org.Id].ParentId;
        var children = _children;
        if (before != org.ParentId)
        {
            children = before is { } old ? Take(children, old, org.Id) : children;
            children = org.ParentId is { } parent ? Put(children, parent, org.Id) : children;
        }

        return With(organizations: Organizations.SetItem(org.Id, org), children: children);
    }

    /// <summary>
    /// Dissolves an organization that has no organizations under it: its members move to <paramref name="successor"/> (which
    /// the caller has checked is a branch when there are members), its roles end.
    /// </summary>
    public RegistryState Dissolve(OrganizationId id, OrganizationId? successor)
    {
        var org = Organizations[id];
        var moved = MembersOf(id);
        var members = Members;
        var membersOf = _membersOf;
        if (!moved.IsEmpty)
        {
            var to = successor!.Value;
            members = members.SetItems(moved.Select(m => KeyValuePair.Create(m, members[m] with { BranchId = to })));
            membersOf = membersOf.Remove(id).SetItem(to, MembersOf(to).Union(moved));
        }

        return new RegistryState(
            Organizations.Remove(id),
            Dissolved.Add(id),
            members,
            Roles.RemoveOrganization(id),
            History,
            org.ParentId is { } parent ? Take(_children, parent, id) : _children,
            membersOf);
    }

    /// <summary>Adds a member who is not a member yet.</summary>
    public RegistryState AddMember(PartyMember member) => With(
        members: Members.Add(member.Id, member),
        membersOf: Put(_membersOf, member.BranchId, member.Id));

    /// <summary>Replaces a member, moving them to their new branch when the branch changed.</summary>
    public RegistryState WithMember(PartyMember member)
    {
        var before = Members[member.Id].BranchId;
        var membersOf = before == member.BranchId ? _membersOf : Put(Take(_membersOf, before, member.Id), member.BranchId, member.Id);
        return With(members: Members.SetItem(member.Id, member), membersOf: membersOf);
    }

    /// <summary>Removes a member who left, with their roles and standing history.</summary>
    public RegistryState RemoveMember(MemberId id) => new(
        Organizations,
        Dissolved,
        Members.Remove(id),
        Roles.RemoveMember(id),
        History.Remove(id),
        _children,
        Take(_membersOf, Members[id].BranchId, id));

    /// <summary>Replaces the roles.</summary>
    public RegistryState WithRoles(RoleBook roles) => With(roles: roles);

    /// <summary>Adds an event to a member's standing history (joining through the log, confirmation, extensions, sanctions, decisions).</summary>
    public RegistryState WithHistory(MemberId member, OrganizationEvent e) =>
        With(history: History.SetItem(member, History.GetValueOrDefault(member, []).Add(e)));

    private static ImmutableDictionary<OrganizationId, ImmutableSortedSet<T>> Put<T>(ImmutableDictionary<OrganizationId, ImmutableSortedSet<T>> index, OrganizationId key, T item) =>
        index.SetItem(key, index.GetValueOrDefault(key, []).Add(item));

    private static ImmutableDictionary<OrganizationId, ImmutableSortedSet<T>> Take<T>(ImmutableDictionary<OrganizationId, ImmutableSortedSet<T>> index, OrganizationId key, T item)
    {
        var left = index.GetValueOrDefault(key, []).Remove(item);
        return left.IsEmpty ? index.Remove(key) : index.SetItem(key, left);
    }

    private RegistryState With(
        ImmutableSortedDictionary<OrganizationId, Organization>? organizations = null,
        ImmutableSortedDictionary<MemberId, PartyMember>? members = null,
        RoleBook? roles = null,
        ImmutableSortedDictionary<MemberId, ImmutableArray<OrganizationEvent>>? history = null,
        ImmutableDictionary<OrganizationId, ImmutableSortedSet<OrganizationId>>? children = null,
        ImmutableDictionary<OrganizationId, ImmutableSortedSet<MemberId>>? membersOf = null) => new(
        organizations ?? Organizations,
        Dissolved,
        members ?? Members,
        roles ?? Roles,
        history ?? History,
        children ?? _children,
        membersOf ?? _membersOf);
}
