using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Supervision;

/// <summary>
/// Checks and evaluates a committee's supervision (督导): the visits of its supervision groups, what they found against the
/// catalogue's key points (article 004's 14 aspects and 53 points, <see cref="SupervisionCitations.FourteenAspects"/>),
/// standardization indicators or rules of organizational life, and the circulars (article 000) and rectification notices
/// (article 003) issued from the findings, with each finding's due date.
/// </summary>
/// <remarks>
/// <para>Rules, each with its citation:</para>
/// <list type="bullet">
/// <item>A visit names its group, a date in the year and its methods, each cited to the article that names it
/// (<see cref="SupervisionCitations.Method"/>); a group has one leader (<see cref="SupervisionCitations.OneLeader"/>, 示例).</item>
/// <item>A finding is measured against exactly one key point of the catalogue, standardization indicator or rule of
/// organizational life, and rests on evidence.</item>
/// <item>A rectification notice covers findings of visits to the organization it is issued to, each with one due date: a
/// deadline class of the rectification ledger as a preset (<see cref="DeadlineClass"/>, article 000,
/// <see cref="ResponsibilityCitations.LedgerDeadlineClasses"/>) or an explicit date, not before the issue; it is issued on or
/// after the visits. A finding is on one notice unless a later one says it restates it
/// (<see cref="SupervisionCitations.OneNoticePerFinding"/>, 示例).</item>
/// <item>As of a date, a finding is not on a notice, within its due date (a long-term task always is), or past it: past due says
/// the date passed, not that the rectification failed. Given the rectification ledger (<see cref="Evaluate(SupervisionRecords, SupervisionCatalogue, LocalDate, RectificationLedger)"/>),
/// a finding that a ledger problem names as its origin stands as the ledger says: rectified, open or overdue.</item>
/// </list>
/// <para>The area has no decision that varies between schemes, so no strategies. Only visits dated and circulars and notices
/// issued by the as-of date are seen; the latest notice covering a finding governs its due date. Results do not depend on
/// input order. Pure and thread-safe.</para>
/// </remarks>
public static partial class SupervisionEngine
{
    private const string Subject = "supervision catalogue and records";

    /// <summary>Checks the records and the catalogue they are measured against, without computing anything.</summary>
    /// <param name="data">The records.</param>
    /// <param name="scheme">The catalogue.</param>
    /// <param name="asOf">The as-of date (the checks do not depend on it).</param>
    /// <returns>Every problem, at paths under <c>Scheme.</c> and <c>Data.</c>, with a code of <see cref="SupervisionErrorCodes"/> or <see cref="CommonErrorCodes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="scheme"/> is <see langword="null"/>.</exception>
    public static ValidationReport Validate(SupervisionRecords data, SupervisionCatalogue scheme, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        Check(data, scheme, problems);
        return problems.ToReport();
    }

    /// <summary>
    /// Checks the records against the one organization structure, each date on its own: every visited organization under the
    /// committee on the visit's date, every finding's organization the visited one or within it, every notified organization
    /// under the committee on the notice's date.
    /// </summary>
    /// <param name="data">The records.</param>
    /// <param name="registry">The organization registry. A date before its first date is checked on its first date, the earliest structure it knows.</param>
    /// <returns>Every problem, at paths under <c>Data.</c>, with <see cref="SupervisionErrorCodes.OrganizationUnknown"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="registry"/> is <see langword="null"/>.</exception>
    public static ValidationReport CheckAgainst(SupervisionRecords data, OrganizationRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(registry);
        var trees = new Dictionary<LocalDate, OrganizationTree>();
        OrganizationTree On(LocalDate date)
        {
            var day = date < registry.FirstDate ? registry.FirstDate : date;
            if (!trees.TryGetValue(day, out var tree))
            {
                trees[day] = tree = registry.AsOf(day);
            }

            return tree;
        }

        var problems = new ProblemCollector();
        SupervisionValidator.CheckStructure(data, On, problems.At("Data"));
        return problems.ToReport();
    }

    /// <summary>Checks the records against the organization structure on one date (the evaluation's), as <see cref="CheckAgainst(SupervisionRecords, OrganizationRegistry)"/> does date by date.</summary>
    /// <param name="data">The records.</param>
    /// <param name="structure">The organization structure on the date (<see cref="OrganizationRegistry.AsOf"/>).</param>
    /// <returns>Every problem, at paths under <c>Data.</c>, with <see cref="SupervisionErrorCodes.OrganizationUnknown"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="structure"/> is <see langword="null"/>.</exception>
    public static ValidationReport CheckAgainst(SupervisionRecords data, OrganizationTree structure)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(structure);
        var problems = new ProblemCollector();
        SupervisionValidator.CheckStructure(data, _ => structure, problems.At("Data"));
        return problems.ToReport();
    }

    /// <summary>Checks that every finding against a standardization indicator names a known one, e.g. an indicator of the committee's standardization catalogue.</summary>
    /// <param name="data">The records.</param>
    /// <param name="indicators">The known indicators.</param>
    /// <returns>Every problem, at paths under <c>Data.</c>, with <see cref="SupervisionErrorCodes.IndicatorUnknown"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="indicators"/> is <see langword="null"/>.</exception>
    public static ValidationReport CheckIndicators(SupervisionRecords data, IEnumerable<IndicatorId> indicators)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(indicators);
        var problems = new ProblemCollector();
        SupervisionValidator.CheckIndicators(data, indicators.ToHashSet(), problems.At("Data"));
        return problems.ToReport();
    }

    /// <summary>Evaluates a committee's supervision as of a date: per visited organization, its visits, findings by aspect, notices and where each finding stands.</summary>
    /// <param name="data">The records.</param>
    /// <param name="scheme">The catalogue.</param>
    /// <param name="asOf">The as-of date: visits dated and circulars and notices issued by then are seen; a due date before it is past.</param>
    /// <returns>The result of every organization visited by the date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="scheme"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The catalogue or the records are not valid; every problem of <see cref="Validate"/> is listed.</exception>
    public static SupervisionResult Evaluate(SupervisionRecords data, SupervisionCatalogue scheme, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        Check(data, scheme, problems);
        problems.ThrowIfErrors(Subject);
        return Run(data, scheme, asOf, null);
    }

    private static SupervisionResult Run(SupervisionRecords data, SupervisionCatalogue scheme, LocalDate asOf, Dictionary<SupervisionFindingId, LedgerEntry>? ledger)
    {
        var notices = data.Notices.Where(n => n.IssuedOn <= asOf).OrderBy(n => n.IssuedOn).ThenBy(n => n.Id).ToArray();
        var governing = new Dictionary<SupervisionFindingId, (RectificationNotice Notice, NoticeItem Item)>();
        foreach (var notice in notices)
        {
            foreach (var item in notice.Items)
            {
                governing[item.Finding] = (notice, item);
            }
        }

        var circulars = data.Circulars.Where(c => c.IssuedOn <= asOf).OrderBy(c => c.IssuedOn).ThenBy(c => c.Id).ToArray();
        var context = new Context(scheme, asOf, data.Groups.ToDictionary(g => g.Id), governing, circulars, ledger);
        var organizations = data.Visits.Where(v => v.Date <= asOf)
            .GroupBy(v => v.Organization)
            .OrderBy(g => g.Key)
            .Select(g => Organization(g.Key, [.. g.OrderBy(v => v.Date).ThenBy(v => v.Id)], notices.Where(n => n.Organization == g.Key).ToArray(), context))
            .ToImmutableArray();
        return new SupervisionResult(data.Year, data.CommitteeId, asOf, organizations);
    }

    private static void Check(SupervisionRecords data, SupervisionCatalogue scheme, ProblemCollector problems)
    {
        SupervisionValidator.CheckCatalogue(scheme, problems.At("Scheme"));
        SupervisionValidator.CheckRecords(data, scheme, problems.At("Data"));
    }

    private static OrganizationSupervisionResult Organization(OrganizationId organization, SupervisionVisit[] visits, RectificationNotice[] notices, Context context)
    {
        var aspectOrder = context.Catalogue.Aspects.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var aspectOf = context.Catalogue.Points.ToDictionary(p => p.Id, p => p.Aspect);
        var found = visits.SelectMany(v => v.Findings.Select(f => (Visit: v, Finding: f, Aspect: f.Point is { } p ? aspectOf[p] : (SupervisionAspectId?)null)))
            .OrderBy(x => GroupOrder(x.Finding.TargetKind!.Value, x.Aspect, aspectOrder))
            .ThenBy(x => x.Visit.Date).ThenBy(x => x.Finding.Id)
            .ToArray();

        var statuses = ImmutableArray.CreateBuilder<FindingStatus>(found.Length);
        var groups = ImmutableArray.CreateBuilder<FindingGroup>();
        var grouped = found.GroupBy(x => (Kind: x.Finding.TargetKind!.Value, x.Aspect)).Select(g => (g.Key.Kind, g.Key.Aspect, Found: g.ToArray())).ToArray();
        foreach (var (kind, aspect, group) in grouped)
        {
            statuses.AddRange(group.Select(x => Status(x.Visit, x.Finding, x.Aspect, context)));
            groups.Add(new FindingGroup(kind, aspect, group.Length));
        }

        var findingIds = found.Select(x => x.Finding.Id).ToHashSet();
        var circulars = context.Circulars.Where(c => c.Findings.Any(findingIds.Contains)).Select(c => c.Id).ToImmutableArray();
        var all = statuses.ToImmutable();
        var (visitCount, noticeCount) = (visits.Length, notices.Length);
        return new OrganizationSupervisionResult(
            organization,
            visits.Select(v => v.Id).ToImmutableArray(),
            groups.ToImmutable(),
            all,
            notices.Select(n => n.Id).ToImmutableArray(),
            circulars,
            null)
        {
            Tree = new DeferredExplanation(() => OrganizationNode(organization, grouped, all, visitCount, noticeCount, context)),
        };
    }

    /// <summary>An organization's explanation: the findings as the sum over the aspects, a node per finding.</summary>
    private static Explanation OrganizationNode(
        OrganizationId organization,
        (FindingTargetKind Kind, SupervisionAspectId? Aspect, (SupervisionVisit Visit, SupervisionFinding Finding, SupervisionAspectId? Aspect)[] Found)[] grouped,
        ImmutableArray<FindingStatus> all,
        int visits,
        int notices,
        Context context)
    {
        var groupNodes = ImmutableArray.CreateBuilder<Explanation>();
        var next = 0;
        foreach (var (kind, aspect, group) in grouped)
        {
            var nodes = group.Select(x => FindingNode(x.Visit, x.Finding, all[next++], context)).ToList();
            groupNodes.Add(aspect is { } id
                ? Explanation.Sum(SupervisionTexts.Aspect(context.Catalogue.Aspects.First(a => a.Id == id)), nodes) with { Key = id.Value, Citation = context.Catalogue.Cite() }
                : Explanation.Sum(SupervisionTexts.Target(kind), nodes) with { Key = kind == FindingTargetKind.StandardizationIndicator ? "indicators" : "organizational-life" });
        }

        return Explanation.Sum(SupervisionTexts.Root(organization), groupNodes) with
        {
            Key = organization.Value,
            Summary = context.Ledger is null
                ? SupervisionTexts.RootSummary(
                    context.AsOf,
                    visits,
                    all.Length,
                    all.Count(s => s.State == FindingState.Open),
                    all.Count(s => s.State == FindingState.PastDue),
                    all.Count(s => s.State == FindingState.NotOnNotice),
                    notices)
                : SupervisionTexts.RootSummaryWithLedger(context.AsOf, visits, all.Length, notices, all.GroupBy(s => s.State).ToDictionary(g => g.Key, g => g.Count())),
        };
    }

    /// <summary>Where a finding stands: on its governing notice by the due date, or as the ledger says when the ledger carries it.</summary>
    private static FindingStatus Status(SupervisionVisit visit, SupervisionFinding finding, SupervisionAspectId? aspect, Context context)
    {
        var state = FindingState.NotOnNotice;
        LocalDate? due = null;
        SupervisionNoticeId? noticeId = null;
        DeadlineClass? preset = null;
        if (context.Governing.TryGetValue(finding.Id, out var governing))
        {
            var (notice, item) = governing;
            noticeId = notice.Id;
            preset = item.Deadline;
            due = item.DueDate(notice.IssuedOn);
            state = due is { } d && context.AsOf > d ? FindingState.PastDue : FindingState.Open;
        }

        RectificationProblemId? ledgerProblem = null;
        if (context.Ledger is { } ledger && ledger.TryGetValue(finding.Id, out var entry))
        {
            ledgerProblem = entry.Problem.Id;
            state = LedgerState(entry.Measures);
        }

        return new FindingStatus(
            finding.Id, visit.Id, visit.Date, finding.Organization, finding.TargetKind!.Value, aspect, noticeId, preset, due, state,
            context.Circulars.Where(c => c.Findings.Contains(finding.Id)).Select(c => c.Id).ToImmutableArray(), ledgerProblem);
    }

    /// <summary>A finding's explanation: its visit and methods, evidence, circulars, notice and due date, and the ledger problem that carries it.</summary>
    private static Explanation FindingNode(SupervisionVisit visit, SupervisionFinding finding, FindingStatus status, Context context)
    {
        var children = new List<Explanation>
        {
            new Explanation(
                SupervisionTexts.Visit(visit, context.Groups.GetValueOrDefault(visit.Group)),
                0m,
                ExplanationCombination.Given,
                children: visit.Methods.Order().Select(m => Explanation.Given(SupervisionTexts.Method(m), 0m) with { Citation = SupervisionCitations.Method(m) }).ToImmutableArray())
            {
                Key = visit.Id.Value,
            },
        };
        children.AddRange(finding.Evidence.Select(e => Explanation.Given(SupervisionTexts.Evidence(e), 0m) with { Key = e.Reference }));
        var reported = context.Circulars.Where(c => c.Findings.Contains(finding.Id)).ToArray();
        children.AddRange(reported.Select(c => Explanation.Given(SupervisionTexts.Circular(c), 0m) with { Key = c.Id.Value, Citation = SupervisionCitations.Article000Groups }));

        if (context.Governing.TryGetValue(finding.Id, out var governing))
        {
            var (notice, item) = governing;
            var dueNode = Explanation.Given(SupervisionTexts.Due(item, status.DueOn), 0m) with { Citation = item.Deadline is null ? null : ResponsibilityCitations.LedgerDeadlineClasses };
            children.Add(new Explanation(SupervisionTexts.Notice(notice, item), 0m, ExplanationCombination.Given, children: ImmutableArray.Create(dueNode))
            {
                Key = notice.Id.Value,
                Citation = SupervisionCitations.RectificationNotices,
            });
        }

        if (context.Ledger is { } ledger)
        {
            if (ledger.TryGetValue(finding.Id, out var entry))
            {
                children.Add(new Explanation(SupervisionTexts.LedgerProblem(entry.Problem), 0m, ExplanationCombination.Given, children: [.. entry.Measures.Select(m => m.Explanation)])
                {
                    Key = entry.Problem.Id.Value,
                });
            }
            else if (status.State != FindingState.NotOnNotice)
            {
                children.Add(Explanation.Given(SupervisionTexts.NotInLedger, 0m));
            }
        }

        return new Explanation(SupervisionTexts.Finding(finding), 1m, ExplanationCombination.Given, children: children.ToImmutableArray())
        {
            Key = finding.Id.Value,
            Citation = finding.Point is null ? null : context.Catalogue.Cite(),
            Summary = status.LedgerProblem is { } carried ? SupervisionTexts.LedgerState(status.State, context.AsOf, carried) : SupervisionTexts.State(status.State, context.AsOf, status.DueOn),
        };
    }

    private static (int, int) GroupOrder(FindingTargetKind kind, SupervisionAspectId? aspect, Dictionary<SupervisionAspectId, int> order) =>
        ((int)kind, aspect is { } a ? order[a] : 0);

    private sealed record Context(
        SupervisionCatalogue Catalogue,
        LocalDate AsOf,
        Dictionary<SupervisionGroupId, SupervisionGroup> Groups,
        Dictionary<SupervisionFindingId, (RectificationNotice Notice, NoticeItem Item)> Governing,
        SupervisionCircular[] Circulars,
        Dictionary<SupervisionFindingId, LedgerEntry>? Ledger);
}
