using System.Runtime.InteropServices;
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
        var (grading, review, index) = Check(data, scheme, strategies ?? MemberPointsStrategies.Default, problems);
        problems.ThrowIfErrors("member-points input");
        cancellationToken.ThrowIfCancellationRequested();
        return new Run(scheme, data, asOf, grading!, review!, index, cancellationToken).Execute();
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
    /// <returns>The strategies, and the data's references resolved to indices (<see cref="MemberPointsDataIndex"/>).</returns>
    private static (IGradingStrategy? Grading, IMassReviewStrategy? Review, MemberPointsDataIndex Index) Check(
        MemberPointsDataSet data, PointsScheme scheme, MemberPointsStrategies strategies, ProblemCollector problems)
    {
        var schemeProblems = problems.At("Scheme");
        PointsSchemeChecks.Check(scheme, strategies: null, schemeProblems);
        var grading = scheme.Grading is null ? null : strategies.Grading.TryCreate(scheme.Grading, schemeProblems.At("Grading"));
        var review = scheme.MassReview is null ? null : strategies.MassReview.TryCreate(scheme.MassReview, schemeProblems.At("MassReview"));
        var index = new MemberPointsDataSetValidator(scheme).Check(data, problems.At("Data"));
        return (grading, review, index);
    }

    /// <summary>
    /// One run: counts every declaration, member and branch in one pass over arrays laid out by member (issue 23, columnar
    /// engines) and makes no record per declaration, month or review: the result holds the run's <see cref="Trees"/>, which
    /// builds a tree (<see cref="DeferredExplanation"/>) or a list (<see cref="DeferredList{T}"/>) when it is read.
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
        private readonly MemberPointsDataIndex _index;
        private readonly CancellationToken _cancellationToken;

        // Reused between members: the per-standard cap usage, the duplicate keys and the points by month and kind.
        private readonly decimal[] _usedMonth;
        private readonly decimal[] _usedYear;
        private readonly HashSet<(int Standard, LocalDate Occurred)> _seen = [];
        private readonly MonthBuffers _months = new();

        // The declaration deadline of the month last asked for: a member's declarations come month by month.
        private YearMonth? _deadlineMonth;
        private LocalDate _deadline;

        public Run(
            PointsScheme scheme, MemberPointsDataSet data, LocalDate asOf, IGradingStrategy grading, IMassReviewStrategy review, MemberPointsDataIndex index,
            CancellationToken cancellationToken)
        {
            _cancellationToken = cancellationToken;
            _scheme = scheme;
            _data = data;
            _asOf = asOf;
            _review = review;
            _grading = grading;
            _index = index;
            _trees = new Trees(scheme, data, asOf, review, index);
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
            var facts = new MemberFacts[_trees.Roster.Length];
            for (var mi = 0; mi < facts.Length; mi++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                facts[mi] = MemberYear(mi);
            }

            var (grades, gradeTrees) = Grade(facts);
            var members = ImmutableArray.CreateBuilder<MemberYearResult>(facts.Length);
            for (var mi = 0; mi < facts.Length; mi++)
            {
                members.Add(Result(mi, facts[mi], grades[mi], gradeTrees[mi]));
            }

            return Summarize(members.MoveToImmutable(), facts);
        }

        /// <summary>Counts one member's year: the declarations (sorted, the member's only), the records, the reviews, and the facts grading needs.</summary>
        private MemberFacts MemberYear(int mi)
        {
            var member = _trees.Roster[mi];
            var row = _trees.MemberRows[mi];
            var (declared, ceiling) = CountDeclarations(member, row);
            ceiling = CountFromRecords(member, ceiling);
            var total = _months.Total();
            _months.Clear();
            for (var k = row.FirstReview; k < row.FirstReview + row.Reviews; k++)
            {
                total += _review.PointsOf(_trees.Reviews[k]).Value;
            }

            var year = _data.Year;
            var branch = member.BranchOn(year.LastDay)!.Value;
            var status = member.StatusOn(year.LastDay);
            var months = member.JoinedOn.Year == year.Value ? 13 - member.JoinedOn.Month : 12;
            UngradedReason? ungraded = status == MembershipStatus.Probationary && !_scheme.GradeProbationaryMembers ? UngradedReason.Probationary
                : months < _scheme.MinimumMonthsForGrading ? UngradedReason.TooFewMonths
                : null;
            return new MemberFacts(_index.Branches[branch], status, months, total, declared, ungraded, ceiling);
        }

        /// <summary>Makes a member's result: the counted facts, the grade, and the months, reviews and trees built when read.</summary>
        private MemberYearResult Result(int mi, MemberFacts facts, MemberGrade? grade, DeferredExplanation gradeTree)
        {
            var member = _trees.Roster[mi];
            var branch = _data.Branches[facts.Branch];
            return new MemberYearResult(
                member.MemberId, branch.BranchId, branch.ParentId, facts.Status, facts.Months, new Score(facts.Total), default, default, facts.Declared, null, grade, facts.Ungraded)
            {
                PointsTree = new DeferredExplanation(_trees.Members, mi),
                GradeTree = facts.Ungraded is { } why ? _trees.NotGraded(member.MemberId, why, facts.Months) : gradeTree,
                MonthlyRows = new DeferredList<MonthlyPoints>(_trees, mi),
                ReviewRows = new DeferredList<QuarterReviewPoints>(_trees, mi),
            };
        }

        /// <summary>Applies the rules of the monthly cycle to one member's declarations, adding the counted points to the month buffers.</summary>
        /// <returns>The items declared for the year, and the strictest hard-condition ceiling a counted item triggered.</returns>
        private (int Declared, (MemberGrade Grade, LocalizedText Reason)? Ceiling) CountDeclarations(MemberRosterEntry member, MemberRow row)
        {
            Array.Clear(_usedYear);
            _seen.Clear();
            YearMonth? currentMonth = null;
            (MemberGrade Grade, LocalizedText Reason)? ceiling = null;
            var declared = 0;
            for (var i = row.FirstDeclaration; i < row.FirstDeclaration + row.Declarations; i++)
            {
                var declaration = _trees.Declaration(i);
                if (currentMonth != declaration.Month)
                {
                    Array.Clear(_usedMonth);
                    currentMonth = declaration.Month;
                }

                var si = _trees.StandardOf(i);
                var (status, counted) = Process(declaration, member, i, si);
                if (declaration.Month.Year != _data.Year.Value)
                {
                    _months.OutOfPeriod = true;
                    continue;
                }

                declared++;
                _months.Add(declaration.Month.Month - 1, _trees.Standards[si].Kind, counted.Value);
                if (status == DeclarationStatus.Counted && counted != Score.Zero
                    && _ceilings[si] is { } c
                    && (ceiling is null || c.Grade.IsWorseThan(ceiling.Value.Grade)))
                {
                    ceiling = c;
                }
            }

            return (declared, ceiling);
        }

        /// <summary>
        /// Counts the standards of <see cref="PointsScheme.FromRecords"/> for a member the records list (<see cref="Trees.RecordMonths"/>),
        /// adding them to the month buffers.
        /// </summary>
        /// <returns>The strictest ceiling so far, with any hard condition a counted standard triggers.</returns>
        private (MemberGrade Grade, LocalizedText Reason)? CountFromRecords(MemberRosterEntry member, (MemberGrade Grade, LocalizedText Reason)? ceiling)
        {
            if (!_trees.CountsFromRecords)
            {
                return ceiling;
            }

            foreach (var month in _trees.RecordMonths(member.MemberId))
            {
                _months.Add(month.Month - 1, _trees.Standards[month.Si].Kind, month.Signed);
                if (month.Signed != 0m && _ceilings[month.Si] is { } c && (ceiling is null || c.Grade.IsWorseThan(ceiling.Value.Grade)))
                {
                    ceiling = c;
                }
            }

            return ceiling;
        }

        /// <summary>Puts the result together: the members, the declarations made when read, and the statistics per branch, organization and committee.</summary>
        private MemberPointsYearResult Summarize(ImmutableArray<MemberYearResult> members, MemberFacts[] facts)
        {
            var branches = _data.Branches;
            var organizations = new Dictionary<OrganizationId, int>();
            var organizationOf = new int[branches.Length];
            for (var b = 0; b < branches.Length; b++)
            {
                if (!organizations.TryGetValue(branches[b].ParentId, out organizationOf[b]))
                {
                    organizationOf[b] = organizations[branches[b].ParentId] = organizations.Count;
                }
            }

            // Each organization's members are added in member order, as a member list grouped by organization would give them.
            var byBranch = new Tally[branches.Length];
            var byOrganization = new Tally[organizations.Count];
            var committee = default(Tally);
            for (var mi = 0; mi < members.Length; mi++)
            {
                var member = members[mi];
                byBranch[facts[mi].Branch].Add(member);
                byOrganization[organizationOf[facts[mi].Branch]].Add(member);
                committee.Add(member);
            }

            var branchStats = Enumerable.Range(0, branches.Length).OrderBy(b => branches[b].BranchId)
                .Select(b => Statistics(branches[b].BranchId, byBranch[b]))
                .ToImmutableArray();
            var organizationStats = organizations.OrderBy(o => o.Key)
                .Select(o => Statistics(o.Key, byOrganization[o.Value]))
                .ToImmutableArray();
            return new MemberPointsYearResult(_data.Year, _data.CommitteeId, _asOf, members, default, branchStats, organizationStats, Statistics(_data.CommitteeId, committee))
            {
                DeclarationRows = new DeferredList<DeclarationResult>(_trees, 0),
            };
        }

        /// <summary>Grades each branch with the strategy's grades alone; a member's grade explanation asks the strategy again when read.</summary>
        /// <returns>Each member's grade (none when not graded) and the explanation of a graded member's grade.</returns>
        private (MemberGrade?[] Grades, DeferredExplanation[] Trees) Grade(MemberFacts[] facts)
        {
            // The graded members of each branch, in member order.
            var starts = new int[_data.Branches.Length + 1];
            foreach (var f in facts)
            {
                if (f.Ungraded is null)
                {
                    starts[f.Branch + 1]++;
                }
            }

            for (var b = 0; b < _data.Branches.Length; b++)
            {
                starts[b + 1] += starts[b];
            }

            var order = new int[starts[^1]];
            var next = starts[..^1];
            for (var mi = 0; mi < facts.Length; mi++)
            {
                if (facts[mi].Ungraded is null)
                {
                    order[next[facts[mi].Branch]++] = mi;
                }
            }

            var grades = new MemberGrade?[facts.Length];
            var trees = new DeferredExplanation[facts.Length];
            for (var b = 0; b < _data.Branches.Length; b++)
            {
                var members = order.AsSpan(starts[b], starts[b + 1] - starts[b]);
                if (members.IsEmpty)
                {
                    continue;
                }

                var candidates = ImmutableArray.CreateBuilder<GradingCandidate>(members.Length);
                foreach (var mi in members)
                {
                    var f = facts[mi];
                    candidates.Add(new GradingCandidate(_trees.Roster[mi].MemberId, new Score(f.Total), f.Months, f.Ceiling?.Grade ?? MemberGrade.Excellent, f.Ceiling?.Reason));
                }

                var branch = candidates.MoveToImmutable();
                var branchGrades = _grading.GradesOf(branch);
                var explanations = new BranchGrades(_grading, _scheme, branch);
                for (var k = 0; k < members.Length; k++)
                {
                    grades[members[k]] = branchGrades[k];
                    trees[members[k]] = new DeferredExplanation(explanations, k);
                }
            }

            return (grades, trees);
        }

        /// <summary>Applies the rules of the monthly cycle to one declaration: the first rule that refuses it, or the audit and the caps.</summary>
        /// <param name="declaration">The declaration.</param>
        /// <param name="member">The declaring member.</param>
        /// <param name="row">The declaration's row in the run (<see cref="Trees.Declaration"/>).</param>
        /// <param name="si">The declaration's standard.</param>
        /// <returns>The status and the signed points that count, kept as the row's <see cref="DeclarationRow"/>.</returns>
        private (DeclarationStatus Status, Score Counted) Process(Declaration declaration, MemberRosterEntry member, int row, int si)
        {
            var standard = _trees.Standards[si];
            if (_deadlineMonth != declaration.Month)
            {
                (_deadlineMonth, _deadline) = (declaration.Month, _scheme.DeadlineFor(declaration.Month));
            }

            var late = declaration.SubmittedOn > _deadline;
            var latest = _trees.LatestAudit(_trees.DataIndex(row));
            var refused = RefusalOf(declaration, member, si, late, latest);
            var room = 0m;
            if (refused is null)
            {
                room = Room(si, standard, Trees.Granted(latest!, new Score(standard.Points.Value * declaration.Quantity)).Value);
            }

            var status = refused ?? DeclarationStatus.Counted;
            _trees.DeclarationRows[row] = new DeclarationRow(status, room);
            return (status, refused is null ? standard.WithSign(new Score(room)) : Score.Zero);
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

        private PointsStatistics Statistics(OrganizationId id, Tally tally)
        {
            var participation = tally.Count == 0 ? Proportion.Zero : Proportion.FromRatio(tally.Declaring, tally.Count);
            var good = tally.Excellent + tally.Qualified;
            var share = tally.Graded == 0 ? Proportion.Zero : Proportion.FromRatio(good, tally.Graded);
            var w = _scheme.ParticipationWeight;
            var score = ScoreRounding.Default.Apply(100m * ((w.Value * participation.Value) + (w.Complement.Value * share.Value)));
            var average = tally.Count == 0 ? 0m : ScoreRounding.Default.Apply(tally.Total / tally.Count);
            return new PointsStatistics(
                id, tally.Count, tally.Declaring, tally.Graded, tally.Excellent, tally.Qualified, tally.BasicallyQualified, tally.Unqualified,
                new Score(tally.Total), new Score(average), participation, share, new Score(score), null)
            {
                Tree = _trees.Statistics(id, new StatisticsRow(score, participation, share, tally.Count, tally.Declaring, tally.Graded, average)),
            };
        }
    }

    /// <summary>What the run counted of a member before grading: the grading branch (its index in the data set's branches) and the facts grading and the result need.</summary>
    private readonly record struct MemberFacts(
        int Branch, MembershipStatus Status, int Months, decimal Total, int Declared, UngradedReason? Ungraded, (MemberGrade Grade, LocalizedText Reason)? Ceiling);

    /// <summary>The counts and the exact points total of an organization's members, added member by member.</summary>
    private struct Tally
    {
        public int Count;
        public int Declaring;
        public int Graded;
        public int Excellent;
        public int Qualified;
        public int BasicallyQualified;
        public int Unqualified;
        public decimal Total;

        public void Add(MemberYearResult member)
        {
            Count++;
            Total += member.Points.Value;
            if (member.DeclaredItems > 0)
            {
                Declaring++;
            }

            switch (member.Grade)
            {
                case null: return;
                case MemberGrade.Excellent: Excellent++; break;
                case MemberGrade.Qualified: Qualified++; break;
                case MemberGrade.BasicallyQualified: BasicallyQualified++; break;
                default: Unqualified++; break;
            }

            Graded++;
        }
    }

    /// <summary>
    /// One member's points by month and kind, and each month's total and count of items in the order the month's tree lists
    /// them (so the annual points are the tree's sum, scale and all): filled by the run's pass and again when a member's
    /// months are read.
    /// </summary>
    private sealed class MonthBuffers
    {
        private readonly decimal[] _bases = new decimal[12];
        private readonly decimal[] _bonuses = new decimal[12];
        private readonly decimal[] _deductions = new decimal[12];
        private readonly decimal[] _totals = new decimal[12];
        private readonly int[] _items = new int[12];

        /// <summary>Gets or sets a value indicating whether the member declared items out of the year (a node worth zero in the tree).</summary>
        public bool OutOfPeriod { get; set; }

        /// <summary>Adds an item's counted points to its month, by kind and in the month's total.</summary>
        public void Add(int month, PointsKind kind, decimal points)
        {
            switch (kind)
            {
                case PointsKind.Base: _bases[month] += points; break;
                case PointsKind.Bonus: _bonuses[month] += points; break;
                default: _deductions[month] += points; break;
            }

            _totals[month] += points;
            _items[month]++;
        }

        /// <summary>Adds the months that have items and the out-of-period items (worth zero) in the order <see cref="Trees.MemberPoints"/> sums their nodes.</summary>
        public decimal Total()
        {
            var total = 0m;
            for (var m = 0; m < 12; m++)
            {
                if (_items[m] > 0)
                {
                    total += _totals[m];
                }
            }

            if (OutOfPeriod)
            {
                total += 0m;
            }

            return total;
        }

        /// <summary>Makes the twelve months of the year.</summary>
        public ImmutableArray<MonthlyPoints> Monthly(int year)
        {
            var monthly = ImmutableArray.CreateBuilder<MonthlyPoints>(12);
            for (var m = 0; m < 12; m++)
            {
                monthly.Add(new MonthlyPoints(new YearMonth(year, m + 1), new Score(_bases[m]), new Score(_bonuses[m]), new Score(_deductions[m])));
            }

            return monthly.MoveToImmutable();
        }

        /// <summary>Empties the buffers for the next member.</summary>
        public void Clear()
        {
            Array.Clear(_bases);
            Array.Clear(_bonuses);
            Array.Clear(_deductions);
            Array.Clear(_totals);
            Array.Clear(_items);
            OutOfPeriod = false;
        }
    }

    /// <summary>What the run kept of a declaration for its tree: the status and the magnitude left after the caps.</summary>
    private readonly record struct DeclarationRow(DeclarationStatus Status, decimal Room);

    /// <summary>Where a member's declarations and reviews are: its rows of <see cref="Trees.DeclarationRows"/> and of <see cref="Trees.Reviews"/>.</summary>
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
    /// The trees and lists of one run, built when a result's explanation or list is read (issue 23, explanations on demand,
    /// columnar engines): from the inputs laid out by member, the scheme's tables, and the rows the run keeps of each
    /// declaration. A row is written once, before the result that refers to it is made, and nothing here changes afterwards;
    /// building reads nothing else, so every read gives what the engine built at once before.
    /// </summary>
    private sealed class Trees : IExplanationSource, IListSource<DeclarationResult>, IListSource<MonthlyPoints>, IListSource<QuarterReviewPoints>
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

        // The inputs, and where the run reads them: row r of the run is declaration _rows[r] of the data set.
        private readonly ImmutableArray<Declaration> _declarations;
        private readonly ImmutableArray<AuditRecord> _audits;
        private readonly MemberPointsDataIndex _index;
        private readonly int[] _rows;

        public Trees(PointsScheme scheme, MemberPointsDataSet data, LocalDate asOf, IMassReviewStrategy review, MemberPointsDataIndex index)
        {
            _scheme = scheme;
            _data = data;
            _asOf = asOf;
            _review = review;
            _index = index;
            _declarations = data.Declarations.AsImmutableArray();
            _audits = data.Audits.AsImmutableArray();
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

            // The roster by member identifier; rank[i] is where roster entry i went.
            var ids = new MemberId[data.Roster.Length];
            var byId = new int[ids.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = data.Roster[i].MemberId;
                byId[i] = i;
            }

            Array.Sort(ids, byId);
            Roster = new MemberRosterEntry[ids.Length];
            var rank = new int[ids.Length];
            for (var k = 0; k < ids.Length; k++)
            {
                Roster[k] = data.Roster[byId[k]];
                rank[byId[k]] = k;
            }

            // The declarations seen as of the date and the reviews, laid out by member, each member's sorted.
            var declarations = Layout(_declarations.AsSpan(), index.DeclarationMembers, rank, d => d.SubmittedOn <= asOf, out var declarationStarts);
            for (var m = 0; m < Roster.Length; m++)
            {
                MemberPointsDataIndex.Sort(declarations.AsSpan(declarationStarts[m], declarationStarts[m + 1] - declarationStarts[m]), new DeclarationOrder(_declarations));
            }

            var reviews = data.MassReviews.AsImmutableArray();
            var reviewRows = Layout(reviews.AsSpan(), index.ReviewMembers, rank, static _ => true, out var reviewStarts);
            Reviews = new MassReview[reviewRows.Length];
            MemberRows = new MemberRow[Roster.Length];
            for (var m = 0; m < Roster.Length; m++)
            {
                var own = reviewRows.AsSpan(reviewStarts[m], reviewStarts[m + 1] - reviewStarts[m]);
                MemberPointsDataIndex.Sort(own, new ReviewOrder(reviews));
                for (var k = 0; k < own.Length; k++)
                {
                    Reviews[reviewStarts[m] + k] = reviews[own[k]];
                }

                MemberRows[m] = new MemberRow(declarationStarts[m], declarationStarts[m + 1] - declarationStarts[m], reviewStarts[m], own.Length);
            }

            _rows = declarations;
            DeclarationRows = new DeclarationRow[declarations.Length];
        }

        /// <summary>Gets the roster, ordered by member.</summary>
        public MemberRosterEntry[] Roster { get; }

        /// <summary>Gets the mass reviews, ordered by member and quarter.</summary>
        public MassReview[] Reviews { get; }

        /// <summary>
        /// Gets what the run kept of each declaration seen as of the date, by row: the rows are ordered by member, month,
        /// occurrence, submission and identifier (<see cref="Declaration"/>); written once by the run.
        /// </summary>
        public DeclarationRow[] DeclarationRows { get; }

        /// <summary>Gets where each member's rows and reviews are, by roster index.</summary>
        public MemberRow[] MemberRows { get; }

        /// <summary>Gets the members' points trees, by roster index.</summary>
        public IExplanationSource Members { get; }

        /// <summary>Gets the scheme's standards, in order.</summary>
        public PointsStandard[] Standards { get; }

        /// <summary>Gets each standard's position in <see cref="Standards"/>.</summary>
        public Dictionary<PointsStandardId, int> StandardIndex { get; }

        /// <summary>Gets a value indicating whether any standard is counted from the records of organizational life.</summary>
        public bool CountsFromRecords => _data.LifeRecords is not null && !_scheme.FromRecords.IsEmpty;

        /// <summary>Gives the magnitude an audit grants to a claim.</summary>
        public static Score Granted(AuditRecord audit, Score claimed) => audit.Decision switch
        {
            AuditDecision.Approve => claimed,
            AuditDecision.Adjust => audit.Points!.Value,
            _ => Score.Zero,
        };

        /// <summary>Gets the declaration of a row.</summary>
        public Declaration Declaration(int row) => _declarations[_rows[row]];

        /// <summary>Gets the index in the data set of a row's declaration.</summary>
        public int DataIndex(int row) => _rows[row];

        /// <summary>Gets the standard of a row's declaration, as its index in <see cref="Standards"/>.</summary>
        public int StandardOf(int row) => _index.DeclarationStandards[_rows[row]];

        /// <summary>Finds the latest audit of a declaration on or before the as-of date, or none.</summary>
        /// <param name="declaration">The declaration's index in the data set.</param>
        public AuditRecord? LatestAudit(int declaration)
        {
            for (var k = _index.AuditStarts[declaration + 1] - 1; k >= _index.AuditStarts[declaration]; k--)
            {
                var audit = _audits[_index.AuditOrder[k]];
                if (audit.AuditedOn <= _asOf)
                {
                    return audit;
                }
            }

            return null;
        }

        /// <summary>Gets the signed points a row counts (zero when refused).</summary>
        public Score CountedOf(int row) => DeclarationRows[row].Status == DeclarationStatus.Counted
            ? Standards[StandardOf(row)].WithSign(new Score(DeclarationRows[row].Room))
            : Score.Zero;

        /// <summary>Makes every declaration's result, ordered by identifier.</summary>
        ImmutableArray<DeclarationResult> IListSource<DeclarationResult>.Build(int index)
        {
            var results = new DeclarationResult[_rows.Length];
            var ids = new DeclarationId[_rows.Length];
            for (var row = 0; row < _rows.Length; row++)
            {
                results[row] = Result(row);
                ids[row] = results[row].Id;
            }

            Array.Sort(ids, results);
            return ImmutableCollectionsMarshal.AsImmutableArray(results);
        }

        /// <summary>Makes a member's twelve months again from the rows, adding in the order the run did.</summary>
        ImmutableArray<MonthlyPoints> IListSource<MonthlyPoints>.Build(int index)
        {
            var row = MemberRows[index];
            var months = new MonthBuffers();
            for (var r = row.FirstDeclaration; r < row.FirstDeclaration + row.Declarations; r++)
            {
                var month = Declaration(r).Month;
                if (month.Year == _data.Year.Value)
                {
                    months.Add(month.Month - 1, Standards[StandardOf(r)].Kind, CountedOf(r).Value);
                }
            }

            if (CountsFromRecords)
            {
                foreach (var month in RecordMonths(Roster[index].MemberId))
                {
                    months.Add(month.Month - 1, Standards[month.Si].Kind, month.Signed);
                }
            }

            return months.Monthly(_data.Year.Value);
        }

        /// <summary>Makes a member's quarterly review points again with the strategy.</summary>
        ImmutableArray<QuarterReviewPoints> IListSource<QuarterReviewPoints>.Build(int index)
        {
            var row = MemberRows[index];
            var points = ImmutableArray.CreateBuilder<QuarterReviewPoints>(row.Reviews);
            for (var k = row.FirstReview; k < row.FirstReview + row.Reviews; k++)
            {
                points.Add(new QuarterReviewPoints(Reviews[k].Quarter, _review.PointsOf(Reviews[k])));
            }

            return points.MoveToImmutable();
        }

        /// <summary>Lays items out by member (counting sort on the member's rank): member <c>m</c>'s are <c>[starts[m] .. starts[m + 1])</c>, each in input order.</summary>
        /// <param name="items">The items.</param>
        /// <param name="memberOf">Each item's member, as a roster index.</param>
        /// <param name="rank">Each roster index's place in the roster ordered by member.</param>
        /// <param name="include">Whether an item is laid out.</param>
        /// <param name="starts">Where each member's items start (one more item than there are members).</param>
        /// <returns>The indices of the items laid out.</returns>
        private static int[] Layout<T>(ReadOnlySpan<T> items, int[] memberOf, int[] rank, Func<T, bool> include, out int[] starts)
        {
            starts = new int[rank.Length + 1];
            for (var i = 0; i < items.Length; i++)
            {
                if (include(items[i]))
                {
                    starts[rank[memberOf[i]] + 1]++;
                }
            }

            for (var m = 0; m < rank.Length; m++)
            {
                starts[m + 1] += starts[m];
            }

            var laidOut = new int[starts[^1]];
            var next = starts[..^1];
            for (var i = 0; i < items.Length; i++)
            {
                if (include(items[i]))
                {
                    laidOut[next[rank[memberOf[i]]]++] = i;
                }
            }

            return laidOut;
        }

        /// <summary>Makes the result of a row's declaration from the row and the inputs.</summary>
        private DeclarationResult Result(int row)
        {
            var declaration = Declaration(row);
            var standard = Standards[StandardOf(row)];
            var claimed = new Score(standard.Points.Value * declaration.Quantity);
            var latest = LatestAudit(_rows[row]);
            var status = DeclarationRows[row].Status;
            var audited = status == DeclarationStatus.Counted || (status is not (DeclarationStatus.Rejected or DeclarationStatus.Unaudited) && latest is not null)
                ? Granted(latest!, claimed)
                : Score.Zero;
            return new DeclarationResult(
                declaration.Id, declaration.MemberId, declaration.StandardId, declaration.Month, status, declaration.SubmittedOn > _scheme.DeadlineFor(declaration.Month),
                claimed, audited, CountedOf(row), null)
            {
                Tree = new DeferredExplanation(this, row),
            };
        }

        /// <summary>Orders a member's declarations by month, occurrence, submission and identifier, so the result does not depend on input order.</summary>
        private readonly struct DeclarationOrder(ImmutableArray<Declaration> declarations) : IComparer<int>
        {
            public int Compare(int x, int y)
            {
                var a = declarations[x];
                var b = declarations[y];
                var c = a.Month.CompareTo(b.Month);
                if (c == 0)
                {
                    c = a.OccurredOn.CompareTo(b.OccurredOn);
                }

                if (c == 0)
                {
                    c = a.SubmittedOn.CompareTo(b.SubmittedOn);
                }

                return c != 0 ? c : a.Id.CompareTo(b.Id);
            }
        }

        /// <summary>Orders a member's reviews by quarter, then input order.</summary>
        private readonly struct ReviewOrder(ImmutableArray<MassReview> reviews) : IComparer<int>
        {
            public int Compare(int x, int y)
            {
                var c = reviews[x].Quarter.CompareTo(reviews[y].Quarter);
                return c != 0 ? c : x.CompareTo(y);
            }
        }

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
        /// <param name="index">The declaration's row (<see cref="DeclarationRows"/>).</param>
        public Explanation Explain(int index)
        {
            var declaration = Declaration(index);
            var row = DeclarationRows[index];
            var si = StandardOf(index);
            var standard = Standards[si];
            var claimed = new Score(standard.Points.Value * declaration.Quantity);
            var latest = LatestAudit(_rows[index]);
            var trail = Trail(declaration, _rows[index], si, standard, claimed);
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
                var month = Declaration(j).Month;
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

        /// <summary>Builds a declaration's trail: the claim, then every audit on or before the as-of date, by date.</summary>
        /// <param name="declaration">The declaration.</param>
        /// <param name="d">Its index in the data set.</param>
        /// <param name="si">Its standard.</param>
        /// <param name="standard">The standard.</param>
        /// <param name="claimed">The claimed magnitude.</param>
        private ImmutableArray<Explanation> Trail(Declaration declaration, int d, int si, PointsStandard standard, Score claimed)
        {
            var claim = new Explanation(MemberPointsTexts.DeclaredByMember, standard.WithSign(claimed).Value, ExplanationCombination.Given)
            {
                Note = string.IsNullOrWhiteSpace(declaration.Note) ? null : LocalizedText.AsGiven(declaration.Note),
                Citation = _declarationCitations[si],
            };
            var start = _index.AuditStarts[d];
            var end = start;
            while (end < _index.AuditStarts[d + 1] && _audits[_index.AuditOrder[end]].AuditedOn <= _asOf)
            {
                end++;
            }

            if (end == start)
            {
                return [claim];
            }

            var trail = ImmutableArray.CreateBuilder<Explanation>(end - start + 1);
            trail.Add(claim);
            for (var i = start; i < end; i++)
            {
                var audit = _audits[_index.AuditOrder[i]];
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
