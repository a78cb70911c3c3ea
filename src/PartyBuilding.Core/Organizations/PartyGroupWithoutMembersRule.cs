using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// <c>party-group-empty</c> (warning): the library's own check that a party group (党小组) has members. Article 003 reports
/// party groups whose function is not exercised (党小组职能没有发挥); whether a group functions cannot be read from the
/// organization data, so this rule checks only the one case the data shows, a group with no members, and says so.
/// </summary>
/// <remarks>Cites <c>Sources.LibraryRules</c> (illustrative: no source states it). Thread-safe.</remarks>
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
