using NodaTime;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Supervision;

namespace PartyBuilding.Cli.Reports;

/// <summary>How <c>notices</c> groups its rows (<c>--by</c>).</summary>
internal enum NoticeGrouping
{
    /// <summary>By the responsible department (整改责任单位).</summary>
    Organization = 1,

    /// <summary>By the responsible person (整改责任人).</summary>
    Person = 2,
}

/// <summary>What a row of <c>notices</c> is.</summary>
internal enum NoticeRowKind
{
    /// <summary>A finding on a rectification notice that is not rectified (整改通知书未销号事项).</summary>
    NoticeItem = 1,

    /// <summary>A measure of the rectification ledger that is overdue (逾期整改措施).</summary>
    OverdueMeasure = 2,
}

/// <summary>
/// One row of <c>notices</c>: a finding on a notice not rectified as of the date (its state from
/// <see cref="SupervisionEngine.Evaluate(SupervisionRecords, SupervisionCatalogue, LocalDate, RectificationLedger)"/>), or an
/// overdue measure of the ledger (<see cref="RectificationLedgerEngine.Evaluate"/>). The identifiers are as the documents
/// write them; the names come from the structure when it is given.
/// </summary>
internal sealed record NoticeRow(
    NoticeRowKind Kind,
    OrganizationId Organization,
    string? Notice,
    LocalDate? IssuedOn,
    string? Finding,
    string? Problem,
    string? Measure,
    LocalizedText Description,
    OrganizationId Department,
    MemberId? Person,
    LocalDate? DueOn,
    LocalizedText DueBasis,
    string StateCode,
    LocalizedText State,
    int? DaysOverdue);

/// <summary>
/// The open rectification notices and overdue measures of a committee as of a date (整改通知书未销号事项和逾期整改措施),
/// as <c>notices</c> prints them: every state, due date and status comes from the library's engines; the tool only picks
/// the rows that are not rectified, looks up the responsible person and department a notice item names, counts the days
/// from the due date to the as-of date, and groups.
/// </summary>
internal sealed record NoticeList(
    OrganizationId Committee,
    int Year,
    LocalDate AsOf,
    bool IsIllustrative,
    bool WithLedger,
    NoticeGrouping Grouping,
    ImmutableArray<NoticeRow> Rows,
    OrganizationTree? Structure)
{
    /// <summary>
    /// Gets the groups in key order (the rows without a responsible person last, under <see langword="null"/>): each with its
    /// notice items and its overdue measures, each by due date.
    /// </summary>
    public IEnumerable<(string? Key, ImmutableArray<NoticeRow> Items, ImmutableArray<NoticeRow> Measures)> Groups() =>
        Rows.GroupBy(r => Grouping == NoticeGrouping.Person ? r.Person?.Value : r.Department.Value)
            .OrderBy(g => g.Key is null ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Sorted(g, NoticeRowKind.NoticeItem), Sorted(g, NoticeRowKind.OverdueMeasure)));

    private static ImmutableArray<NoticeRow> Sorted(IEnumerable<NoticeRow> rows, NoticeRowKind kind) =>
        [.. rows.Where(r => r.Kind == kind)
            .OrderBy(r => r.DueOn ?? LocalDate.MaxIsoValue)
            .ThenBy(r => r.Notice ?? r.Problem, StringComparer.Ordinal)
            .ThenBy(r => r.Finding ?? r.Measure, StringComparer.Ordinal)];

    /// <summary>Gets the name of an organization in the structure, or <see langword="null"/>.</summary>
    public string? OrganizationName(OrganizationId id) => Structure?.Find(id)?.Name;

    /// <summary>Gets the name of a member in the structure, or <see langword="null"/>.</summary>
    public string? PersonName(MemberId? id) => id is { } member ? Structure?.FindMember(member)?.Name : null;

    /// <summary>Builds the list from the engines' results.</summary>
    /// <param name="records">The supervision records (the notices' items name the responsible person and department).</param>
    /// <param name="result">The supervision result as of the date.</param>
    /// <param name="ledger">The ledger and its status as of the date, or <see langword="null"/>.</param>
    /// <param name="grouping">How to group.</param>
    /// <param name="structure">The organization structure, for names, or <see langword="null"/>.</param>
    /// <param name="keep">Which rows to keep (<c>--org</c>, <c>--person</c>).</param>
    public static NoticeList From(SupervisionRecords records, SupervisionResult result, (RectificationLedger Document, RectificationLedgerStatus Status)? ledger, NoticeGrouping grouping, OrganizationTree? structure, Func<NoticeRow, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Organizations.SelectMany(o => o.Findings)
            .Where(f => f.Notice is not null && f.State is FindingState.Open or FindingState.PastDue or FindingState.Overdue)
            .Select(f => Item(records, f, result.AsOf))
            .Concat(ledger is { } l ? l.Status.Overdue.Select(m => Measure(l.Document, m, result.AsOf)) : [])
            .Where(keep);
        return new NoticeList(result.CommitteeId, result.Year.Value, result.AsOf, records.IsIllustrative, ledger is not null, grouping, [.. rows], structure);
    }

    private static NoticeRow Item(SupervisionRecords records, FindingStatus status, LocalDate asOf)
    {
        var notice = records.Notices.First(n => n.Id == status.Notice);
        var item = notice.Items.First(i => i.Finding == status.Finding);
        var finding = records.Visits.SelectMany(v => v.Findings).First(f => f.Id == status.Finding);
        var basis = status.Deadline is { } preset ? ResponsibilitiesLabels.DeadlineClasses[preset]
            : status.DueOn is null ? ResponsibilitiesLabels.DeadlineClasses[DeadlineClass.LongTerm]
            : ExplicitDate;
        return new NoticeRow(
            NoticeRowKind.NoticeItem,
            notice.Organization,
            notice.Id.Value,
            notice.IssuedOn,
            status.Finding.Value,
            status.LedgerProblem?.Value,
            null,
            finding.Description,
            item.ResponsibleDepartment ?? notice.Organization,
            item.Responsible,
            status.DueOn,
            basis,
            status.State.ToString(),
            SupervisionLabels.FindingStates[status.State],
            status.State is FindingState.PastDue or FindingState.Overdue ? DaysAfter(status.DueOn, asOf) : null);
    }

    private static NoticeRow Measure(RectificationLedger ledger, MeasureStatus measure, LocalDate asOf) => new(
        NoticeRowKind.OverdueMeasure,
        measure.Organization,
        null,
        null,
        measure.Origin is { Kind: ProblemOriginKind.SupervisionFinding } origin ? origin.Key : null,
        measure.Problem.Value,
        measure.Measure.Value,
        ledger.Problems.First(p => p.Id == measure.Problem).Measures.First(m => m.Id == measure.Measure).Description,
        measure.ResponsibleDepartment ?? measure.Organization,
        measure.FirstResponsible,
        measure.Deadline,
        measure.IsExplicitDue ? ExplicitDate : ResponsibilitiesLabels.DeadlineClasses[measure.DeadlineClass],
        measure.Status.ToString(),
        ResponsibilitiesLabels.DutyStatuses[measure.Status],
        DaysAfter(measure.Deadline, asOf));

    /// <summary>The whole days from a due date to the as-of date (逾期天数), or <see langword="null"/> without a due date.</summary>
    private static int? DaysAfter(LocalDate? due, LocalDate asOf) => due is { } d ? Period.DaysBetween(d, asOf) : null;

    private static LocalizedText ExplicitDate { get; } = new("明确日期", "explicit date");
}
