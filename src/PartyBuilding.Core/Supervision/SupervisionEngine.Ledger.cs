using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Supervision;

/// <content>From findings to action: a rectification notice's items become ledger problems, and the ledger says where a finding stands.</content>
public static partial class SupervisionEngine
{
    private const string NoticeSubject = "rectification notice to carry into the ledger";

    /// <summary>
    /// Carries a rectification notice into the rectification ledger (整改台账): each item becomes one problem whose origin is the
    /// finding (<see cref="ProblemOriginKind.SupervisionFinding"/>), of the finding's organization, with the finding's text, and one
    /// measure with the responsible person (整改责任人), the responsible department (the item's, else the notified organization) and
    /// the item's due date — a preset stays the measure's deadline class (article 000, <see cref="ResponsibilityCitations.LedgerDeadlineClasses"/>);
    /// an explicit date becomes the measure's explicit due date, which wins over its class (the class is then the narrowest whose
    /// date is on or after it in the records' year, else long term; the library's own choice, 示例).
    /// </summary>
    /// <param name="notice">The notice, one of the records' notices.</param>
    /// <param name="records">The records the notice belongs to.</param>
    /// <param name="area">The ledger area the problems are entered under.</param>
    /// <param name="responsible">The responsible person of an item that names none, or <see langword="null"/> when every item names its own.</param>
    /// <returns>One problem per item, in the notice's order. The problem's identifier is <c>SUP-</c> and the finding's, the measure's that and
    /// <c>-M1</c>: a later notice that restates a finding yields the same problem, which replaces the earlier one (the later notice governs).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notice"/> or <paramref name="records"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The notice is not one of the records', an item names a finding the records do not hold,
    /// gives no due date or two, or has no responsible person, or the area is empty; every problem is listed, with a path under
    /// <c>Notice.</c> or <c>Area</c> and a code of <see cref="SupervisionErrorCodes"/> or <see cref="CommonErrorCodes"/>.</exception>
    public static ImmutableArray<RectificationProblem> ToLedgerProblems(
        RectificationNotice notice,
        SupervisionRecords records,
        RectificationAreaId area,
        MemberId? responsible = null)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(records);
        var findings = records.Visits.Where(v => v is not null).SelectMany(v => v.Findings.Where(f => f is not null))
            .GroupBy(f => f.Id).ToDictionary(g => g.Key, g => g.First());
        var problems = new ProblemCollector();
        if (!records.Notices.Contains(notice))
        {
            problems.Add("Notice.Id", SupervisionErrorCodes.LedgerNoticeUnknown, "The notice is not one of the records' notices.", notice.Id.Value);
        }

        if (area.IsEmpty)
        {
            problems.Add("Area", CommonErrorCodes.IdentifierEmpty, "'Area' must be a non-empty identifier.", null);
        }

        for (var k = 0; k < notice.Items.Length; k++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"Notice.Items[{k}]");
            if (notice.Items[k] is not { } item)
            {
                problems.Add(path, CommonErrorCodes.Required, "An item is missing.", null);
                continue;
            }

            if (!findings.ContainsKey(item.Finding))
            {
                problems.Add(path + ".Finding", SupervisionErrorCodes.FindingUnknown, "The notice names a finding the records do not hold.", item.Finding.Value);
            }

            if (item.Deadline.HasValue == item.DueOn.HasValue || (item.Deadline is { } preset && !Enum.IsDefined(preset)))
            {
                problems.Add(path, SupervisionErrorCodes.DueShape, "An item gives its due date as exactly one of a defined preset (deadline) or a date (dueOn).", item.Finding.Value);
            }

            if ((item.Responsible ?? responsible) is not { IsEmpty: false })
            {
                problems.Add(path + ".Responsible", SupervisionErrorCodes.LedgerResponsible, "The item names no responsible person and no default is given.", item.Finding.Value);
            }
        }

        problems.ThrowIfErrors(NoticeSubject);
        return [.. notice.Items.Select(item =>
        {
            var finding = findings[item.Finding];
            var problemId = RectificationProblemId.Parse("SUP-" + item.Finding.Value);
            var measure = new RectificationMeasure(
                RectificationMeasureId.Parse(problemId.Value + "-M1"),
                SupervisionTexts.LedgerMeasure(finding, notice.Id),
                (item.Responsible ?? responsible)!.Value,
                item.Deadline ?? ClassOf(item.DueOn!.Value, records.Year),
                dueOn: item.DueOn,
                responsibleDepartment: item.ResponsibleDepartment ?? notice.Organization);
            return new RectificationProblem(
                problemId, finding.Organization, area, finding.Description, [measure], new ProblemOrigin(ProblemOriginKind.SupervisionFinding, item.Finding.Value));
        })];
    }

    /// <summary>
    /// Checks a rectification ledger against the records it carries findings of: the ledger is of the records' year, and every
    /// problem whose origin is a supervision finding names a finding of the records and is of that finding's organization.
    /// </summary>
    /// <param name="data">The records.</param>
    /// <param name="ledger">The ledger.</param>
    /// <returns>Every problem, at paths under <c>Ledger.</c>, with a code of <see cref="SupervisionErrorCodes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="ledger"/> is <see langword="null"/>.</exception>
    public static ValidationReport CheckLedger(SupervisionRecords data, RectificationLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ledger);
        var problems = new ProblemCollector();
        CheckLedger(data, ledger, problems.At("Ledger"));
        return problems.ToReport();
    }

    /// <summary>
    /// Evaluates a committee's supervision as of a date with the rectification ledger linked: as <see cref="Evaluate(SupervisionRecords, SupervisionCatalogue, LocalDate)"/>,
    /// except that a finding a ledger problem names as its origin stands as the ledger says (<see cref="RectificationLedgerEngine.Evaluate"/>):
    /// <see cref="FindingState.Rectified"/> when every measure of the problem is done, <see cref="FindingState.Overdue"/> when one is
    /// overdue, <see cref="FindingState.Open"/> otherwise; its explanation names the ledger problem and holds each measure's status
    /// and due date. A finding on a notice that the ledger does not hold keeps its state by the notice's date and says it is not in the ledger.
    /// </summary>
    /// <param name="data">The records.</param>
    /// <param name="scheme">The catalogue.</param>
    /// <param name="asOf">The as-of date, also the ledger's.</param>
    /// <param name="ledger">The rectification ledger.</param>
    /// <returns>The result of every organization visited by the date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/>, <paramref name="scheme"/> or <paramref name="ledger"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The catalogue, the records or the ledger are not valid, or the ledger does not fit the
    /// records (<see cref="CheckLedger(SupervisionRecords, RectificationLedger)"/>); every problem is listed, paths under <c>Scheme.</c>, <c>Data.</c> and <c>Ledger.</c>.</exception>
    public static SupervisionResult Evaluate(SupervisionRecords data, SupervisionCatalogue scheme, LocalDate asOf, RectificationLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(ledger);
        var problems = new ProblemCollector();
        Check(data, scheme, problems);
        problems.At("Ledger").AddRange(RectificationLedgerEngine.Validate(ledger).Problems);
        CheckLedger(data, ledger, problems.At("Ledger"));
        problems.ThrowIfErrors(Subject);

        var status = RectificationLedgerEngine.Evaluate(ledger, asOf);
        var entries = ledger.Problems
            .Where(p => p.Origin is { Kind: ProblemOriginKind.SupervisionFinding })
            .ToDictionary(
                p => SupervisionFindingId.Parse(p.Origin!.Key),
                p => new LedgerEntry(p, [.. status.Measures.Where(m => m.Problem == p.Id)]));
        return Run(data, scheme, asOf, entries);
    }

    private static void CheckLedger(SupervisionRecords data, RectificationLedger ledger, ProblemCollector problems)
    {
        if (ledger.Year != data.Year)
        {
            problems.Add("Year", SupervisionErrorCodes.LedgerYear, string.Create(CultureInfo.InvariantCulture, $"The ledger is of {ledger.Year}, the records of {data.Year}."), ledger.Year.ToString());
        }

        var findings = data.Visits.Where(v => v is not null).SelectMany(v => v.Findings.Where(f => f is not null))
            .GroupBy(f => f.Id).ToDictionary(g => g.Key, g => g.First());
        for (var i = 0; i < ledger.Problems.Length; i++)
        {
            if (ledger.Problems[i] is not { Origin: { Kind: ProblemOriginKind.SupervisionFinding } origin } problem)
            {
                continue;
            }

            var path = string.Create(CultureInfo.InvariantCulture, $"Problems[{i}]");
            if (!SupervisionFindingId.TryParse(origin.Key, out var id) || !findings.TryGetValue(id, out var finding))
            {
                problems.Add(path + ".Origin.Key", SupervisionErrorCodes.LedgerFindingUnknown, "The origin names a supervision finding the records do not hold.", origin.Key);
            }
            else if (finding.Organization != problem.Organization)
            {
                problems.Add(path + ".Organization", SupervisionErrorCodes.LedgerOrganization, string.Create(CultureInfo.InvariantCulture, $"The finding {id} is of {finding.Organization}."), problem.Organization.Value);
            }
        }
    }

    /// <summary>Where the ledger says a finding stands: overdue when a measure is, rectified when every one is done, open otherwise.</summary>
    private static FindingState LedgerState(ImmutableArray<MeasureStatus> measures) =>
        measures.Any(m => m.Status == DutyStatus.Overdue) ? FindingState.Overdue
        : measures.Length > 0 && measures.All(m => m.Status == DutyStatus.Done) ? FindingState.Rectified
        : FindingState.Open;

    /// <summary>The narrowest deadline class whose date in the year is on or after an explicit date; long term after the year (示例).</summary>
    private static DeadlineClass ClassOf(LocalDate due, AssessmentYear year) =>
        due <= RectificationLedger.ResolveDeadline(year, DeadlineClass.EndOfNovember) ? DeadlineClass.EndOfNovember
        : due <= year.LastDay ? DeadlineClass.YearEnd
        : DeadlineClass.LongTerm;

    /// <summary>A ledger problem that carries a finding, with its measures' statuses.</summary>
    private sealed record LedgerEntry(RectificationProblem Problem, ImmutableArray<MeasureStatus> Measures);
}
