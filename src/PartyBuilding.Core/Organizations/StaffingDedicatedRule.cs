using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// <c>staffing-no-dedicated-staff</c> (violation): an organ with staff has at least one full-time party-affairs person —
/// the 2019 organ regulation's clause for organs with few staff (机关工作人员较少的单位，应当保证有专人负责, 第三十条), which
/// the 1% share of larger organs (<see cref="StaffingRatioRule"/>) implies as well. Checked for every organization with an
/// organ staff count above zero; cadres are counted as by <see cref="StaffingRatioRule.PartyAffairsCadres"/>.
/// </summary>
/// <remarks>
/// Cites <c>Sources.OrganRegulation2019.At("第三十条…")</c>; no entry before 2019-12-29 (the 2010 wording could not be
/// checked). Thread-safe.
/// </remarks>
/// <param name="minimum">The fewest dedicated staff; <see cref="OrganizationRegulations.StaffingDedicatedMinimum"/> when <see langword="null"/>.</param>
public sealed class StaffingDedicatedRule(DatedParameter<int>? minimum = null) : ComplianceRule
{
    private readonly DatedParameter<int> _minimum = minimum ?? OrganizationRegulations.StaffingDedicatedMinimum;

    /// <inheritdoc />
    public override string Name => "staffing-no-dedicated-staff";

    /// <inheritdoc />
    public override ComplianceSeverity Severity => ComplianceSeverity.Violation;

    /// <inheritdoc />
    protected override IEnumerable<ComplianceFinding> Evaluate(OrganizationTree tree, Organization organization)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(organization);
        if (organization.OrganStaffCount is not { } staff || staff <= 0 || !_minimum.TryGetEntryAsOf(tree.Date, out var entry))
        {
            yield break;
        }

        var cadres = StaffingRatioRule.PartyAffairsCadres(tree, organization.Id);
        if (cadres < entry.Value)
        {
            yield return Finding(organization, entry, _minimum.Name, "measured < threshold", cadres, entry.Value,
                new LocalizedText("没有专人负责党务工作", "No dedicated full-time party-affairs staff"),
                Input("专职党务工作人员数", "Full-time party-affairs staff", cadres, organization.Id.Value),
                Input("机关工作人员数", "Organ staff", staff, organization.Id.Value));
        }
    }
}
