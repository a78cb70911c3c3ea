using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// <c>branch-committee-required</c>: a branch with 7 or more full members sets up a branch committee (支部委员会); a branch
/// of that size without one is a violation.
/// </summary>
/// <remarks>Cites <c>Sources.BranchWorkRegulation2018.At("第六章")</c> and <c>Sources.OrganRegulation2019.At("第七条")</c>. Thread-safe.</remarks>
/// <param name="threshold">The full-member count that calls for a committee; <see cref="OrganizationRegulations.BranchCommitteeFullMembers"/> when <see langword="null"/>.</param>
public sealed class BranchCommitteeRequiredRule(DatedParameter<int>? threshold = null) : ComplianceRule
{
    private readonly DatedParameter<int> _threshold = threshold ?? OrganizationRegulations.BranchCommitteeFullMembers;

    /// <inheritdoc />
    public override string Name => "branch-committee-required";

    /// <inheritdoc />
    public override ComplianceSeverity Severity => ComplianceSeverity.Violation;

    /// <inheritdoc />
    protected override IEnumerable<ComplianceFinding> Evaluate(OrganizationTree tree, Organization organization)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(organization);
        if (!organization.Kind.IsBranch() || organization.HasCommittee || !_threshold.TryGetEntryAsOf(tree.Date, out var entry))
        {
            yield break;
        }

        var full = tree.FullMemberCount(organization.Id);
        if (full >= entry.Value)
        {
            yield return Finding(organization, entry, _threshold.Name, "measured >= threshold and no committee", full, entry.Value,
                new LocalizedText($"正式党员{entry.Value}人以上的党支部未设支部委员会", $"A branch of {entry.Value} or more full members has no committee"),
                Input("正式党员数", "Full members", full, organization.Id.Value));
        }
    }
}
