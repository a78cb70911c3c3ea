using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// <c>term-expired</c>: an organization whose term of office has run out without an election (换届) is a violation.
/// The term starts on the last election (or on the founding date when no election is recorded) and lasts the number of
/// years in force on that start date: 5 years for committees (党委, 机关党委, 机关纪委), 3 years for general branches and
/// branches. A term started on D with length n runs out on D + n years; the finding starts the day after.
/// </summary>
/// <remarks>
/// Working committees, leading party groups (appointed, not elected), temporary branches (set up for a task) and party
/// groups have no term and are not checked. A start date before the first entry of a parameter uses that first entry.
/// Cites the party constitution (2017, 2022) article 30, <c>Sources.BranchWorkRegulation2018</c> chapter 6 and
/// <c>Sources.OrganRegulation2019</c> articles 5–7. Thread-safe.
/// </remarks>
/// <param name="committeeYears">Committee terms; <see cref="OrganizationRegulations.CommitteeTermYears"/> when <see langword="null"/>.</param>
/// <param name="generalBranchYears">General-branch terms; <see cref="OrganizationRegulations.GeneralBranchTermYears"/> when <see langword="null"/>.</param>
/// <param name="branchYears">Branch terms; <see cref="OrganizationRegulations.BranchTermYears"/> when <see langword="null"/>.</param>
public sealed class TermOfOfficeRule(
    DatedParameter<int>? committeeYears = null,
    DatedParameter<int>? generalBranchYears = null,
    DatedParameter<int>? branchYears = null) : ComplianceRule
{
    private readonly DatedParameter<int> _committee = committeeYears ?? OrganizationRegulations.CommitteeTermYears;
    private readonly DatedParameter<int> _general = generalBranchYears ?? OrganizationRegulations.GeneralBranchTermYears;
    private readonly DatedParameter<int> _branch = branchYears ?? OrganizationRegulations.BranchTermYears;

    /// <inheritdoc />
    public override string Name => "term-expired";

    /// <inheritdoc />
    public override ComplianceSeverity Severity => ComplianceSeverity.Violation;

    /// <summary>Gets the date an organization's current term runs out.</summary>
    /// <param name="organization">The organization.</param>
    /// <returns>The last day of the term, or <see langword="null"/> when the kind has no term or no start date is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> is <see langword="null"/>.</exception>
    public LocalDate? TermEnds(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return Term(organization) is { } term ? term.Start.PlusYears(term.Entry.Value) : null;
    }

    /// <inheritdoc />
    protected override IEnumerable<ComplianceFinding> Evaluate(OrganizationTree tree, Organization organization)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(organization);
        if (Term(organization) is not { } term)
        {
            yield break;
        }

        var ends = term.Start.PlusYears(term.Entry.Value);
        if (tree.Date > ends)
        {
            var overdue = Period.DaysBetween(ends, tree.Date);
            yield return Finding(organization, term.Entry, term.Parameter.Name, "as-of date > term start + years", overdue, term.Entry.Value,
                new LocalizedText(
                    string.Create(CultureInfo.InvariantCulture, $"任期{term.Entry.Value}年已于{ends:uuuu-MM-dd}届满，未按期换届（逾期天数）"),
                    string.Create(CultureInfo.InvariantCulture, $"The {term.Entry.Value}-year term ran out on {ends:uuuu-MM-dd} without an election (days overdue)")),
                Input("任期年限", "Term in years", term.Entry.Value, organization.Id.Value),
                Input("任期开始（年）", "Term started (year)", term.Start.Year, organization.Id.Value));
        }
    }

    private (LocalDate Start, DatedValue<int> Entry, DatedParameter<int> Parameter)? Term(Organization organization)
    {
        var parameter = organization.Kind switch
        {
            OrganizationKind.PartyCommittee or OrganizationKind.OrganPartyCommittee or OrganizationKind.OrganDisciplineCommittee => _committee,
            OrganizationKind.GeneralBranch => _general,
            OrganizationKind.Branch or OrganizationKind.JointBranch or OrganizationKind.RetireeBranch => _branch,
            _ => null,
        };
        if (parameter is null || (organization.LastElectedOn ?? organization.EstablishedOn) is not { } start)
        {
            return null;
        }

        var entry = parameter.TryGetEntryAsOf(start, out var inForce) ? inForce : parameter.Entries[0];
        return (start, entry, parameter);
    }
}
