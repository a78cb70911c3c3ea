using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// <c>branch-committee-size-general</c>: a branch committee generally has no more than 5 members; 6 or 7 is a warning
/// (above 7, <see cref="BranchCommitteeSizeRule"/> reports a violation instead).
/// </summary>
/// <remarks>Cites <c>Sources.BranchWorkRegulation2018.At("第六章")</c>. Thread-safe.</remarks>
/// <param name="generalMaximum">The size generally not exceeded; <see cref="OrganizationRegulations.BranchCommitteeGeneralMaximum"/> when <see langword="null"/>.</param>
/// <param name="maximum">The hard maximum; <see cref="OrganizationRegulations.BranchCommitteeMaximum"/> when <see langword="null"/>.</param>
public sealed class BranchCommitteeGeneralSizeRule(DatedParameter<int>? generalMaximum = null, DatedParameter<int>? maximum = null) : ComplianceRule
{
    private readonly DatedParameter<int> _general = generalMaximum ?? OrganizationRegulations.BranchCommitteeGeneralMaximum;
    private readonly DatedParameter<int> _maximum = maximum ?? OrganizationRegulations.BranchCommitteeMaximum;

    /// <inheritdoc />
    public override string Name => "branch-committee-size-general";

    /// <inheritdoc />
    public override ComplianceSeverity Severity => ComplianceSeverity.Warning;

    /// <inheritdoc />
    protected override IEnumerable<ComplianceFinding> Evaluate(OrganizationTree tree, Organization organization)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(organization);
        if (!organization.Kind.IsBranch() || !organization.HasCommittee
            || !_general.TryGetEntryAsOf(tree.Date, out var general) || !_maximum.TryGetEntryAsOf(tree.Date, out var max))
        {
            yield break;
        }

        var size = BranchCommitteeSizeRule.CommitteeSize(tree, organization.Id);
        if (size > general.Value && size <= max.Value)
        {
            yield return Finding(organization, general, _general.Name, "threshold < measured <= maximum", size, general.Value,
                new LocalizedText($"支部委员会超过一般{general.Value}人", $"The branch committee is larger than the usual {general.Value} members"),
                Input("支部委员会人数", "Committee members", size, organization.Id.Value));
        }
    }
}
