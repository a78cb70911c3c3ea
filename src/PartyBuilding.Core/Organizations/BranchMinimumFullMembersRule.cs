using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// <c>branch-minimum-full-members</c>: a branch has at least 3 full members (正式党员3人以上的，成立党支部); fewer is a violation.
/// </summary>
/// <remarks>Cites <c>Sources.BranchWorkRegulation2018.At("第四条")</c>, <c>Sources.OrganRegulation2019.At("第七条")</c> and the party constitution, article 30. Thread-safe.</remarks>
/// <param name="minimum">The fewest full members; <see cref="OrganizationRegulations.BranchMinimumFullMembers"/> when <see langword="null"/>.</param>
public sealed class BranchMinimumFullMembersRule(DatedParameter<int>? minimum = null) : ComplianceRule
{
    private readonly DatedParameter<int> _minimum = minimum ?? OrganizationRegulations.BranchMinimumFullMembers;

    /// <inheritdoc />
    public override string Name => "branch-minimum-full-members";

    /// <inheritdoc />
    public override ComplianceSeverity Severity => ComplianceSeverity.Violation;

    /// <inheritdoc />
    protected override IEnumerable<ComplianceFinding> Evaluate(OrganizationTree tree, Organization organization)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(organization);
        if (!organization.Kind.IsBranch() || !_minimum.TryGetEntryAsOf(tree.Date, out var entry))
        {
            yield break;
        }

        var full = tree.FullMemberCount(organization.Id);
        if (full < entry.Value)
        {
            yield return Finding(organization, entry, _minimum.Name, "measured < threshold", full, entry.Value,
                new LocalizedText($"党支部正式党员不足{entry.Value}人", $"The branch has fewer than {entry.Value} full members"),
                Input("正式党员数", "Full members", full, organization.Id.Value));
        }
    }
}
