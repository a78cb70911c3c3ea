using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// <c>form-advice</c>: an organization whose member count calls for another form is noted as advice — 100 or more
/// members call for a grassroots committee (机关党委), 50 to 99 for a general branch (党总支). Checked for branches and
/// general branches; members below them (party groups, branches of a general branch) count.
/// </summary>
/// <remarks>Cites <c>Sources.OrganRegulation2019.At("第五条")</c> and <c>.At("第六条")</c>. Thread-safe.</remarks>
/// <param name="committeeMembers">Members calling for a committee; <see cref="OrganizationRegulations.CommitteeFormMembers"/> when <see langword="null"/>.</param>
/// <param name="generalBranchMembers">Members calling for a general branch; <see cref="OrganizationRegulations.GeneralBranchFormMembers"/> when <see langword="null"/>.</param>
public sealed class OrganizationFormAdviceRule(DatedParameter<int>? committeeMembers = null, DatedParameter<int>? generalBranchMembers = null) : ComplianceRule
{
    private readonly DatedParameter<int> _committee = committeeMembers ?? OrganizationRegulations.CommitteeFormMembers;
    private readonly DatedParameter<int> _general = generalBranchMembers ?? OrganizationRegulations.GeneralBranchFormMembers;

    /// <inheritdoc />
    public override string Name => "form-advice";

    /// <inheritdoc />
    public override ComplianceSeverity Severity => ComplianceSeverity.Advice;

    /// <inheritdoc />
    protected override IEnumerable<ComplianceFinding> Evaluate(OrganizationTree tree, Organization organization)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(organization);
        if (!(organization.Kind.IsBranch() || organization.Kind == OrganizationKind.GeneralBranch)
            || !_committee.TryGetEntryAsOf(tree.Date, out var committee) || !_general.TryGetEntryAsOf(tree.Date, out var general))
        {
            yield break;
        }

        var count = tree.MemberCount(organization.Id);
        var input = Input("党员数", "Members", count, organization.Id.Value);
        if (count >= committee.Value)
        {
            yield return Finding(organization, committee, _committee.Name, "measured >= threshold", count, committee.Value,
                new LocalizedText($"党员{committee.Value}人以上，宜设立机关党委", $"{committee.Value} or more members call for a grassroots committee"), input);
        }
        else if (count >= general.Value && organization.Kind.IsBranch())
        {
            yield return Finding(organization, general, _general.Name, "measured >= threshold", count, general.Value,
                new LocalizedText($"党员{general.Value}人以上，宜设立党总支", $"{general.Value} or more members call for a general branch"), input);
        }
    }
}
