namespace PartyBuilding.Core.Organizations;

/// <summary>Which kinds of organization may be roots and which kind may sit under which: data, carried by the snapshot and validated.</summary>
/// <remarks>
/// <see cref="Default"/> follows the order of the party constitution and the 2019 organ regulation: working committee →
/// leading party group or party committee → organ party committee (with its discipline committee) → general branch →
/// branch → party group. Immutable and thread-safe.
/// </remarks>
public sealed record NestingRules
{
    /// <summary>Initializes rules.</summary>
    /// <param name="rootKinds">The kinds that may have no parent.</param>
    /// <param name="allowed">The allowed parent–child pairs.</param>
    public NestingRules(ImmutableArray<OrganizationKind> rootKinds, ImmutableArray<KindNesting> allowed)
    {
        RootKinds = rootKinds;
        Allowed = allowed;
    }

    /// <summary>Gets the default rules for the organs of a working committee.</summary>
    public static NestingRules Default { get; } = CreateDefault();

    /// <summary>Gets the kinds that may have no parent.</summary>
    public ImmutableArray<OrganizationKind> RootKinds { get; init => field = value.IsDefault ? [] : value; }

    /// <summary>Gets the allowed parent–child pairs.</summary>
    public ImmutableArray<KindNesting> Allowed { get; init => field = value.IsDefault ? [] : value; }

    /// <summary>Tells whether a kind may be a root.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> when it may have no parent.</returns>
    public bool AllowsRoot(OrganizationKind kind) => RootKinds.Contains(kind);

    /// <summary>Tells whether a kind may sit under another.</summary>
    /// <param name="parent">The parent's kind.</param>
    /// <param name="child">The child's kind.</param>
    /// <returns><see langword="true"/> when the pair is allowed.</returns>
    public bool Allows(OrganizationKind parent, OrganizationKind child) => Allowed.Contains(new KindNesting(parent, child));

    /// <inheritdoc />
    public bool Equals(NestingRules? other) =>
        other is not null && RootKinds.SequenceEqual(other.RootKinds) && Allowed.SequenceEqual(other.Allowed);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RootKinds.Length, Allowed.Length);

    private static NestingRules CreateDefault()
    {
        OrganizationKind[] branches = [OrganizationKind.Branch, OrganizationKind.JointBranch, OrganizationKind.TemporaryBranch, OrganizationKind.RetireeBranch];
        var pairs = ImmutableArray.CreateBuilder<KindNesting>();
        void Add(OrganizationKind parent, params OrganizationKind[] children)
        {
            foreach (var child in children)
            {
                pairs.Add(new KindNesting(parent, child));
            }
        }

        OrganizationKind[] underDepartment = [OrganizationKind.OrganPartyCommittee, OrganizationKind.OrganDisciplineCommittee, OrganizationKind.GeneralBranch, .. branches];
        Add(OrganizationKind.WorkingCommittee, [OrganizationKind.LeadingPartyGroup, OrganizationKind.PartyCommittee, OrganizationKind.OrganPartyCommittee, OrganizationKind.GeneralBranch, .. branches]);
        Add(OrganizationKind.LeadingPartyGroup, underDepartment);
        Add(OrganizationKind.PartyCommittee, underDepartment);
        Add(OrganizationKind.OrganPartyCommittee, [OrganizationKind.OrganDisciplineCommittee, OrganizationKind.GeneralBranch, .. branches]);
        Add(OrganizationKind.GeneralBranch, branches);
        foreach (var branch in branches)
        {
            Add(branch, OrganizationKind.PartyGroup);
        }

        return new NestingRules([OrganizationKind.WorkingCommittee], pairs.ToImmutable());
    }
}
