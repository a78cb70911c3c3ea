using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// <c>party-group-empty</c>: a party group (党小组) with no members does not function, a problem article 003 names; a
/// warning.
/// </summary>
/// <remarks>Cites <c>Sources.Article003.At("二、（五）")</c>. Thread-safe.</remarks>
/// <param name="minimum">The fewest members; <see cref="OrganizationRegulations.PartyGroupMinimumMembers"/> when <see langword="null"/>.</param>
public sealed class PartyGroupWithoutMembersRule(DatedParameter<int>? minimum = null) : ComplianceRule
{
    private readonly DatedParameter<int> _minimum = minimum ?? OrganizationRegulations.PartyGroupMinimumMembers;

    /// <inheritdoc />
    public override string Name => "party-group-empty";

    /// <inheritdoc />
    public override ComplianceSeverity Severity => ComplianceSeverity.Warning;

    /// <inheritdoc />
    protected override IEnumerable<ComplianceFinding> Evaluate(OrganizationTree tree, Organization organization)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(organization);
        if (organization.Kind != OrganizationKind.PartyGroup || !_minimum.TryGetEntryAsOf(tree.Date, out var entry))
        {
            yield break;
        }

        var count = tree.MemberCount(organization.Id);
        if (count < entry.Value)
        {
            yield return Finding(organization, entry, _minimum.Name, "measured < threshold", count, entry.Value,
                new LocalizedText("党小组没有党员", "The party group has no members"),
                Input("党员数", "Members", count, organization.Id.Value));
        }
    }
}
