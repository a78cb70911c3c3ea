using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>A breach of a structural rule: the field it concerns (relative to the item or event), its code, message and value.</summary>
internal readonly record struct StructureProblem(string Field, string Code, string Message, string? Value);

/// <summary>
/// The structural rules an organization tree keeps at every date, written once: the
/// <see cref="OrganizationSnapshotValidator"/> checks a snapshot with them, and the registry checks each event of the
/// log against the state it changes. Each rule returns its problem, or <see langword="null"/> when it holds.
/// </summary>
/// <remarks>
/// A snapshot lists its items (so a message says which item is wrong); a change is told against the current state (so a
/// message says what the change would break): <see cref="StructureSubject"/> picks the wording, never the verdict.
/// </remarks>
internal static class OrganizationStructureRules
{
    /// <summary>Rule 1: an organization without a parent is of a kind that may be a root.</summary>
    public static StructureProblem? Root(OrganizationId id, OrganizationKind kind, NestingRules nesting) =>
        nesting.AllowsRoot(kind) ? null : new("ParentId", OrganizationsErrorCodes.RootNotAllowed, $"A {kind} needs a parent.", id.Value);

    /// <summary>Rule 2: a kind sits only under a kind the nesting rules allow.</summary>
    public static StructureProblem? Nesting(Organization parent, OrganizationKind kind, NestingRules nesting) =>
        nesting.Allows(parent.Kind, kind)
            ? null
            : new("ParentId", OrganizationsErrorCodes.NestingNotAllowed, $"A {kind} may not sit under a {parent.Kind}.", parent.Id.Value);

    /// <summary>Rule 3: members belong to organizations that hold members (branches and party groups).</summary>
    public static StructureProblem? HoldsMembers(Organization branch, string field) =>
        branch.Kind.HoldsMembers()
            ? null
            : new(field, OrganizationsErrorCodes.NotABranch, $"Members belong to branches or party groups, not to a {branch.Kind}.", branch.Id.Value);

    /// <summary>Rule 4: an organization's district is one of the snapshot's districts.</summary>
    public static StructureProblem? DistrictKnown(DistrictId? district, IReadOnlySet<DistrictId> districts) =>
        district is { } d && !districts.Contains(d)
            ? new("DistrictId", OrganizationsErrorCodes.DistrictUnknown, $"District '{d}' is not defined.", d.Value)
            : null;

    /// <summary>Rule 5: an organization referred to exists.</summary>
    /// <param name="id">The organization referred to.</param>
    /// <param name="field">The field that refers to it.</param>
    /// <param name="subject">How the reference is worded: in a snapshot, what the field names (<c>Parent</c>, <c>Branch</c>, …).</param>
    /// <param name="dissolved">Whether it existed and has been dissolved (a change only).</param>
    public static StructureProblem OrganizationUnknown(OrganizationId id, string field, StructureSubject subject, bool dissolved = false) =>
        dissolved ? new(field, OrganizationsErrorCodes.AlreadyDissolved, $"'{id}' has already been dissolved.", id.Value)
        : subject.InSnapshot ? new(field, OrganizationsErrorCodes.OrganizationUnknown, $"{subject.Noun} '{id}' {subject.NotInSnapshot}.", id.Value)
        : new(field, OrganizationsErrorCodes.OrganizationUnknown, $"'{id}' is not a known organization.", id.Value);

    /// <summary>Rule 6: a member referred to exists.</summary>
    public static StructureProblem MemberUnknown(MemberId id, string field, StructureSubject subject) =>
        subject.InSnapshot
            ? new(field, OrganizationsErrorCodes.MemberUnknown, $"Member '{id}' is not in the snapshot.", id.Value)
            : new(field, OrganizationsErrorCodes.MemberUnknown, $"'{id}' is not a current member.", id.Value);

    /// <summary>Rule 7: no organization is its own ancestor (a change: no organization moves under itself or its own descendant).</summary>
    public static StructureProblem Cycle(OrganizationId id, OrganizationId parentId, StructureSubject subject) =>
        new(
            "ParentId",
            OrganizationsErrorCodes.Cycle,
            subject.InSnapshot ? $"'{id}' is its own ancestor." : $"'{id}' cannot move under itself or its own descendant '{parentId}'.",
            parentId.Value);

    /// <summary>Rule 8: a member holds a role in an organization once.</summary>
    public static StructureProblem? RoleOnce(RoleAssignment role, bool alreadyHeld, StructureSubject subject) =>
        !alreadyHeld ? null
        : subject.InSnapshot
            ? new(string.Empty, OrganizationsErrorCodes.RoleDuplicate, $"'{role.MemberId}' holds {role.Role} in '{role.OrganizationId}' twice.", role.MemberId.Value)
            : new("Role", OrganizationsErrorCodes.RoleDuplicate, $"'{role.MemberId}' already holds {role.Role} in '{role.OrganizationId}'.", role.Role.ToString());

    /// <summary>Rule 9: an organization has one secretary at a time.</summary>
    /// <param name="role">The role taken.</param>
    /// <param name="secretary">The organization's secretary before the role is taken, or <see langword="null"/> when none.</param>
    /// <param name="subject">How the problem is worded.</param>
    public static StructureProblem? OneSecretary(RoleAssignment role, MemberId? secretary, StructureSubject subject) =>
        role.Role != PartyRole.Secretary || secretary is not { } holder ? null
        : subject.InSnapshot
            ? new(string.Empty, OrganizationsErrorCodes.SecretaryTaken, $"'{role.OrganizationId}' has two secretaries.", role.MemberId.Value)
            : new("Role", OrganizationsErrorCodes.SecretaryTaken, $"'{role.OrganizationId}' already has secretary '{holder}'; end that role first.", holder.Value);

    /// <summary>Tells whether <paramref name="candidate"/> is <paramref name="ancestor"/> or lies below it, walking parents (a change: one walk per event).</summary>
    public static bool IsSelfOrDescendant(OrganizationId candidate, OrganizationId ancestor, IReadOnlyDictionary<OrganizationId, Organization> organizations)
    {
        OrganizationId? current = candidate;
        var steps = 0;
        while (current is { } id && steps++ <= organizations.Count)
        {
            if (id == ancestor)
            {
                return true;
            }

            current = organizations.TryGetValue(id, out var org) ? org.ParentId : null;
        }

        return false;
    }

    /// <summary>
    /// Finds every organization that is its own ancestor (lies on a cycle of parents) in one pass: each organization is
    /// coloured when its walk to a root first reaches it, so every parent link is followed once (linear in the number of
    /// organizations, where walking every ancestor of every organization is quadratic on a long chain).
    /// </summary>
    public static HashSet<OrganizationId> OnCycles(IReadOnlyDictionary<OrganizationId, Organization> organizations)
    {
        var onCycle = new HashSet<OrganizationId>();
        var finished = new HashSet<OrganizationId>();
        var path = new List<OrganizationId>();
        var onPath = new Dictionary<OrganizationId, int>();
        foreach (var start in organizations.Keys)
        {
            path.Clear();
            onPath.Clear();
            OrganizationId? current = start;
            while (current is { } id && !finished.Contains(id) && organizations.TryGetValue(id, out var org))
            {
                if (onPath.TryGetValue(id, out var at))
                {
                    onCycle.UnionWith(path.Skip(at));
                    break;
                }

                onPath.Add(id, path.Count);
                path.Add(id);
                current = org.ParentId;
            }

            finished.UnionWith(path);
        }

        return onCycle;
    }
}

/// <summary>How a structural problem is worded: about an item of a snapshot (naming what the field refers to) or about a change of the log.</summary>
/// <param name="InSnapshot">Whether the problem is about an item of a snapshot.</param>
/// <param name="Noun">In a snapshot, what the field refers to: <c>Parent</c>, <c>Branch</c>, <c>Organization</c>, <c>Committee</c>.</param>
/// <param name="NotInSnapshot">In a snapshot, how absence is told: <c>is not an organization of the snapshot</c> or <c>is not in the snapshot</c>.</param>
internal readonly record struct StructureSubject(bool InSnapshot, string Noun = "", string NotInSnapshot = "")
{
    /// <summary>A change of the log, told against the current state.</summary>
    public static StructureSubject Change => new(false);

    /// <summary>An item of a snapshot.</summary>
    public static StructureSubject Snapshot => new(true);

    /// <summary>An item of a snapshot whose field names a <paramref name="noun"/> (<c>Parent</c>, <c>Branch</c>) that is not an organization of the snapshot.</summary>
    public static StructureSubject SnapshotOrganization(string noun) => new(true, noun, "is not an organization of the snapshot");

    /// <summary>An item of a snapshot whose field names a <paramref name="noun"/> (<c>Organization</c>, <c>Committee</c>) that is not in the snapshot.</summary>
    public static StructureSubject SnapshotItem(string noun) => new(true, noun, "is not in the snapshot");
}
