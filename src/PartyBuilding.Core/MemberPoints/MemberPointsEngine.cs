using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>
/// Runs a year of member points (党员积分制管理): applies the rules of the monthly cycle to every declaration, folds the
/// quarterly mass reviews in, grades every member in the grading branch and computes the statistics.
/// </summary>
/// <remarks>
/// <para>Rules, in the order they are applied to a member's declarations (sorted by month, occurrence date, submission date
/// and identifier, so the result does not depend on input order):</para>
/// <list type="number">
/// <item>Out of period: the month is not in the year, the occurrence date is not in the month, the item was submitted before
/// its month began, or the month precedes the month the member joined. Counts nothing.</item>
/// <item>Duplicate: the same member, standard and occurrence date as an earlier item. The earliest submission stands; a
/// rejected item is re-audited, not re-declared. Counts nothing.</item>
/// <item>Late: submitted after <see cref="PointsScheme.DeadlineFor"/>. Under <see cref="LateDeclarationPolicy.Refuse"/> it counts
/// nothing; under <see cref="LateDeclarationPolicy.Accept"/> it goes on and stays marked late.</item>
/// <item>Audit (<see cref="MemberPointsCitations.MonthlyAudit"/>): only audited points count. The latest audit on or before the
/// as-of date decides: approve grants the claim, adjust the given points, reject nothing. Every audit stays in the trail.</item>
/// <item>Caps: the granted magnitude is cut to what is left of the standard's monthly and yearly caps, in the order above.</item>
/// </list>
/// <para>Points follow the member across branch transfers; the grading branch is the one on the last day of the year. The
/// work is one pass over the sorted declarations with arrays reused between members. Pure and thread-safe.</para>
/// </remarks>
public static class MemberPointsEngine
{
    /// <summary>Checks a year's data under a scheme: the scheme (its standards, settings, hard conditions and both strategies with their parameters) and the data against it.</summary>
    /// <param name="data">The year's data.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The as-of date of the evaluation (the checks do not depend on it).</param>
    /// <param name="strategies">The strategies the scheme may name; <see cref="MemberPointsStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>Every problem, at paths under <c>Data</c> and <c>Scheme</c> (e.g. <c>Scheme.Grading.Parameters.excellent-quota</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="scheme"/> is <see langword="null"/>.</exception>
    public static ValidationReport Validate(MemberPointsDataSet data, PointsScheme scheme, LocalDate asOf, MemberPointsStrategies? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        Check(data, scheme, strategies ?? MemberPointsStrategies.Default, problems);
        return problems.ToReport();
    }

    /// <summary>Computes the year's points, grades and statistics.</summary>
    /// <param name="data">The year's data.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The as-of date: declarations submitted and audits made after it are not seen.</param>
    /// <param name="strategies">The strategies the scheme may name; <see cref="MemberPointsStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="scheme"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The scheme or the data is not valid (the problems of <see cref="Validate"/>); nothing is computed.</exception>
    public static MemberPointsYearResult Evaluate(MemberPointsDataSet data, PointsScheme scheme, LocalDate asOf, MemberPointsStrategies? strategies = null) =>
        EvaluateCancellable(data, scheme, asOf, strategies, CancellationToken.None);

    /// <summary>Evaluates as the public overload does, stopping between members when the token is cancelled (the annual evaluation's areas).</summary>
    /// <param name="data">The data set.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="strategies">The strategies, or <see langword="null"/> for the default.</param>
    /// <param name="cancellationToken">Checked after validation and before each member.</param>
    /// <returns>The result.</returns>
    internal static MemberPointsYearResult EvaluateCancellable(
        MemberPointsDataSet data, PointsScheme scheme, LocalDate asOf, MemberPointsStrategies? strategies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        var (grading, review) = Check(data, scheme, strategies ?? MemberPointsStrategies.Default, problems);
        problems.ThrowIfErrors("member-points input");
        cancellationToken.ThrowIfCancellationRequested();
        return new Run(scheme, data, asOf, grading!, review!, cancellationToken).Execute();
    }

    /// <summary>Exports the grades of a result for award and promotion use (<see cref="MemberPointsCitations.AwardsAndPromotion"/>).</summary>
    /// <param name="result">The result.</param>
    /// <returns>One row per member, ordered by branch, rank within the branch, then member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static MemberGradeExport ExportGrades(MemberPointsYearResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = ImmutableArray.CreateBuilder<GradeExportRow>(result.Members.Length);
        foreach (var branch in result.Members.GroupBy(m => m.BranchId).OrderBy(g => g.Key))
        {
            var ranked = branch.OrderByDescending(m => m.Points).ThenBy(m => m.MemberId).ToArray();
            var rank = 0;
            for (var i = 0; i < ranked.Length; i++)
            {
                if (i == 0 || ranked[i].Points != ranked[i - 1].Points)
                {
                    rank = i + 1;
                }

                var m = ranked[i];
                rows.Add(new GradeExportRow(m.MemberId, m.BranchId, m.OrganizationId, m.Points.Round(), rank, m.Grade, m.Ungraded));
            }
        }

        return new MemberGradeExport(result.Year, result.CommitteeId, rows.MoveToImmutable());
    }

    /// <summary>Runs every check once and creates the strategies the scheme names, so nothing is parsed twice.</summary>
    private static (IGradingStrategy? Grading, IMassReviewStrategy? Review) Check(
        MemberPointsDataSet data, PointsScheme scheme, MemberPointsStrategies strategies, ProblemCollector problems)
    {
        var schemeProblems = problems.At("Scheme");
        PointsSchemeChecks.Check(scheme, strategies: null, schemeProblems);
        var grading = scheme.Grading is null ? null : strategies.Grading.TryCreate(scheme.Grading, schemeProblems.At("Grading"));
        var review = scheme.MassReview is null ? null : strategies.MassReview.TryCreate(scheme.MassReview, schemeProblems.At("MassReview"));
        new MemberPointsDataSetValidator(scheme).Check(data, problems.At("Data"));
        return (grading, review);
    }

    private sealed class Run
    {
        private static readonly LocalizedText[] AuditLabels =
            [.. Enumerable.Range(0, 4).Select(i => i == 0 ? MemberPointsTexts.DeclaredByMember : MemberPointsTexts.AuditStep((AuditDecision)i))];
        private static readonly LocalizedText[] AuditedLabels =
            [.. Enumerable.Range(0, 4).Select(i => i == 0 ? MemberPointsTexts.AuditedPoints : MemberPointsTexts.Remark(MemberPointsTexts.AuditedPoints, MemberPointsLabels.AuditDecisions[(AuditDecision)i]))];
        private static readonly ImmutableSortedDictionary<string, string> NoParameters = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

        private readonly PointsScheme _scheme;
        private readonly MemberPointsDataSet _data;
        private readonly LocalDate _asOf;
        private readonly IMassReviewStrategy _review;
        private readonly IGradingStrategy _grading;
        private readonly PointsStandard[] _standards;
        private readonly Dictionary<PointsStandardId, int> _standardIndex;
        private readonly (MemberGrade Grade, LocalizedText Reason)?[] _ceilings;
        private readonly LocalizedText[] _declaredLabels;
        private readonly LocalizedText[] _itemLabels;
        private readonly ImmutableSortedDictionary<string, string>[] _capParameters;
        private readonly ImmutableSortedDictionary<string, string> _deadlineParameters;
        private readonly ImmutableSortedDictionary<string, string> _eligibilityParameters;
        private readonly LocalizedText[] _monthLabels;

        // The citations of nodes that use the scheme's or a standard's figures, marked illustrative (示例) where they are.
        private readonly Citation[] _declarationCitations;
        private readonly Citation[] _auditCitations;
        private readonly Citation _monthCitation;
        private readonly Citation _gradingCitation;
        private readonly AuditRecord[] _audits;
        private readonly Dictionary<DeclarationId, (int Start, int Count)> _auditRanges;

        // Reused between members: the per-standard cap usage and the duplicate keys.
        private readonly CancellationToken _cancellationToken;
        private readonly decimal[] _usedMonth;
        private readonly decimal[] _usedYear;
        private readonly HashSet<(int Standard, LocalDate Occurred)> _seen = [];

        // Reused between members: one member's points by month and kind, and the explanation nodes of the months.
        private readonly decimal[] _bases = new decimal[12];
        private readonly decimal[] _bonuses = new decimal[12];
        private readonly decimal[] _deductions = new decimal[12];
        private readonly ImmutableArray<Explanation>.Builder[] _monthNodes = [.. Enumerable.Range(0, 12).Select(_ => ImmutableArray.CreateBuilder<Explanation>())];
        private readonly ImmutableArray<Explanation>.Builder _outOfPeriod = ImmutableArray.CreateBuilder<Explanation>();

        public Run(PointsScheme scheme, MemberPointsDataSet data, LocalDate asOf, IGradingStrategy grading, IMassReviewStrategy review, CancellationToken cancellationToken)
        {
            _cancellationToken = cancellationToken;
            _scheme = scheme;
            _data = data;
            _asOf = asOf;
            _review = review;
            _grading = grading;
            _standards = [.. scheme.Standards];
            _standardIndex = new Dictionary<PointsStandardId, int>(_standards.Length);
            for (var i = 0; i < _standards.Length; i++)
            {
                _standardIndex[_standards[i].Id] = i;
            }

            _declaredLabels = [.. _standards.Select(MemberPointsTexts.Declared)];
            _itemLabels = [.. _standards.Select((x, i) => MemberPointsTexts.Remark(_declaredLabels[i], MemberPointsLabels.PointsKinds[x.Kind]))];
            _capParameters = [.. _standards.Select(CapParameters)];
            _declarationCitations = [.. _standards.Select(x => scheme.Cite(MemberPointsCitations.MonthlyDeclaration, x))];
            _auditCitations = [.. _standards.Select(x => scheme.Cite(MemberPointsCitations.MonthlyAudit, x))];
            _monthCitation = scheme.Cite(MemberPointsCitations.MonthlyAudit);
            _gradingCitation = scheme.Cite(MemberPointsCitations.AnnualGrading);
            _deadlineParameters = NoParameters.Add("declarationDeadlineDay", scheme.DeclarationDeadlineDay.ToString(CultureInfo.InvariantCulture))
                .Add("latePolicy", MemberPointsTexts.LatePolicyKey(scheme.LatePolicy));
            _eligibilityParameters = NoParameters.Add("gradeProbationaryMembers", scheme.GradeProbationaryMembers ? "true" : "false")
                .Add("minimumMonthsForGrading", scheme.MinimumMonthsForGrading.ToString(CultureInfo.InvariantCulture));
            _monthLabels = [.. data.Year.Months.Select(MemberPointsTexts.MonthPoints)];
            _ceilings = new (MemberGrade, LocalizedText)?[_standards.Length];
            foreach (var condition in scheme.HardConditions)
            {
                var i = _standardIndex[condition.StandardId];
                if (_ceilings[i] is not { } existing || condition.MaxGrade.IsWorseThan(existing.Grade))
                {
                    _ceilings[i] = (condition.MaxGrade, MemberPointsTexts.CeilingReason(condition.StandardId, _standards[i]));
                }
            }

            _audits = [.. data.Audits.Where(a => a.AuditedOn <= asOf).OrderBy(a => a.DeclarationId).ThenBy(a => a.AuditedOn)];
            _auditRanges = [];
            for (var i = 0; i < _audits.Length;)
            {
                var j = i;
                while (j < _audits.Length && _audits[j].DeclarationId == _audits[i].DeclarationId)
                {
                    j++;
                }

                _auditRanges[_audits[i].DeclarationId] = (i, j - i);
                i = j;
            }

            _usedMonth = new decimal[_standards.Length];
            _usedYear = new decimal[_standards.Length];
        }

        public MemberPointsYearResult Execute()
        {
            var roster = _data.Roster.OrderBy(m => m.MemberId).ToArray();
            var memberIndex = new Dictionary<MemberId, int>(roster.Length);
            for (var i = 0; i < roster.Length; i++)
            {
                memberIndex[roster[i].MemberId] = i;
            }

            var declarations = _data.Declarations.Where(d => d.SubmittedOn <= _asOf)
                .OrderBy(d => memberIndex[d.MemberId]).ThenBy(d => d.Month).ThenBy(d => d.OccurredOn)
                .ThenBy(d => d.SubmittedOn).ThenBy(d => d.Id).ToArray();
            var reviews = _data.MassReviews.OrderBy(r => memberIndex[r.MemberId]).ThenBy(r => r.Quarter).ToArray();
            var parents = _data.Branches.ToDictionary(b => b.BranchId, b => b.ParentId);
            var declarationResults = new DeclarationResult[declarations.Length];
            var partial = new (MemberYearResult Result, GradingCandidate? Candidate)[roster.Length];
            int d = 0, r = 0;
            for (var mi = 0; mi < roster.Length; mi++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var firstDeclaration = d;
                while (d < declarations.Length && memberIndex[declarations[d].MemberId] == mi)
                {
                    d++;
                }

                var firstReview = r;
                while (r < reviews.Length && memberIndex[reviews[r].MemberId] == mi)
                {
                    r++;
                }

                partial[mi] = MemberYear(
                    roster[mi],
                    declarations.AsSpan(firstDeclaration, d - firstDeclaration),
                    declarationResults.AsSpan(firstDeclaration, d - firstDeclaration),
                    reviews.AsSpan(firstReview, r - firstReview),
                    parents);
            }

            return Summarize(Grade(partial, memberIndex), declarationResults);
        }

        /// <summary>Makes one member's year: the declarations (sorted, the member's only), the months, the reviews, and the candidate for grading.</summary>
        private (MemberYearResult Result, GradingCandidate? Candidate) MemberYear(
            MemberRosterEntry member,
            ReadOnlySpan<Declaration> declarations,
            Span<DeclarationResult> results,
            ReadOnlySpan<MassReview> reviews,
            Dictionary<OrganizationId, OrganizationId> parents)
        {
            var (declared, ceiling) = CountDeclarations(member, declarations, results);
            ceiling = CountFromRecords(member, ceiling);
            var children = ImmutableArray.CreateBuilder<Explanation>();
            var monthly = CollectMonths(member, children);
            var quarterPoints = ImmutableArray.CreateBuilder<QuarterReviewPoints>(reviews.Length);
            foreach (var review in reviews)
            {
                var (points, explanation) = _review.Fold(review);
                quarterPoints.Add(new QuarterReviewPoints(review.Quarter, points));
                children.Add(_scheme.Mark(explanation));
            }

            var pointsExplanation = Explanation.Sum(MemberPointsTexts.AnnualPoints, children.ToImmutable()) with
            {
                Key = member.MemberId.Value,
            };
            var year = _data.Year;
            var total = new Score(pointsExplanation.Value);
            var branch = member.BranchOn(year.LastDay)!.Value;
            var status = member.StatusOn(year.LastDay);
            var months = member.JoinedOn.Year == year.Value ? 13 - member.JoinedOn.Month : 12;
            UngradedReason? ungraded = status == MembershipStatus.Probationary && !_scheme.GradeProbationaryMembers ? UngradedReason.Probationary
                : months < _scheme.MinimumMonthsForGrading ? UngradedReason.TooFewMonths
                : null;
            var result = new MemberYearResult(
                member.MemberId, branch, parents[branch], status, months, total, monthly, quarterPoints.MoveToImmutable(),
                declared, pointsExplanation, ungraded: ungraded, gradeExplanation: ungraded is { } why ? NotGraded(member.MemberId, why, months) : null);
            var candidate = ungraded is null
                ? new GradingCandidate(member.MemberId, total, months, ceiling?.Grade ?? MemberGrade.Excellent, ceiling?.Reason)
                : null;
            return (result, candidate);
        }

        /// <summary>Applies the rules of the monthly cycle to one member's declarations, adding the counted points to the month buffers.</summary>
        /// <returns>The items declared for the year, and the strictest hard-condition ceiling a counted item triggered.</returns>
        private (int Declared, (MemberGrade Grade, LocalizedText Reason)? Ceiling) CountDeclarations(
            MemberRosterEntry member, ReadOnlySpan<Declaration> declarations, Span<DeclarationResult> results)
        {
            Array.Clear(_usedYear);
            Array.Clear(_bases);
            Array.Clear(_bonuses);
            Array.Clear(_deductions);
            _seen.Clear();
            YearMonth? currentMonth = null;
            (MemberGrade Grade, LocalizedText Reason)? ceiling = null;
            var declared = 0;
            for (var i = 0; i < declarations.Length; i++)
            {
                var declaration = declarations[i];
                if (currentMonth != declaration.Month)
                {
                    Array.Clear(_usedMonth);
                    currentMonth = declaration.Month;
                }

                var result = Process(declaration, member);
                results[i] = result;
                if (declaration.Month.Year != _data.Year.Value)
                {
                    _outOfPeriod.Add(result.Explanation);
                    continue;
                }

                declared++;
                var month = declaration.Month.Month - 1;
                _monthNodes[month].Add(result.Explanation);
                var si = _standardIndex[declaration.StandardId];
                switch (_standards[si].Kind)
                {
                    case PointsKind.Base: _bases[month] += result.Counted.Value; break;
                    case PointsKind.Bonus: _bonuses[month] += result.Counted.Value; break;
                    default: _deductions[month] += result.Counted.Value; break;
                }

                if (result.Status == DeclarationStatus.Counted && result.Counted != Score.Zero
                    && _ceilings[si] is { } c
                    && (ceiling is null || c.Grade.IsWorseThan(ceiling.Value.Grade)))
                {
                    ceiling = c;
                }
            }

            return (declared, ceiling);
        }

        /// <summary>
        /// Counts the standards of <see cref="PointsScheme.FromRecords"/> for a member the records list: each month's meetings of
        /// the rule's kinds (attended, or missed without a reason) are the occurrences, cut to the standard's monthly and yearly
        /// caps, added to the month buffers with a node naming every record.
        /// </summary>
        /// <returns>The strictest ceiling so far, with any hard condition a counted standard triggers.</returns>
        private (MemberGrade Grade, LocalizedText Reason)? CountFromRecords(MemberRosterEntry member, (MemberGrade Grade, LocalizedText Reason)? ceiling)
        {
            if (_data.LifeRecords is not { } records || _scheme.FromRecords.IsEmpty || !OrganizationalLife.RecordMeasures.Covers(records, member.MemberId))
            {
                return ceiling;
            }

            foreach (var rule in _scheme.FromRecords)
            {
                var si = _standardIndex[rule.StandardId];
                var standard = _standards[si];
                var meetings = OrganizationalLife.RecordMeasures.OfMember(records, member.MemberId, [.. rule.Meetings], rule.Count == RecordPointsCount.AbsentWithoutReason, _asOf);
                var usedYear = 0m;
                foreach (var month in meetings.GroupBy(m => m.Date.Month).OrderBy(g => g.Key))
                {
                    var claim = standard.Points.Value * month.Count();
                    var granted = Math.Min(claim, Math.Min(standard.MonthlyCap?.Value ?? claim, (standard.YearlyCap?.Value ?? decimal.MaxValue) - usedYear));
                    granted = Math.Max(granted, 0m);
                    usedYear += granted;
                    var signed = standard.WithSign(new Score(granted)).Value;
                    var m = month.Key - 1;
                    switch (standard.Kind)
                    {
                        case PointsKind.Base: _bases[m] += signed; break;
                        case PointsKind.Bonus: _bonuses[m] += signed; break;
                        default: _deductions[m] += signed; break;
                    }

                    var ym = new YearMonth(_data.Year.Value, month.Key);
                    _monthNodes[m].Add(Explanation.Formula(
                        MemberPointsTexts.FromRecords(standard, rule.Count),
                        signed,
                        "counted-from-records",
                        _capParameters[si].Add("occurrences", month.Count().ToString(CultureInfo.InvariantCulture)).Add("points", MemberPointsTexts.Number(standard.Points.Value)),
                        month.Select(r => Explanation.Given(OrganizationalLife.OrganizationalLifeTexts.Record(r), 1) with { Key = r.Id.Value })) with
                    {
                        Key = $"{member.MemberId}/{IsoMonth(ym)}/{rule.StandardId}/records",
                        Citation = _scheme.Cite(MemberPointsCitations.FromRecords, standard),
                        Summary = MemberPointsTexts.FromRecordsSummary([.. month.Select(r => r.Id)]),
                    });
                    if (granted != 0m && _ceilings[si] is { } c && (ceiling is null || c.Grade.IsWorseThan(ceiling.Value.Grade)))
                    {
                        ceiling = c;
                    }
                }
            }

            return ceiling;
        }

        /// <summary>Makes the twelve months of the member's year from the buffers, adding each month's and the out-of-period node to the children, and empties the buffers.</summary>
        private ImmutableArray<MonthlyPoints> CollectMonths(MemberRosterEntry member, ImmutableArray<Explanation>.Builder children)
        {
            var monthly = ImmutableArray.CreateBuilder<MonthlyPoints>(12);
            for (var m = 0; m < 12; m++)
            {
                var ym = new YearMonth(_data.Year.Value, m + 1);
                monthly.Add(new MonthlyPoints(ym, new Score(_bases[m]), new Score(_bonuses[m]), new Score(_deductions[m])));
                if (_monthNodes[m].Count > 0)
                {
                    children.Add(Explanation.Sum(_monthLabels[m], _monthNodes[m].ToImmutable()) with
                    {
                        Key = member.MemberId.Value + "/" + IsoMonth(ym),
                        Citation = _monthCitation,
                    });
                    _monthNodes[m].Clear();
                }
            }

            if (_outOfPeriod.Count > 0)
            {
                children.Add(Explanation.Sum(MemberPointsTexts.OutOfPeriodItems, _outOfPeriod.ToImmutable()) with { Key = $"{member.MemberId}/out-of-period" });
                _outOfPeriod.Clear();
            }

            return monthly.MoveToImmutable();
        }

        /// <summary>Puts the result together: the graded members, every declaration by identifier, and the statistics per branch, organization and committee.</summary>
        private MemberPointsYearResult Summarize(ImmutableArray<MemberYearResult> members, DeclarationResult[] declarationResults)
        {
            var byBranch = members.ToLookup(m => m.BranchId);
            var byOrganization = members.ToLookup(m => m.OrganizationId);
            var branchStats = _data.Branches.OrderBy(b => b.BranchId)
                .Select(b => Statistics(b.BranchId, byBranch[b.BranchId]))
                .ToImmutableArray();
            var organizationStats = _data.Branches.Select(b => b.ParentId).Distinct().Order()
                .Select(o => Statistics(o, byOrganization[o]))
                .ToImmutableArray();
            return new MemberPointsYearResult(
                _data.Year,
                _data.CommitteeId,
                _asOf,
                members,
                [.. declarationResults.OrderBy(x => x.Id)],
                branchStats,
                organizationStats,
                Statistics(_data.CommitteeId, members));
        }

        private ImmutableArray<MemberYearResult> Grade((MemberYearResult Result, GradingCandidate? Candidate)[] partial, Dictionary<MemberId, int> memberIndex)
        {
            var results = partial.Select(p => p.Result).ToArray();
            foreach (var branch in partial.Where(p => p.Candidate is not null).GroupBy(p => p.Result.BranchId).OrderBy(g => g.Key))
            {
                var decisions = _grading.Grade([.. branch.Select(p => p.Candidate!)]);
                foreach (var decision in decisions)
                {
                    var i = memberIndex[decision.MemberId];
                    results[i] = results[i].Graded(decision.Grade, _scheme.Mark(decision.Explanation));
                }
            }

            return [.. results];
        }

        /// <summary>Applies the rules of the monthly cycle to one declaration: the first rule that refuses it, or the audit and the caps.</summary>
        private DeclarationResult Process(Declaration declaration, MemberRosterEntry member)
        {
            var si = _standardIndex[declaration.StandardId];
            var standard = _standards[si];
            var claimed = new Score(standard.Points.Value * declaration.Quantity);
            var late = declaration.SubmittedOn > _scheme.DeadlineFor(declaration.Month);
            var trail = Trail(declaration, si, standard, claimed, out var latest);
            return RefusalOf(declaration, member, si, late, latest) is { } refusal
                ? Refused(declaration, si, claimed, late, latest, trail, refusal)
                : Counted(declaration, si, claimed, late, latest!, trail);
        }

        /// <summary>Finds the first rule that refuses a declaration (out of period, duplicate, late under a refusing policy, unaudited, rejected), or none.</summary>
        private Refusal? RefusalOf(Declaration declaration, MemberRosterEntry member, int si, bool late, AuditRecord? latest)
        {
            var first = declaration.Month.OnDayOfMonth(1);
            if (declaration.Month.Year != _data.Year.Value || declaration.OccurredOn.ToYearMonth() != declaration.Month
                || declaration.SubmittedOn < first || declaration.Month < member.JoinedOn.ToYearMonth())
            {
                return new(DeclarationStatus.OutOfPeriod, MemberPointsTexts.OutOfPeriodRule, NoParameters);
            }

            if (!_seen.Add((si, declaration.OccurredOn)))
            {
                return new(DeclarationStatus.Duplicate, MemberPointsTexts.DuplicateRule, NoParameters);
            }

            if (late && _scheme.LatePolicy == LateDeclarationPolicy.Refuse)
            {
                var deadline = IsoDate(_scheme.DeadlineFor(declaration.Month));
                var rule = MemberPointsTexts.LateRefused(deadline, _scheme.DeclarationDeadlineDay);
                return new(DeclarationStatus.Late, rule, _deadlineParameters.Add("deadline", deadline));
            }

            return latest is null ? new(DeclarationStatus.Unaudited, MemberPointsTexts.UnauditedRule, NoParameters)
                : latest.Decision == AuditDecision.Reject ? new(DeclarationStatus.Rejected, MemberPointsTexts.RejectedRule, NoParameters)
                : null;
        }

        /// <summary>Makes the result of a refused declaration: it counts nothing, and its node names the rule.</summary>
        private DeclarationResult Refused(
            Declaration declaration, int si, Score claimed, bool late, AuditRecord? latest, ImmutableArray<Explanation> trail, Refusal refusal)
        {
            var status = refusal.Status;
            var node = new Explanation(
                MemberPointsTexts.Remark(_declaredLabels[si], MemberPointsLabels.PointsKinds[_standards[si].Kind], refusal.Rule),
                0m,
                ExplanationCombination.Formula,
                "declaration-status",
                refusal.Parameters,
                trail)
            {
                Key = declaration.Id.Value,
                Note = status == DeclarationStatus.Rejected && !string.IsNullOrWhiteSpace(latest!.Reason) ? LocalizedText.AsGiven(latest.Reason) : null,
                Citation = status is DeclarationStatus.Unaudited or DeclarationStatus.Rejected
                    ? _auditCitations[si] : _declarationCitations[si],
            };
            var audited = status is DeclarationStatus.Rejected or DeclarationStatus.Unaudited || latest is null ? Score.Zero : Granted(latest, claimed);
            return new DeclarationResult(
                declaration.Id, declaration.MemberId, declaration.StandardId, declaration.Month, status, late, claimed, audited, Score.Zero, node);
        }

        /// <summary>Makes the result of a counted declaration: the latest audit's points, cut to what is left of the standard's caps.</summary>
        private DeclarationResult Counted(Declaration declaration, int si, Score claimed, bool late, AuditRecord latest, ImmutableArray<Explanation> trail)
        {
            var standard = _standards[si];
            var granted = Granted(latest, claimed);
            var room = granted.Value;
            if (standard.MonthlyCap is { } monthCap)
            {
                room = Math.Min(room, Math.Max(0m, monthCap.Value - _usedMonth[si]));
            }

            if (standard.YearlyCap is { } yearCap)
            {
                room = Math.Min(room, Math.Max(0m, yearCap.Value - _usedYear[si]));
            }

            _usedMonth[si] += room;
            _usedYear[si] += room;
            var cut = granted.Value - room;
            var auditedNode = new Explanation(
                late ? MemberPointsTexts.Remark(MemberPointsTexts.AuditedPoints, MemberPointsLabels.AuditDecisions[latest.Decision], LateAccepted(declaration.Month)) : AuditedLabels[(int)latest.Decision],
                standard.WithSign(granted).Value,
                ExplanationCombination.Formula,
                "latest-audit",
                late ? _deadlineParameters.Add("deadline", IsoDate(_scheme.DeadlineFor(declaration.Month))) : NoParameters,
                trail)
            {
                Citation = _auditCitations[si],
            };
            var counted = standard.WithSign(new Score(room));
            var parts = cut == 0m
                ? [auditedNode]
                : ImmutableArray.Create(
                    auditedNode,
                    new Explanation(MemberPointsTexts.CutByCap, -standard.WithSign(new Score(cut)).Value, ExplanationCombination.Formula, "cap", _capParameters[si]));
            var root = new Explanation(_itemLabels[si], counted.Value, ExplanationCombination.Sum, "sum", null, parts) { Key = declaration.Id.Value };
            return new DeclarationResult(declaration.Id, declaration.MemberId, declaration.StandardId, declaration.Month,
                DeclarationStatus.Counted, late, claimed, granted, counted, root);
        }

        /// <summary>Explains why a member is not graded, naming the scheme's grading settings in force.</summary>
        private Explanation NotGraded(MemberId memberId, UngradedReason reason, int months) =>
            new Explanation(
                MemberPointsTexts.Remark(MemberPointsTexts.NotGraded, reason == UngradedReason.Probationary
                    ? MemberPointsTexts.StillProbationary
                    : MemberPointsTexts.TooFewMonths(months, _scheme.MinimumMonthsForGrading)),
                0m,
                ExplanationCombination.Formula,
                "grading-eligibility",
                _eligibilityParameters,
                [Explanation.Given(MemberPointsTexts.MonthsInParty, months)])
            {
                Key = memberId.Value + "/grade",
                Citation = _gradingCitation,
            };

        private static ImmutableSortedDictionary<string, string> CapParameters(PointsStandard standard)
        {
            var parameters = NoParameters;
            if (standard.MonthlyCap is { } monthly)
            {
                parameters = parameters.Add("monthlyCap", monthly.ToString());
            }

            if (standard.YearlyCap is { } yearly)
            {
                parameters = parameters.Add("yearlyCap", yearly.ToString());
            }

            return parameters;
        }

        private LocalizedText LateAccepted(YearMonth month)
        {
            var deadline = IsoDate(_scheme.DeadlineFor(month));
            return MemberPointsTexts.LateAccepted(deadline);
        }

        private static string IsoDate(LocalDate date) =>
            string.Create(10, date, static (span, d) =>
            {
                Digits(span[..4], d.Year);
                span[4] = '-';
                Digits(span.Slice(5, 2), d.Month);
                span[7] = '-';
                Digits(span.Slice(8, 2), d.Day);
            });

        private static string IsoMonth(YearMonth month) =>
            string.Create(7, month, static (span, m) =>
            {
                Digits(span[..4], m.Year);
                span[4] = '-';
                Digits(span.Slice(5, 2), m.Month);
            });

        private static void Digits(Span<char> span, int value)
        {
            for (var i = span.Length - 1; i >= 0; i--)
            {
                span[i] = (char)('0' + (value % 10));
                value /= 10;
            }
        }

        private static Score Granted(AuditRecord audit, Score claimed) => audit.Decision switch
        {
            AuditDecision.Approve => claimed,
            AuditDecision.Adjust => audit.Points!.Value,
            _ => Score.Zero,
        };

        private ImmutableArray<Explanation> Trail(Declaration declaration, int si, PointsStandard standard, Score claimed, out AuditRecord? latest)
        {
            latest = null;
            var claim = new Explanation(MemberPointsTexts.DeclaredByMember, standard.WithSign(claimed).Value, ExplanationCombination.Given)
            {
                Note = string.IsNullOrWhiteSpace(declaration.Note) ? null : LocalizedText.AsGiven(declaration.Note),
                Citation = _declarationCitations[si],
            };
            if (!_auditRanges.TryGetValue(declaration.Id, out var range))
            {
                return [claim];
            }

            var trail = ImmutableArray.CreateBuilder<Explanation>(range.Count + 1);
            trail.Add(claim);
            for (var i = range.Start; i < range.Start + range.Count; i++)
            {
                var audit = _audits[i];
                latest = audit;
                trail.Add(new Explanation(AuditLabels[(int)audit.Decision], standard.WithSign(Granted(audit, claimed)).Value, ExplanationCombination.Given)
                {
                    Key = IsoDate(audit.AuditedOn),
                    Note = string.IsNullOrWhiteSpace(audit.Reason) ? null : LocalizedText.AsGiven(audit.Reason),
                    Citation = _auditCitations[si],
                });
            }

            return trail.MoveToImmutable();
        }

        private PointsStatistics Statistics(OrganizationId id, IEnumerable<MemberYearResult> members)
        {
            int count = 0, declaring = 0, graded = 0;
            var grades = new int[5];
            var total = 0m;
            foreach (var m in members)
            {
                count++;
                total += m.Points.Value;
                if (m.DeclaredItems > 0)
                {
                    declaring++;
                }

                if (m.Grade is { } g)
                {
                    graded++;
                    grades[(int)g]++;
                }
            }

            var participation = count == 0 ? Proportion.Zero : Proportion.FromRatio(declaring, count);
            var good = grades[(int)MemberGrade.Excellent] + grades[(int)MemberGrade.Qualified];
            var share = graded == 0 ? Proportion.Zero : Proportion.FromRatio(good, graded);
            var w = _scheme.ParticipationWeight;
            var score = ScoreRounding.Default.Apply(100m * ((w.Value * participation.Value) + (w.Complement.Value * share.Value)));
            var average = count == 0 ? 0m : ScoreRounding.Default.Apply(total / count);
            var explanation = Explanation.Formula(
                MemberPointsTexts.StatisticsScore,
                score,
                "participation-and-grades",
                [new("participationWeight", w.ToString()), new("scale", "2")],
                [
                    Explanation.Given(MemberPointsTexts.Participation, participation.Value) with { Key = id.Value + "/participation" },
                    Explanation.Given(MemberPointsTexts.ShareQualifiedOrBetter, share.Value) with { Key = id.Value + "/qualified-or-better" },
                    Explanation.Given(MemberPointsTexts.Members, count),
                    Explanation.Given(MemberPointsTexts.DeclaringMembers, declaring),
                    Explanation.Given(MemberPointsTexts.GradedMembers, graded),
                    Explanation.Given(MemberPointsTexts.AveragePoints, average),
                ]) with
            {
                Key = id.Value,
                Citation = _gradingCitation,
            };
            return new PointsStatistics(
                id, count, declaring, graded,
                grades[(int)MemberGrade.Excellent], grades[(int)MemberGrade.Qualified], grades[(int)MemberGrade.BasicallyQualified], grades[(int)MemberGrade.Unqualified],
                new Score(total), new Score(average), participation, share, new Score(score), explanation);
        }

        /// <summary>Why a declaration counts nothing: its status, the rule in words and the parameters the rule used.</summary>
        private readonly record struct Refusal(DeclarationStatus Status, LocalizedText Rule, ImmutableSortedDictionary<string, string> Parameters);
    }
}
