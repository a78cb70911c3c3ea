using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// The roles held in the registry on one date, as a persistent structure: each assignment under a sequence number that keeps
/// the order in which the snapshot listed it or the log assigned it, and the sequence numbers of each organization's and each
/// member's roles. Changing a role costs a few tree nodes, not a copy of every role.
/// </summary>
/// <remarks>
/// The replay keeps one state per date of the log (<see cref="RegistryState"/>), and the states share what did not change:
/// with a flat array of roles, each role event copied every role and each date's state held its own copy, so a log of a few
/// thousand role changes on as many dates took gigabytes (8,000 changes on 5,000 branches: 640 MB; issue 25, bounded
/// memory). Finding a role looks only at its organization's few roles. Immutable and thread-safe.
/// </remarks>
internal sealed class RoleBook
{
    private readonly ImmutableSortedDictionary<long, RoleAssignment> _roles;
    private readonly ImmutableDictionary<OrganizationId, ImmutableArray<long>> _byOrganization;
    private readonly ImmutableDictionary<MemberId, ImmutableArray<long>> _byMember;
    private readonly long _next;

    private static readonly RoleBook Empty = new(
        ImmutableSortedDictionary<long, RoleAssignment>.Empty, ImmutableDictionary<OrganizationId, ImmutableArray<long>>.Empty, ImmutableDictionary<MemberId, ImmutableArray<long>>.Empty, 0);

    private RoleBook(
        ImmutableSortedDictionary<long, RoleAssignment> roles,
        ImmutableDictionary<OrganizationId, ImmutableArray<long>> byOrganization,
        ImmutableDictionary<MemberId, ImmutableArray<long>> byMember,
        long next)
    {
        _roles = roles;
        _byOrganization = byOrganization;
        _byMember = byMember;
        _next = next;
    }

    /// <summary>Gets the roles a snapshot lists, in its order.</summary>
    /// <param name="roles">The snapshot's roles.</param>
    /// <returns>The book.</returns>
    public static RoleBook Of(IEnumerable<RoleAssignment> roles)
    {
        var all = ImmutableSortedDictionary.CreateBuilder<long, RoleAssignment>();
        var byOrganization = new Dictionary<OrganizationId, List<long>>();
        var byMember = new Dictionary<MemberId, List<long>>();
        long next = 0;
        foreach (var role in roles)
        {
            all.Add(next, role);
            Listed(byOrganization, role.OrganizationId).Add(next);
            Listed(byMember, role.MemberId).Add(next);
            next++;
        }

        return next == 0 ? Empty : new RoleBook(
            all.ToImmutable(),
            byOrganization.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray()),
            byMember.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray()),
            next);
    }

    /// <summary>Gets every role in order.</summary>
    /// <returns>The roles.</returns>
    public ImmutableArray<RoleAssignment> ToImmutableArray() => [.. _roles.Values];

    /// <summary>Gets the first role an organization's roles list that matches, with its sequence number.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="match">The condition.</param>
    /// <returns>The role and its number, or <see langword="null"/>.</returns>
    public (long Number, RoleAssignment Role)? First(OrganizationId organization, Func<RoleAssignment, bool> match)
    {
        foreach (var number in _byOrganization.GetValueOrDefault(organization, []))
        {
            var role = _roles[number];
            if (match(role))
            {
                return (number, role);
            }
        }

        return null;
    }

    /// <summary>Adds a role after every other.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The changed book.</returns>
    public RoleBook Add(RoleAssignment role) => new(
        _roles.Add(_next, role),
        _byOrganization.SetItem(role.OrganizationId, _byOrganization.GetValueOrDefault(role.OrganizationId, []).Add(_next)),
        _byMember.SetItem(role.MemberId, _byMember.GetValueOrDefault(role.MemberId, []).Add(_next)),
        _next + 1);

    /// <summary>Removes one role.</summary>
    /// <param name="number">Its sequence number.</param>
    /// <returns>The changed book.</returns>
    public RoleBook Remove(long number) => RemoveAll([number]);

    /// <summary>Removes every role in an organization.</summary>
    /// <param name="organization">The organization.</param>
    /// <returns>The changed book.</returns>
    public RoleBook RemoveOrganization(OrganizationId organization) => RemoveAll(_byOrganization.GetValueOrDefault(organization, []));

    /// <summary>Removes every role a member holds.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The changed book.</returns>
    public RoleBook RemoveMember(MemberId member) => RemoveAll(_byMember.GetValueOrDefault(member, []));

    private static List<long> Listed<TKey>(Dictionary<TKey, List<long>> lists, TKey key)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        return list;
    }

    private static ImmutableDictionary<TKey, ImmutableArray<long>> Without<TKey>(ImmutableDictionary<TKey, ImmutableArray<long>> lists, TKey key, long number)
        where TKey : notnull
    {
        var left = lists[key].Remove(number);
        return left.IsEmpty ? lists.Remove(key) : lists.SetItem(key, left);
    }

    private RoleBook RemoveAll(ImmutableArray<long> numbers)
    {
        if (numbers.IsEmpty)
        {
            return this;
        }

        var (roles, byOrganization, byMember) = (_roles, _byOrganization, _byMember);
        foreach (var number in numbers)
        {
            var role = roles[number];
            roles = roles.Remove(number);
            byOrganization = Without(byOrganization, role.OrganizationId, number);
            byMember = Without(byMember, role.MemberId, number);
        }

        return new RoleBook(roles, byOrganization, byMember, _next);
    }
}
