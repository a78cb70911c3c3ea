namespace PartyBuilding.Core.Organizations;

/// <summary>Facts about <see cref="OrganizationKind"/> values that the registry and the compliance rules share.</summary>
public static class OrganizationKinds
{
    /// <summary>Tells whether a kind is a branch (党支部, joint, temporary or retiree branch).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for the four branch kinds.</returns>
    public static bool IsBranch(this OrganizationKind kind) =>
        kind is OrganizationKind.Branch or OrganizationKind.JointBranch or OrganizationKind.TemporaryBranch or OrganizationKind.RetireeBranch;

    /// <summary>Tells whether members are placed directly in organizations of a kind: branches and party groups.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> when a member's organizational relation may sit there.</returns>
    public static bool HoldsMembers(this OrganizationKind kind) => kind.IsBranch() || kind == OrganizationKind.PartyGroup;

    /// <summary>Tells whether a kind is a grassroots committee (党委 or 机关党委).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for party committees and organ party committees.</returns>
    public static bool IsCommittee(this OrganizationKind kind) =>
        kind is OrganizationKind.PartyCommittee or OrganizationKind.OrganPartyCommittee;

    /// <summary>Tells whether a role belongs to an organization's elected committee (书记, 副书记 and 委员).</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> for the committee roles.</returns>
    public static bool IsCommitteeRole(this PartyRole role) =>
        role is PartyRole.Secretary or PartyRole.DeputySecretary or PartyRole.OrganizationCommitteeMember
            or PartyRole.PropagandaCommitteeMember or PartyRole.DisciplineCommitteeMember or PartyRole.CommitteeMember;
}
