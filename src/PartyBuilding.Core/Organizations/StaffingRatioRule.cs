using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// <c>staffing-below-minimum</c> (warning): full-time party-affairs staff are generally at least 1% of an organ's staff
/// (机关专职党务工作人员的配备，一般占机关工作人员总数的1%至2%, 2019 organ regulation 第三十条). Checked for every organization
/// with an organ staff count; the cadres counted are the distinct holders of <see cref="PartyRole.FullTimePartyAffairsCadre"/>
/// in the organization's own organ (see <see cref="PartyAffairsCadres"/>). The share is an exact <see cref="Share"/> and the
/// comparison is in whole numbers, never through a rounded decimal: a finding when cadres × denominator &lt; numerator × staff
/// (1% of 250 staff is 2.5, so 2 cadres are below it and 3 are not; under a share of 1/3, 3 of 9 reach it and 2 do not).
/// </summary>
/// <remarks>
/// <para>A warning, not a violation, because the clause says "generally" (一般). What the same article states and this
/// rule does not check: staffing above 2% is not flagged, because the article adds that organs with heavy party-building
/// tasks and too few hands should add staff (机关党建任务较重、工作力量不足的单位，应当适当增加人员), and the library has no
/// measure of the workload; an organ with few staff must have at least one dedicated person, which
/// <see cref="StaffingDedicatedRule"/> checks.</para>
/// <para>Create the rule with <see cref="Minimum"/>, which cites <c>Sources.OrganRegulation2019.At("第三十条…")</c>; it has no
/// entry before 2019-12-29 (the 2010 wording could not be checked) and finds nothing for an earlier date. Thread-safe.</para>
/// </remarks>
public sealed class StaffingRatioRule : ComplianceRule
{
    private readonly DatedParameter<Share> _share;

    /// <summary>Initializes a rule.</summary>
    /// <param name="name">The rule's name.</param>
    /// <param name="severity">The severity of its findings.</param>
    /// <param name="share">The share of the organ staff that full-time party-affairs staff generally do not fall below.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="share"/> is <see langword="null"/>.</exception>
    public StaffingRatioRule(string name, ComplianceSeverity severity, DatedParameter<Share> share)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(share);
        Name = name;
        Severity = severity;
        _share = share;
    }

    /// <summary>Gets the rule <c>staffing-below-minimum</c>, a warning below <see cref="OrganizationRegulations.StaffingMinimum"/>.</summary>
    public static StaffingRatioRule Minimum { get; } = new("staffing-below-minimum", ComplianceSeverity.Warning, OrganizationRegulations.StaffingMinimum);

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
        if (!entry.Value.IsReachedBy(cadres, staff))
        {
            var measured = (decimal)cadres / staff;
            var threshold = (decimal)entry.Value.Numerator / entry.Value.Denominator;
            var shown = entry.Value.ToDisplayString();
            yield return Finding(organization, entry, _share.Name, "cadres < staff × threshold", measured, threshold,
                new LocalizedText($"专职党务工作人员低于机关工作人员总数的{shown}", $"Full-time party-affairs staff below {shown} of organ staff"),
                Input("专职党务工作人员数", "Full-time party-affairs staff", cadres, organization.Id.Value),
                Input("机关工作人员数", "Organ staff", staff, organization.Id.Value));
        }
    }
}
