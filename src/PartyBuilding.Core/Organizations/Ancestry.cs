using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// The parent links of a set of organizations laid out once, so that "does the walk up from this organization reach that
/// one" is answered without walking: <see cref="IsSelfOrDescendant"/> gives what
/// <see cref="OrganizationStructureRules.IsSelfOrDescendant"/> gives, in constant time.
/// </summary>
/// <remarks>
/// The organizations on cycles are found first (<see cref="OrganizationStructureRules.OnCycles"/>) and each cycle numbered.
/// The other parent links form a forest whose roots are the organizations without a parent, those whose parent is not in
/// the set, and the organizations on cycles; a depth-first pass numbers each organization on entry and exit, so an
/// organization lies under another exactly when its interval lies inside the other's. A walk up from an organization ends
/// at its root: past it lies the root's unknown parent (one more identifier the walk compares), or the root's cycle, all of
/// whose organizations the walk meets. Building is linear in the organizations; the snapshot validator asks once for every
/// later listing of a duplicated identifier, which walked the whole chain each time (issue 25, bounded time).
/// </remarks>
internal sealed class Ancestry
{
    private readonly IReadOnlyDictionary<OrganizationId, Organization> _organizations;
    private readonly Dictionary<OrganizationId, Place> _places;
    private readonly Dictionary<OrganizationId, int> _cycles;

    private Ancestry(IReadOnlyDictionary<OrganizationId, Organization> organizations, Dictionary<OrganizationId, Place> places, Dictionary<OrganizationId, int> cycles)
    {
        _organizations = organizations;
        _places = places;
        _cycles = cycles;
    }

    /// <summary>Lays out the parent links of a set of organizations.</summary>
    /// <param name="organizations">The organizations by identifier (parents may name identifiers outside it).</param>
    /// <returns>The layout.</returns>
    public static Ancestry Of(IReadOnlyDictionary<OrganizationId, Organization> organizations)
    {
        var cycles = NumberCycles(organizations);
        var children = new Dictionary<OrganizationId, List<OrganizationId>>();
        var roots = new List<OrganizationId>();
        foreach (var (id, org) in organizations)
        {
            if (!cycles.ContainsKey(id) && org.ParentId is { } parent && organizations.ContainsKey(parent))
            {
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }

                list.Add(id);
            }
            else
            {
                roots.Add(id);
            }
        }

        var places = new Dictionary<OrganizationId, Place>(organizations.Count);
        var clock = 0;
        var stack = new Stack<(OrganizationId Id, int Next)>();
        var entered = new Dictionary<OrganizationId, int>(organizations.Count);
        foreach (var root in roots)
        {
            stack.Push((root, 0));
            entered[root] = clock++;
            while (stack.TryPop(out var top))
            {
                var below = children.GetValueOrDefault(top.Id);
                if (below is not null && top.Next < below.Count)
                {
                    stack.Push((top.Id, top.Next + 1));
                    stack.Push((below[top.Next], 0));
                    entered[below[top.Next]] = clock++;
                }
                else
                {
                    places[top.Id] = new Place(entered[top.Id], clock++, root);
                }
            }
        }

        return new Ancestry(organizations, places, cycles);
    }

    /// <summary>Tells whether an organization lies on a cycle of parents (is its own ancestor).</summary>
    /// <param name="id">The organization.</param>
    /// <returns>Whether it does.</returns>
    public bool OnCycle(OrganizationId id) => _cycles.ContainsKey(id);

    /// <summary>
    /// Tells whether the walk up the parents from <paramref name="candidate"/> meets <paramref name="ancestor"/>: whether the
    /// candidate is the ancestor or lies below it.
    /// </summary>
    /// <param name="candidate">Where the walk starts.</param>
    /// <param name="ancestor">What it looks for.</param>
    /// <returns>Whether the walk meets it.</returns>
    public bool IsSelfOrDescendant(OrganizationId candidate, OrganizationId ancestor)
    {
        if (candidate == ancestor)
        {
            return true;
        }

        if (!_places.TryGetValue(candidate, out var from))
        {
            return false;
        }

        if (_cycles.TryGetValue(ancestor, out var cycle))
        {
            return _cycles.TryGetValue(from.Root, out var reached) && reached == cycle;
        }

        if (_places.TryGetValue(ancestor, out var to))
        {
            return to.In <= from.In && from.Out <= to.Out;
        }

        return !_cycles.ContainsKey(from.Root) && _organizations[from.Root].ParentId == ancestor;
    }

    private static Dictionary<OrganizationId, int> NumberCycles(IReadOnlyDictionary<OrganizationId, Organization> organizations)
    {
        var cycles = new Dictionary<OrganizationId, int>();
        var count = 0;
        foreach (var id in OrganizationStructureRules.OnCycles(organizations))
        {
            if (cycles.ContainsKey(id))
            {
                continue;
            }

            var number = count++;
            for (var at = id; cycles.TryAdd(at, number);)
            {
                at = organizations[at].ParentId!.Value;
            }
        }

        return cycles;
    }

    /// <summary>An organization's entry and exit numbers in the depth-first pass, and the root its walk up ends at.</summary>
    private readonly record struct Place(int In, int Out, OrganizationId Root);
}
