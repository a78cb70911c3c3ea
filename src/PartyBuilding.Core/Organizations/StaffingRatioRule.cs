using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// <c>staffing-below-minimum</c> (violation) and <c>staffing-above-maximum</c> (warning): full-time party-affairs staff
/// make up 1% to 2% of an organ's staff (占机关工作人员总数1%—2%). Checked for every organization with an organ staff
/// count; the cadres counted are the distinct holders of <see cref="PartyRole.FullTimePartyAffairsCadre"/> in the
/// organization's own organ (see <see cref="PartyAffairsCadres"/>). The comparison is exact (cadres against staff × share, no rounding).
/// </summary>
/// <remarks>
/// Create the two rules with <see cref="Minimum"/> and <see cref="Maximum"/>; both cite
/// <c>Sources.OrganRegulation2019</c>, which article 003 quotes. Thread-safe.
/// </remarks>
public sealed class StaffingRatioRule : ComplianceRule
{
    private readonly DatedParameter<Proportion> _share;
    private readonly bool _isMinimum;

    /// <summary>Initializes a rule.</summary>
    /// <param name="name">The rule's name.</param>
    /// <param name="severity">The severity of its findings.</param>
    /// <param name="share">The bound on the share of party-affairs staff.</param>
    /// <param name="isMinimum"><see langword="true"/> when the share is a lower bound, <see langword="false"/> for an upper bound.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="share"/> is <see langword="null"/>.</exception>
    public StaffingRatioRule(string name, ComplianceSeverity severity, DatedParameter<Proportion> share, bool isMinimum)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(share);
        Name = name;
        Severity = severity;
        _share = share;
        _isMinimum = isMinimum;
    }

    /// <summary>Gets the rule <c>staffing-below-minimum</c>.</summary>
    public static StaffingRatioRule Minimum { get; } = new("staffing-below-minimum", ComplianceSeverity.Violation, OrganizationRegulations.StaffingMinimum, isMinimum: true);

    /// <summary>Gets the rule <c>staffing-above-maximum</c>.</summary>
    public static StaffingRatioRule Maximum { get; } = new("staffing-above-maximum", ComplianceSeverity.Warning, OrganizationRegulations.StaffingMaximum, isMinimum: false);

    /// <inheritdoc />
    public override string Name { get; }

    /// <inheritdoc />
    public override ComplianceSeverity Severity { get; }

    /// <summary>
    /// Counts the distinct full-time party-affairs cadres of an organization's organ: the organization and the
    /// organizations below it, except those below it that report an organ staff count of their own — they are other
    /// organs (a working committee's departments), whose cadres are measured against their own staff.
    /// </summary>
    /// <param name="tree">The tree.</param>
    /// <param name="id">The organization.</param>
    /// <returns>The count.</returns>
    public static int PartyAffairsCadres(OrganizationTree tree, OrganizationId id)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var organ = new HashSet<OrganizationId>();
        var pending = new Stack<OrganizationId>([id]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            organ.Add(current);
            foreach (var child in tree.Children(current).Where(c => c.OrganStaffCount is null))
            {
                pending.Push(child.Id);
            }
        }

        return tree.Roles.Where(r => r.Role == PartyRole.FullTimePartyAffairsCadre && organ.Contains(r.OrganizationId))
            .Select(r => r.MemberId).Distinct().Count();
    }

    /// <inheritdoc />
    protected override IEnumerable<ComplianceFinding> Evaluate(OrganizationTree tree, Organization organization)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(organization);
        if (organization.OrganStaffCount is not { } staff || staff <= 0 || !_share.TryGetEntryAsOf(tree.Date, out var entry))
        {
            yield break;
        }

        var cadres = PartyAffairsCadres(tree, organization.Id);
        var bound = staff * entry.Value.Value;
        var breaks = _isMinimum ? cadres < bound : cadres > bound;
        if (breaks)
        {
            var measured = (decimal)cadres / staff;
            yield return Finding(organization, entry, _share.Name, _isMinimum ? "cadres < staff × threshold" : "cadres > staff × threshold", measured, entry.Value.Value,
                _isMinimum
                    ? new LocalizedText($"专职党务干部低于机关工作人员的{entry.Value.ToPercentString(0)}", $"Full-time party-affairs staff below {entry.Value.ToPercentString(0)} of organ staff")
                    : new LocalizedText($"专职党务干部高于机关工作人员的{entry.Value.ToPercentString(0)}", $"Full-time party-affairs staff above {entry.Value.ToPercentString(0)} of organ staff"),
                Input("专职党务干部数", "Full-time party-affairs cadres", cadres, organization.Id.Value),
                Input("机关工作人员数", "Organ staff", staff, organization.Id.Value));
        }
    }
}
