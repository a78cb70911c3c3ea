using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// <c>secretary-required</c>: every organization except a party group has a secretary (书记), its first responsible
/// person (第一责任人); a vacant post is a violation.
/// </summary>
/// <remarks>Cites <c>Sources.BranchWorkRegulation2018.At("第六章")</c>. Thread-safe.</remarks>
/// <param name="minimum">The number of secretaries required; <see cref="OrganizationRegulations.SecretaryMinimum"/> when <see langword="null"/>.</param>
public sealed class SecretaryRequiredRule(DatedParameter<int>? minimum = null) : ComplianceRule
{
    private readonly DatedParameter<int> _minimum = minimum ?? OrganizationRegulations.SecretaryMinimum;

    /// <inheritdoc />
    public override string Name => "secretary-required";

    /// <inheritdoc />
    public override ComplianceSeverity Severity => ComplianceSeverity.Violation;

    /// <inheritdoc />
    protected override IEnumerable<ComplianceFinding> Evaluate(OrganizationTree tree, Organization organization)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(organization);
        if (organization.Kind == OrganizationKind.PartyGroup || !_minimum.TryGetEntryAsOf(tree.Date, out var entry))
        {
            yield break;
        }

        var secretaries = tree.RolesOf(organization.Id).Count(r => r.Role == PartyRole.Secretary);
        if (secretaries < entry.Value)
        {
            yield return Finding(organization, entry, _minimum.Name, "measured < threshold", secretaries, entry.Value,
                new LocalizedText("党组织书记空缺", "The organization has no secretary"),
                Input("书记人数", "Secretaries", secretaries, organization.Id.Value));
        }
    }
}
