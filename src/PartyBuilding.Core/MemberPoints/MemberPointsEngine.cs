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

    /// <summary>
    /// One run: counts every declaration, member and branch in one pass and builds no explanation node; each result holds a
    /// <see cref="DeferredExplanation"/> that asks the run's <see cref="Trees"/> for its tree when it is read.
    /// </summary>
    private sealed class Run
    {
        private readonly Trees _trees;
        private readonly PointsScheme _scheme;
        private readonly MemberPointsDataSet _data;
        private readonly LocalDate _asOf;
        private readonly IMassReviewStrategy _review;
        private readonly IGradingStrategy _grading;
        private readonly (MemberGrade Grade, LocalizedText Reason)?[] _ceilings;
        private readonly Dictionary<MemberId, int> _memberIndex;
        private readonly CancellationToken _cancellationToken;

        // Reused between members: the per-standard cap usage and the duplicate keys.
        private readonly decimal[] _usedMonth;
        private readonly decimal[] _usedYear;
        private readonly HashSet<(int Standard, LocalDate Occurred)> _seen = [];

        // Reused between members: one member's points by month and kind, and each month's total and count of explained items
        // in the order the tree adds them (so the annual points are the tree's sum, scale and all).
        private readonly decimal[] _bases = new decimal[12];
        private readonly decimal[] _bonuses = new decimal[12];
        private readonly decimal[] _deductions = new decimal[12];
        private readonly decimal[] _monthTotals = new decimal[12];
        private readonly int[] _monthItems = new int[12];
        private bool _outOfPeriod;

        public Run(PointsScheme scheme, MemberPointsDataSet data, LocalDate asOf, IGradingStrategy grading, IMassReviewStrategy review, CancellationToken cancellationToken)
        {
            _cancellationToken = cancellationToken;
            _scheme = scheme;
            _data = data;
            _asOf = asOf;
            _review = review;
            _grading = grading;
            var roster = data.Roster.OrderBy(m => m.MemberId).ToArray();
            _memberIndex = new Dictionary<MemberId, int>(roster.Length);
            for (var i = 0; i < roster.Length; i++)
            {
                _memberIndex[roster[i].MemberId] = i;
            }

            var declarations = data.Declarations.Where(d => d.SubmittedOn <= asOf)
                .OrderBy(d => _memberIndex[d.MemberId]).ThenBy(d => d.Month).ThenBy(d => d.OccurredOn)
                .ThenBy(d => d.SubmittedOn).ThenBy(d => d.Id).ToArray();
            var reviews = data.MassReviews.OrderBy(r => _memberIndex[r.MemberId]).ThenBy(r => r.Quarter).ToArray();
            _trees = new Trees(scheme, data, asOf, review, roster, declarations, reviews);
            var standards = _trees.Standards;
            _ceilings = new (MemberGrade, LocalizedText)?[standards.Length];
            foreach (var condition in scheme.HardConditions)
            {
                var i = _trees.StandardIndex[condition.StandardId];
                if (_ceilings[i] is not { } existing || condition.MaxGrade.IsWorseThan(existing.Grade))
                {
                    _ceilings[i] = (condition.MaxGrade, MemberPointsTexts.CeilingReason(condition.StandardId, standards[i]));
                }
            }

            _usedMonth = new decimal[standards.Length];
            _usedYear = new decimal[standards.Length];
        }

        public MemberPointsYearResult Execute()
        {
            var roster = _trees.Roster;
            var declarations = _trees.Declarations;
            var reviews = _trees.Reviews;
            var parents = _data.Branches.ToDictionary(b => b.BranchId, b => b.ParentId);
            var declarationResults = new DeclarationResult[declarations.Length];
            var partial = new (MemberYearResult Result, GradingCandidate? Candidate)[roster.Length];
            int d = 0, r = 0;
            for (var mi = 0; mi < roster.Length; mi++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var firstDeclaration = d;
                while (d < declarations.Length && _memberIndex[declarations[d].MemberId] == mi)
                {
                    d++;
                }

                var firstReview = r;
                while (r < reviews.Length && _memberIndex[reviews[r].MemberId] == mi)
                {
                    r++;
                }

                partial[mi] = MemberYear(mi, new MemberRow(firstDeclaration, d - firstDeclaration, firstReview, r - firstReview), declarationResults, parents);
            }

            return Summarize(Grade(partial), declarationResults);
        }

        /// <summary>Makes one member's year: the declarations (sorted, the member's only), the months, the reviews, and the candidate for grading.</summary>
        private (MemberYearResult Result, GradingCandidate? Candidate) MemberYear(
            int mi, MemberRow row, DeclarationResult[] results, Dictionary<OrganizationId, OrganizationId> parents)
        {
            var member = _trees.Roster[mi];
            var (declared, ceiling) = CountDeclarations(member, row, results);
            ceiling = CountFromRecords(member, ceiling);
            var (monthly, total) = CollectMonths();
            var quarterPoints = ImmutableArray.CreateBuilder<QuarterReviewPoints>(row.Reviews);
            for (var k = row.FirstReview; k < row.FirstReview + row.Reviews; k++)
            {
                var review = _trees.Reviews[k];
                var points = _review.PointsOf(review);
                quarterPoints.Add(new QuarterReviewPoints(review.Quarter, points));
                total += points.Value;
            }

            _trees.MemberRows[mi] = row;
            var year = _data.Year;
            var branch = member.BranchOn(year.LastDay)!.Value;
            var status = member.StatusOn(year.LastDay);
            var months = member.JoinedOn.Year == year.Value ? 13 - member.JoinedOn.Month : 12;
            UngradedReason? ungraded = status == MembershipStatus.Probationary && !_scheme.GradeProbationaryMembers ? UngradedReason.Probationary
                : months < _scheme.MinimumMonthsForGrading ? UngradedReason.TooFewMonths
                : null;
            var result = new MemberYearResult(
                member.MemberId, branch, parents[branch], status, months, new Score(total), monthly, quarterPoints.MoveToImmutable(), declared, null, ungraded: ungraded)
            {
                PointsTree = new DeferredExplanation(_trees.Members, mi),
                GradeTree = ungraded is { } why ? _trees.NotGraded(member.MemberId, why, months) : default,
            };
            var candidate = ungraded is null
                ? new GradingCandidate(member.MemberId, new Score(total), months, ceiling?.Grade ?? MemberGrade.Excellent, ceiling?.Reason)
                : null;
            return (result, candidate);
        }

        /// <summary>Applies the rules of the monthly cycle to one member's declarations, adding the counted points to the month buffers.</summary>
        /// <returns>The items declared for the year, and the strictest hard-condition ceiling a counted item triggered.</returns>
        private (int Declared, (MemberGrade Grade, LocalizedText Reason)? Ceiling) CountDeclarations(
            MemberRosterEntry member, MemberRow row, DeclarationResult[] results)
        {
            Array.Clear(_usedYear);
            _seen.Clear();
            YearMonth? currentMonth = null;
            (MemberGrade Grade, LocalizedText Reason)? ceiling = null;
            var declared = 0;
            for (var i = row.FirstDeclaration; i < row.FirstDeclaration + row.Declarations; i++)
            {
                var declaration = _trees.Declarations[i];
                if (currentMonth != declaration.Month)
                {
                    Array.Clear(_usedMonth);
                    currentMonth = declaration.Month;
                }

                var result = Process(declaration, member, i);
                results[i] = result;
                if (declaration.Month.Year != _data.Year.Value)
                {
                    _outOfPeriod = true;
                    continue;
                }

                declared++;
                var month = declaration.Month.Month - 1;
                Add(month, _trees.Standards[_trees.StandardIndex[declaration.StandardId]].Kind, result.Counted.Value);
                var si = _trees.StandardIndex[declaration.StandardId];
                if (result.Status == DeclarationStatus.Counted && result.Counted != Score.Zero
                    && _ceilings[si] is { } c
                    && (ceiling is null || c.Grade.IsWorseThan(ceiling.Value.Grade)))
                {
                    ceiling = c;
                }
            }

            return (declared, ceiling);
        }

        /// <summary>Adds an item's counted points to its month, by kind and in the month's total, in the order the month's tree lists it.</summary>
        private void Add(int month, PointsKind kind, decimal points)
        {
            switch (kind)
            {
                case PointsKind.Base: _bases[month] += points; break;
                case PointsKind.Bonus: _bonuses[month] += points; break;
                default: _deductions[month] += points; break;
            }

            _monthTotals[month] += points;
            _monthItems[month]++;
        }

        /// <summary>
        /// Counts the standards of <see cref="PointsScheme.FromRecords"/> for a member the records list (<see cref="Trees.RecordMonths"/>),
        /// adding them to the month buffers.
        /// </summary>
        /// <returns>The strictest ceiling so far, with any hard condition a counted standard triggers.</returns>
        private (MemberGrade Grade, LocalizedText Reason)? CountFromRecords(MemberRosterEntry member, (MemberGrade Grade, LocalizedText Reason)? ceiling)
        {
            foreach (var month in _trees.RecordMonths(member.MemberId))
            {
                Add(month.Month - 1, _trees.Standards[month.Si].Kind, month.Signed);
                if (month.Signed != 0m && _ceilings[month.Si] is { } c && (ceiling is null || c.Grade.IsWorseThan(ceiling.Value.Grade)))
                {
                    ceiling = c;
                }
            }

            return ceiling;
        }

        /// <summary>
        /// Makes the twelve months of the member's year from the buffers and empties them; the total adds the months that have
        /// items and the out-of-period items (worth zero) in the order <see cref="Trees.MemberPoints"/> sums their nodes.
        /// </summary>
        private (ImmutableArray<MonthlyPoints> Monthly, decimal Total) CollectMonths()
        {
            var monthly = ImmutableArray.CreateBuilder<MonthlyPoints>(12);
            var total = 0m;
            for (var m = 0; m < 12; m++)
            {
                var ym = new YearMonth(_data.Year.Value, m + 1);
                monthly.Add(new MonthlyPoints(ym, new Score(_bases[m]), new Score(_bonuses[m]), new Score(_deductions[m])));
                if (_monthItems[m] > 0)
                {
                    total += _monthTotals[m];
                }
            }

            if (_outOfPeriod)
            {
                total += 0m;
                _outOfPeriod = false;
            }

            Array.Clear(_bases);
            Array.Clear(_bonuses);
            Array.Clear(_deductions);
            Array.Clear(_monthTotals);
            Array.Clear(_monthItems);
            return (monthly.MoveToImmutable(), total);
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

        /// <summary>Grades each branch with the strategy's grades alone; a member's grade explanation asks the strategy again when read.</summary>
        private ImmutableArray<MemberYearResult> Grade((MemberYearResult Result, GradingCandidate? Candidate)[] partial)
        {
            var results = partial.Select(p => p.Result).ToArray();
            foreach (var branch in partial.Where(p => p.Candidate is not null).GroupBy(p => p.Result.BranchId).OrderBy(g => g.Key))
            {
                ImmutableArray<GradingCandidate> candidates = [.. branch.Select(p => p.Candidate!)];
                var grades = _grading.GradesOf(candidates);
                var explanations = new BranchGrades(_grading, _scheme, candidates);
                for (var k = 0; k < candidates.Length; k++)
                {
                    var i = _memberIndex[candidates[k].MemberId];
                    results[i] = results[i].Graded(grades[k], new DeferredExplanation(explanations, k));
                }
            }

            return [.. results];
        }

        /// <summary>Applies the rules of the monthly cycle to one declaration: the first rule that refuses it, or the audit and the caps.</summary>
        /// <param name="declaration">The declaration.</param>
        /// <param name="member">The declaring member.</param>
        /// <param name="index">The declaration's row in <see cref="Trees.Declarations"/>.</param>
        private DeclarationResult Process(Declaration declaration, MemberRosterEntry member, int index)
        {
            var si = _trees.StandardIndex[declaration.StandardId];
            var standard = _trees.Standards[si];
            var claimed = new Score(standard.Points.Value * declaration.Quantity);
            var late = declaration.SubmittedOn > _scheme.DeadlineFor(declaration.Month);
            var latest = _trees.LatestAudit(declaration.Id);
            var refused = RefusalOf(declaration, member, si, late, latest);
            var room = 0m;
            Score audited;
            if (refused is { } status)
            {
                audited = status is DeclarationStatus.Rejected or DeclarationStatus.Unaudited || latest is null ? Score.Zero : Trees.Granted(latest, claimed);
            }
            else
            {
                audited = Trees.Granted(latest!, claimed);
                room = Room(si, standard, audited.Value);
            }

            var counted = refused is null ? standard.WithSign(new Score(room)) : Score.Zero;
            _trees.DeclarationRows[index] = new DeclarationRow(refused ?? DeclarationStatus.Counted, room);
            return new DeclarationResult(
                declaration.Id, declaration.MemberId, declaration.StandardId, declaration.Month, refused ?? DeclarationStatus.Counted, late,
                claimed, audited, counted, null)
            {
                Tree = new DeferredExplanation(_trees, index),
            };
        }

        /// <summary>Cuts the granted magnitude to what is left of the standard's monthly and yearly caps, and uses it up.</summary>
        private decimal Room(int si, PointsStandard standard, decimal granted)
        {
            var room = granted;
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
            return room;
        }

        /// <summary>Finds the first rule that refuses a declaration (out of period, duplicate, late under a refusing policy, unaudited, rejected), or none.</summary>
        private DeclarationStatus? RefusalOf(Declaration declaration, MemberRosterEntry member, int si, bool late, AuditRecord? latest)
        {
            var first = declaration.Month.OnDayOfMonth(1);
            if (declaration.Month.Year != _data.Year.Value || declaration.OccurredOn.ToYearMonth() != declaration.Month
                || declaration.SubmittedOn < first || declaration.Month < member.JoinedOn.ToYearMonth())
            {
                return DeclarationStatus.OutOfPeriod;
            }

            if (!_seen.Add((si, declaration.OccurredOn)))
            {
                return DeclarationStatus.Duplicate;
            }

            if (late && _scheme.LatePolicy == LateDeclarationPolicy.Refuse)
            {
                return DeclarationStatus.Late;
            }

            return latest is null ? DeclarationStatus.Unaudited
                : latest.Decision == AuditDecision.Reject ? DeclarationStatus.Rejected
                : null;
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
            return new PointsStatistics(
                id, count, declaring, graded,
                grades[(int)MemberGrade.Excellent], grades[(int)MemberGrade.Qualified], grades[(int)MemberGrade.BasicallyQualified], grades[(int)MemberGrade.Unqualified],
                new Score(total), new Score(average), participation, share, new Score(score), null)
            {
                Tree = _trees.Statistics(id, new StatisticsRow(score, participation, share, count, declaring, graded, average)),
            };
        }
    }

    /// <summary>What the run kept of a declaration for its tree: the status and the magnitude left after the caps.</summary>
    private readonly record struct DeclarationRow(DeclarationStatus Status, decimal Room);

    /// <summary>Where a member's declarations and reviews are in <see cref="Trees.Declarations"/> and <see cref="Trees.Reviews"/>.</summary>
    private readonly record struct MemberRow(int FirstDeclaration, int Declarations, int FirstReview, int Reviews);

    /// <summary>The figures of an organization's statistics that its tree names.</summary>
    private readonly record struct StatisticsRow(decimal Score, Proportion Participation, Proportion Share, int Members, int Declaring, int Graded, decimal Average);

    /// <summary>One month of a standard counted from organizational-life records for a member: the meetings and the signed points after the caps.</summary>
    private readonly record struct RecordMonth(int Si, RecordPointsRule Rule, int Month, IGrouping<int, OrganizationalLife.MeetingRecord> Meetings, decimal Signed);

    /// <summary>A member's points tree, by roster index.</summary>
    private sealed class MemberTrees(Trees trees) : IExplanationSource
    {
        public Explanation Explain(int index) => trees.MemberPoints(index);
    }

    /// <summary>The grade trees of one branch: the strategy grades the branch again and gives the member's decision.</summary>
    private sealed class BranchGrades(IGradingStrategy strategy, PointsScheme scheme, ImmutableArray<GradingCandidate> candidates) : IExplanationSource
    {
        public Explanation Explain(int index)
        {
            var member = candidates[index].MemberId;
            foreach (var decision in strategy.Grade(candidates))
            {
                if (decision.MemberId == member)
                {
                    return scheme.Mark(decision.Explanation);
                }
            }

            throw new InvalidOperationException($"The grading strategy '{strategy.Name}' gave no decision for member {member}.");
        }
    }

    /// <summary>
    /// The trees of one run, built when a result's explanation is read (issue 23, explanations on demand): from the sorted
    /// inputs, the scheme's tables, and the rows the run keeps of each declaration and member. A row is written once, before
    /// the result that refers to it is made, and nothing here changes afterwards; building reads nothing else, so every read
    /// gives the tree the engine built at once before.
    /// </summary>
    private sealed class Trees : IExplanationSource
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

        public Trees(
            PointsScheme scheme, MemberPointsDataSet data, LocalDate asOf, IMassReviewStrategy review,
            MemberRosterEntry[] roster, Declaration[] declarations, MassReview[] reviews)
        {
            _scheme = scheme;
            _data = data;
            _asOf = asOf;
            _review = review;
            Roster = roster;
            Declarations = declarations;
            Reviews = reviews;
            DeclarationRows = new DeclarationRow[declarations.Length];
            MemberRows = new MemberRow[roster.Length];
            Members = new MemberTrees(this);
            Standards = [.. scheme.Standards];
            StandardIndex = new Dictionary<PointsStandardId, int>(Standards.Length);
            for (var i = 0; i < Standards.Length; i++)
            {
                StandardIndex[Standards[i].Id] = i;
            }

            _declaredLabels = [.. Standards.Select(MemberPointsTexts.Declared)];
            _itemLabels = [.. Standards.Select((x, i) => MemberPointsTexts.Remark(_declaredLabels[i], MemberPointsLabels.PointsKinds[x.Kind]))];
            _capParameters = [.. Standards.Select(CapParameters)];
            _declarationCitations = [.. Standards.Select(x => scheme.Cite(MemberPointsCitations.MonthlyDeclaration, x))];
            _auditCitations = [.. Standards.Select(x => scheme.Cite(MemberPointsCitations.MonthlyAudit, x))];
            _monthCitation = scheme.Cite(MemberPointsCitations.MonthlyAudit);
            _gradingCitation = scheme.Cite(MemberPointsCitations.AnnualGrading);
            _deadlineParameters = NoParameters.Add("declarationDeadlineDay", scheme.DeclarationDeadlineDay.ToString(CultureInfo.InvariantCulture))
                .Add("latePolicy", MemberPointsTexts.LatePolicyKey(scheme.LatePolicy));
            _eligibilityParameters = NoParameters.Add("gradeProbationaryMembers", scheme.GradeProbationaryMembers ? "true" : "false")
                .Add("minimumMonthsForGrading", scheme.MinimumMonthsForGrading.ToString(CultureInfo.InvariantCulture));
            _monthLabels = [.. data.Year.Months.Select(MemberPointsTexts.MonthPoints)];
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
        }

        /// <summary>Gets the roster, ordered by member.</summary>
        public MemberRosterEntry[] Roster { get; }

        /// <summary>Gets the declarations seen as of the date, ordered by member, month, occurrence, submission and identifier.</summary>
        public Declaration[] Declarations { get; }

        /// <summary>Gets the mass reviews, ordered by member and quarter.</summary>
        public MassReview[] Reviews { get; }

        /// <summary>Gets what the run kept of each declaration, by row of <see cref="Declarations"/>; written once by the run.</summary>
        public DeclarationRow[] DeclarationRows { get; }

        /// <summary>Gets where each member's items are, by roster index; written once by the run.</summary>
        public MemberRow[] MemberRows { get; }

        /// <summary>Gets the members' points trees, by roster index.</summary>
        public IExplanationSource Members { get; }

        /// <summary>Gets the scheme's standards, in order.</summary>
        public PointsStandard[] Standards { get; }

        /// <summary>Gets each standard's position in <see cref="Standards"/>.</summary>
        public Dictionary<PointsStandardId, int> StandardIndex { get; }

        /// <summary>Gives the magnitude an audit grants to a claim.</summary>
        public static Score Granted(AuditRecord audit, Score claimed) => audit.Decision switch
        {
            AuditDecision.Approve => claimed,
            AuditDecision.Adjust => audit.Points!.Value,
            _ => Score.Zero,
        };

        /// <summary>Finds the latest audit of a declaration on or before the as-of date, or none.</summary>
        public AuditRecord? LatestAudit(DeclarationId id) =>
            _auditRanges.TryGetValue(id, out var range) ? _audits[range.Start + range.Count - 1] : null;

        /// <summary>
        /// Counts the standards of <see cref="PointsScheme.FromRecords"/> for a member the records list: each month's meetings of
        /// the rule's kinds (attended, or missed without a reason) are the occurrences, cut to the standard's monthly and yearly
        /// caps. The run adds the points; the member's tree names every record.
        /// </summary>
        public IEnumerable<RecordMonth> RecordMonths(MemberId member)
        {
            if (_data.LifeRecords is not { } records || _scheme.FromRecords.IsEmpty || !OrganizationalLife.RecordMeasures.Covers(records, member))
            {
                yield break;
            }

            foreach (var rule in _scheme.FromRecords)
            {
                var si = StandardIndex[rule.StandardId];
                var standard = Standards[si];
                var meetings = OrganizationalLife.RecordMeasures.OfMember(records, member, [.. rule.Meetings], rule.Count == RecordPointsCount.AbsentWithoutReason, _asOf);
                var usedYear = 0m;
                foreach (var month in meetings.GroupBy(m => m.Date.Month).OrderBy(g => g.Key))
                {
                    var claim = standard.Points.Value * month.Count();
                    var granted = Math.Min(claim, Math.Min(standard.MonthlyCap?.Value ?? claim, (standard.YearlyCap?.Value ?? decimal.MaxValue) - usedYear));
                    granted = Math.Max(granted, 0m);
                    usedYear += granted;
                    yield return new RecordMonth(si, rule, month.Key, month, standard.WithSign(new Score(granted)).Value);
                }
            }
        }

        /// <summary>Builds a declaration's trail: the claim, every audit, the cap cut and the rule that made its status.</summary>
        /// <param name="index">The declaration's row in <see cref="Declarations"/>.</param>
        public Explanation Explain(int index)
        {
            var declaration = Declarations[index];
            var row = DeclarationRows[index];
            var si = StandardIndex[declaration.StandardId];
            var standard = Standards[si];
            var claimed = new Score(standard.Points.Value * declaration.Quantity);
            var latest = LatestAudit(declaration.Id);
            var trail = Trail(declaration, si, standard, claimed);
            return row.Status == DeclarationStatus.Counted
                ? Counted(declaration, si, claimed, latest!, trail, row.Room)
                : Refused(declaration, si, row.Status, latest, trail);
        }

        /// <summary>Builds a member's points tree: the months with their items, the out-of-period items, the quarterly reviews.</summary>
        /// <param name="mi">The member's roster index.</param>
        public Explanation MemberPoints(int mi)
        {
            var member = Roster[mi];
            var row = MemberRows[mi];
            var months = new ImmutableArray<Explanation>.Builder?[12];
            ImmutableArray<Explanation>.Builder? outOfPeriod = null;
            for (var j = row.FirstDeclaration; j < row.FirstDeclaration + row.Declarations; j++)
            {
                var month = Declarations[j].Month;
                var nodes = month.Year != _data.Year.Value
                    ? outOfPeriod ??= ImmutableArray.CreateBuilder<Explanation>()
                    : months[month.Month - 1] ??= ImmutableArray.CreateBuilder<Explanation>();
                nodes.Add(Explain(j));
            }

            foreach (var month in RecordMonths(member.MemberId))
            {
                (months[month.Month - 1] ??= ImmutableArray.CreateBuilder<Explanation>()).Add(FromRecords(member.MemberId, month));
            }

            var children = ImmutableArray.CreateBuilder<Explanation>();
            for (var m = 0; m < 12; m++)
            {
                if (months[m] is { } nodes)
                {
                    children.Add(Explanation.Sum(_monthLabels[m], nodes.ToImmutable()) with
                    {
                        Key = member.MemberId.Value + "/" + IsoMonth(new YearMonth(_data.Year.Value, m + 1)),
                        Citation = _monthCitation,
                    });
                }
            }

            if (outOfPeriod is not null)
            {
                children.Add(Explanation.Sum(MemberPointsTexts.OutOfPeriodItems, outOfPeriod.ToImmutable()) with { Key = $"{member.MemberId}/out-of-period" });
            }

            for (var k = row.FirstReview; k < row.FirstReview + row.Reviews; k++)
            {
                children.Add(_scheme.Mark(_review.Fold(Reviews[k]).Explanation));
            }

            return Explanation.Sum(MemberPointsTexts.AnnualPoints, children.ToImmutable()) with
            {
                Key = member.MemberId.Value,
            };
        }

        /// <summary>Explains, when read, why a member is not graded, naming the scheme's grading settings in force.</summary>
        public DeferredExplanation NotGraded(MemberId memberId, UngradedReason reason, int months) => new(() =>
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
            });

        /// <summary>Explains, when read, how an organization's statistics score was made.</summary>
        public DeferredExplanation Statistics(OrganizationId id, StatisticsRow row) => new(() =>
            Explanation.Formula(
                MemberPointsTexts.StatisticsScore,
                row.Score,
                "participation-and-grades",
                [new("participationWeight", _scheme.ParticipationWeight.ToString()), new("scale", "2")],
                [
                    Explanation.Given(MemberPointsTexts.Participation, row.Participation.Value) with { Key = id.Value + "/participation" },
                    Explanation.Given(MemberPointsTexts.ShareQualifiedOrBetter, row.Share.Value) with { Key = id.Value + "/qualified-or-better" },
                    Explanation.Given(MemberPointsTexts.Members, row.Members),
                    Explanation.Given(MemberPointsTexts.DeclaringMembers, row.Declaring),
                    Explanation.Given(MemberPointsTexts.GradedMembers, row.Graded),
                    Explanation.Given(MemberPointsTexts.AveragePoints, row.Average),
                ]) with
            {
                Key = id.Value,
                Citation = _gradingCitation,
            });

        /// <summary>Builds the node of a refused declaration: it counts nothing, and its node names the rule.</summary>
        private Explanation Refused(Declaration declaration, int si, DeclarationStatus status, AuditRecord? latest, ImmutableArray<Explanation> trail)
        {
            var (rule, parameters) = RuleOf(declaration, status);
            return new Explanation(
                MemberPointsTexts.Remark(_declaredLabels[si], MemberPointsLabels.PointsKinds[Standards[si].Kind], rule),
                0m,
                ExplanationCombination.Formula,
                "declaration-status",
                parameters,
                trail)
            {
                Key = declaration.Id.Value,
                Note = status == DeclarationStatus.Rejected && !string.IsNullOrWhiteSpace(latest!.Reason) ? LocalizedText.AsGiven(latest.Reason) : null,
                Citation = status is DeclarationStatus.Unaudited or DeclarationStatus.Rejected
                    ? _auditCitations[si] : _declarationCitations[si],
            };
        }

        /// <summary>Names the rule that refused a declaration, with the parameters it used.</summary>
        private (LocalizedText Rule, ImmutableSortedDictionary<string, string> Parameters) RuleOf(Declaration declaration, DeclarationStatus status)
        {
            switch (status)
            {
                case DeclarationStatus.OutOfPeriod: return (MemberPointsTexts.OutOfPeriodRule, NoParameters);
                case DeclarationStatus.Duplicate: return (MemberPointsTexts.DuplicateRule, NoParameters);
                case DeclarationStatus.Late:
                    var deadline = IsoDate(_scheme.DeadlineFor(declaration.Month));
                    return (MemberPointsTexts.LateRefused(deadline, _scheme.DeclarationDeadlineDay), _deadlineParameters.Add("deadline", deadline));
                case DeclarationStatus.Unaudited: return (MemberPointsTexts.UnauditedRule, NoParameters);
                default: return (MemberPointsTexts.RejectedRule, NoParameters);
            }
        }

        /// <summary>Builds the node of a counted declaration: the latest audit's points, cut to what was left of the standard's caps.</summary>
        private Explanation Counted(Declaration declaration, int si, Score claimed, AuditRecord latest, ImmutableArray<Explanation> trail, decimal room)
        {
            var standard = Standards[si];
            var granted = Granted(latest, claimed);
            var cut = granted.Value - room;
            var late = declaration.SubmittedOn > _scheme.DeadlineFor(declaration.Month);
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
            return new Explanation(_itemLabels[si], counted.Value, ExplanationCombination.Sum, "sum", null, parts) { Key = declaration.Id.Value };
        }

        /// <summary>Builds the node of a standard counted from records in one month, naming every record.</summary>
        private Explanation FromRecords(MemberId member, RecordMonth month)
        {
            var standard = Standards[month.Si];
            var occurrences = month.Meetings.Count();
            return Explanation.Formula(
                MemberPointsTexts.FromRecords(standard, month.Rule.Count),
                month.Signed,
                "counted-from-records",
                _capParameters[month.Si].Add("occurrences", occurrences.ToString(CultureInfo.InvariantCulture)).Add("points", MemberPointsTexts.Number(standard.Points.Value)),
                month.Meetings.Select(r => Explanation.Given(OrganizationalLife.OrganizationalLifeTexts.Record(r), 1) with { Key = r.Id.Value })) with
            {
                Key = $"{member}/{IsoMonth(new YearMonth(_data.Year.Value, month.Month))}/{month.Rule.StandardId}/records",
                Citation = _scheme.Cite(MemberPointsCitations.FromRecords, standard),
                Summary = MemberPointsTexts.FromRecordsSummary([.. month.Meetings.Select(r => r.Id)]),
            };
        }

        private ImmutableArray<Explanation> Trail(Declaration declaration, int si, PointsStandard standard, Score claimed)
        {
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
                trail.Add(new Explanation(AuditLabels[(int)audit.Decision], standard.WithSign(Granted(audit, claimed)).Value, ExplanationCombination.Given)
                {
                    Key = IsoDate(audit.AuditedOn),
                    Note = string.IsNullOrWhiteSpace(audit.Reason) ? null : LocalizedText.AsGiven(audit.Reason),
                    Citation = _auditCitations[si],
                });
            }

            return trail.MoveToImmutable();
        }

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
    }
}
