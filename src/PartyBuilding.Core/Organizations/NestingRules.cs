using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>Which kinds of organization may be roots and which kind may sit under which: data, carried by the snapshot and validated.</summary>
/// <remarks>
/// <para><see cref="Default"/> follows the 2019 organ regulation: working committee → leading party group or party
/// committee → organ party committee (with its discipline committee) → general branch → branch → party group. Each pair
/// says how the parent relates to the child (<see cref="KindNesting.Relation"/>): the working committee guides and
/// supervises a department's leading party group or party committee (指导督促各单位党组（党委）, 第三十四条) and leads the
/// organ's grassroots organizations (统一领导所属机关党的工作, 第三十三、三十四条); a department's leading party group or party
/// committee leads its organ's grassroots organizations (在上级党的委员会或者党的机关工作委员会和本单位党组（党委）领导下,
/// 第二条). Under the 2010 revision (第四条) the department's party group guided (指导) the organ's grassroots organizations
/// rather than led them; the default records the 2019 relation.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record NestingRules
{
    /// <summary>Initializes rules.</summary>
    /// <param name="rootKinds">The kinds that may have no parent.</param>
    /// <param name="allowed">The allowed parent–child pairs.</param>
    public NestingRules(ValueArray<OrganizationKind> rootKinds, ValueArray<KindNesting> allowed)
    {
        RootKinds = rootKinds;
        Allowed = allowed;
    }

    /// <summary>Gets the default rules for the organs of a working committee.</summary>
    public static NestingRules Default { get; } = CreateDefault();

    /// <summary>Gets the kinds that may have no parent.</summary>
    public ValueArray<OrganizationKind> RootKinds { get; init; }

    /// <summary>Gets the allowed parent–child pairs.</summary>
    public ValueArray<KindNesting> Allowed { get; init; }

    /// <summary>Tells whether a kind may be a root.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> when it may have no parent.</returns>
    public bool AllowsRoot(OrganizationKind kind) => RootKinds.Contains(kind);

    /// <summary>Tells whether a kind may sit under another.</summary>
    /// <param name="parent">The parent's kind.</param>
    /// <param name="child">The child's kind.</param>
    /// <returns><see langword="true"/> when the pair is allowed.</returns>
    public bool Allows(OrganizationKind parent, OrganizationKind child) => RelationOf(parent, child) is not null;

    /// <summary>Tells how a parent of one kind relates to a child of another.</summary>
    /// <param name="parent">The parent's kind.</param>
    /// <param name="child">The child's kind.</param>
    /// <returns>The relation of the first allowed pair that matches, or <see langword="null"/> when the pair is not allowed.</returns>
    public NestingRelation? RelationOf(OrganizationKind parent, OrganizationKind child) =>
        Allowed.FirstOrDefault(p => p.Parent == parent && p.Child == child)?.Relation;

    private static NestingRules CreateDefault()
    {
        OrganizationKind[] branches = [OrganizationKind.Branch, OrganizationKind.JointBranch, OrganizationKind.TemporaryBranch, OrganizationKind.RetireeBranch];
        var pairs = ImmutableArray.CreateBuilder<KindNesting>();
        void Add(OrganizationKind parent, OrganizationKind[] children, NestingRelation relation = NestingRelation.Leads)
        {
            foreach (var child in children)
            {
                pairs.Add(new KindNesting(parent, child, relation));
            }
        }

        OrganizationKind[] underDepartment = [OrganizationKind.OrganPartyCommittee, OrganizationKind.OrganDisciplineCommittee, OrganizationKind.GeneralBranch, .. branches];
        Add(OrganizationKind.WorkingCommittee, [OrganizationKind.LeadingPartyGroup, OrganizationKind.PartyCommittee], NestingRelation.GuidesAndSupervises);
        Add(OrganizationKind.WorkingCommittee, [OrganizationKind.OrganPartyCommittee, OrganizationKind.GeneralBranch, .. branches]);
        Add(OrganizationKind.LeadingPartyGroup, underDepartment);
        Add(OrganizationKind.PartyCommittee, underDepartment);
        Add(OrganizationKind.OrganPartyCommittee, [OrganizationKind.OrganDisciplineCommittee, OrganizationKind.GeneralBranch, .. branches]);
        Add(OrganizationKind.GeneralBranch, branches);
        foreach (var branch in branches)
        {
            Add(branch, [OrganizationKind.PartyGroup]);
        }

        return new NestingRules([OrganizationKind.WorkingCommittee], pairs.ToImmutable());
    }
}
