using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// <c>branch-committee-size</c>: a branch committee has 3 to 7 members (由3至5人组成，一般不超过7人); fewer than 3 or more
/// than 7 is a violation. Committee members are the distinct holders of committee roles (书记, 副书记, 委员).
/// </summary>
/// <remarks>Cites <c>Sources.BranchWorkRegulation2018.At("第六章")</c>. Thread-safe.</remarks>
/// <param name="minimum">The smallest committee; <see cref="OrganizationRegulations.BranchCommitteeMinimum"/> when <see langword="null"/>.</param>
/// <param name="maximum">The largest committee; <see cref="OrganizationRegulations.BranchCommitteeMaximum"/> when <see langword="null"/>.</param>
public sealed class BranchCommitteeSizeRule(DatedParameter<int>? minimum = null, DatedParameter<int>? maximum = null) : ComplianceRule
{
    private readonly DatedParameter<int> _minimum = minimum ?? OrganizationRegulations.BranchCommitteeMinimum;
    private readonly DatedParameter<int> _maximum = maximum ?? OrganizationRegulations.BranchCommitteeMaximum;

    /// <inheritdoc />
    public override string Name => "branch-committee-size";

    /// <inheritdoc />
    public override ComplianceSeverity Severity => ComplianceSeverity.Violation;

    /// <summary>Counts the distinct members holding committee roles in an organization.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="id">The organization.</param>
    /// <returns>The committee size.</returns>
    public static int CommitteeSize(OrganizationTree tree, OrganizationId id)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return tree.RolesOf(id).Where(r => r.Role.IsCommitteeRole()).Select(r => r.MemberId).Distinct().Count();
    }

    /// <inheritdoc />
    protected override IEnumerable<ComplianceFinding> Evaluate(OrganizationTree tree, Organization organization)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(organization);
        if (!organization.Kind.IsBranch() || !organization.HasCommittee
            || !_minimum.TryGetEntryAsOf(tree.Date, out var min) || !_maximum.TryGetEntryAsOf(tree.Date, out var max))
        {
            yield break;
        }

        var size = CommitteeSize(tree, organization.Id);
        var input = Input("支部委员会人数", "Committee members", size, organization.Id.Value);
        if (size < min.Value)
        {
            yield return Finding(organization, min, _minimum.Name, "measured < threshold", size, min.Value,
                new LocalizedText($"支部委员会不足{min.Value}人", $"The branch committee has fewer than {min.Value} members"), input);
        }
        else if (size > max.Value)
        {
            yield return Finding(organization, max, _maximum.Name, "measured > threshold", size, max.Value,
                new LocalizedText($"支部委员会超过{max.Value}人", $"The branch committee has more than {max.Value} members"), input);
        }
    }
}
