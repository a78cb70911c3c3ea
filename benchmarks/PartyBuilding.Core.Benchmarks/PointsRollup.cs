using NodaTime;
using PartyBuilding.Core.MemberPoints;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>One department's grade counts: what the SQL baselines return and what the engine's statistics are compared with.</summary>
/// <param name="Department">The department's index (departments ordered by identifier).</param>
/// <param name="Excellent">Members graded excellent (优秀).</param>
/// <param name="QualifiedOrBetter">Members graded qualified (合格) or better.</param>
/// <param name="PassedOrBetter">Members graded basically qualified (基本合格) or better.</param>
/// <param name="Graded">Members graded.</param>
public readonly record struct DepartmentGrades(long Department, long Excellent, long QualifiedOrBetter, long PassedOrBetter, long Graded);

/// <summary>
/// The member-points roll-up of issues 11 and 23 as SQL: the tables a database is loaded with (integers only: points in
/// hundredths, days since the epoch, indices instead of identifiers, so that every database's sums are exact), the one
/// query in each dialect, and the engine's result in the same shape for the check that the baselines compute what the
/// engine computes.
/// </summary>
/// <remarks>
/// The query runs the arithmetic of the engine's counted path: late and rejected items count nothing, adjusted items
/// their audited points, monthly then yearly caps per standard, deductions negative, quarterly mass reviews as the rating
/// table's mean rounded half away from zero to hundredths; then it grades every full member with the branch quota (a window
/// function) and counts the grades per department.
/// </remarks>
public sealed class PointsRollup
{
    private const string Template = """
        WITH item AS (
            SELECT d.member, d.month, d.standard,
                   SUM(CASE d.decision WHEN 2 THEN d.audit_points WHEN 1 THEN s.points * d.quantity ELSE 0 END) AS claimed
            FROM declaration d JOIN standard s ON s.id = d.standard
            WHERE d.year = $year AND d.submitted <= d.deadline AND d.decision <> 3
            GROUP BY d.member, d.month, d.standard),
        month_capped AS (
            SELECT i.member, i.standard, {least}(i.claimed, s.monthly_cap) AS points
            FROM item i JOIN standard s ON s.id = i.standard),
        year_capped AS (
            SELECT m.member, s.sign * {least}(SUM(m.points), s.yearly_cap) AS points, s.ceiling
            FROM month_capped m JOIN standard s ON s.id = m.standard
            GROUP BY m.member, m.standard, s.sign, s.yearly_cap, s.ceiling),
        declared AS (
            SELECT member, SUM(points) AS points, MAX(CASE WHEN points <> 0 THEN ceiling ELSE 1 END) AS ceiling
            FROM year_capped GROUP BY member),
        rated AS (
            SELECT member, good * $good + fairly_good * $fairly + average * $average + poor * $poor AS num,
                   good + fairly_good + average + poor AS den
            FROM review),
        reviewed AS (
            SELECT member, SUM(SIGN(num) * ((2 * ABS(num) + den) {div} (2 * den))) AS points
            FROM rated GROUP BY member),
        candidate AS (
            SELECT r.branch, r.department, COALESCE(d.points, 0) + COALESCE(v.points, 0) AS points, COALESCE(d.ceiling, 1) AS ceiling,
                   CASE WHEN r.joined_year = $year THEN 13 - r.joined_month ELSE 12 END AS months
            FROM roster r LEFT JOIN declared d ON d.member = r.member LEFT JOIN reviewed v ON v.member = r.member
            WHERE r.status = 1 OR (r.status = 2 AND $probationary = 1)),
        thresholds AS (
            SELECT branch, department, points, ceiling,
                   CASE WHEN $prorate = 1 AND months < 12 THEN SIGN($excellent) * ((2 * ABS($excellent) * months + 12) {div} 24) ELSE $excellent END AS excellent,
                   CASE WHEN $prorate = 1 AND months < 12 THEN SIGN($qualified) * ((2 * ABS($qualified) * months + 12) {div} 24) ELSE $qualified END AS qualified,
                   CASE WHEN $prorate = 1 AND months < 12 THEN SIGN($passed) * ((2 * ABS($passed) * months + 12) {div} 24) ELSE $passed END AS passed
            FROM candidate WHERE months >= $min_months),
        capped AS (
            SELECT branch, department, points,
                   {greatest}(ceiling, CASE WHEN points >= excellent THEN 1 WHEN points >= qualified THEN 2 WHEN points >= passed THEN 3 ELSE 4 END) AS grade
            FROM thresholds),
        placed AS (
            SELECT department, grade,
                   COUNT(*) OVER (PARTITION BY branch) AS members,
                   COUNT(*) OVER (PARTITION BY branch, grade ORDER BY points DESC) AS last_place
            FROM capped),
        graded AS (
            SELECT department,
                   CASE WHEN grade = 1 AND last_place > members * $quota_num {div} $quota_den THEN 2 ELSE grade END AS grade
            FROM placed)
        SELECT department,
               CAST(SUM(CASE WHEN grade = 1 THEN 1 ELSE 0 END) AS BIGINT) AS excellent,
               CAST(SUM(CASE WHEN grade <= 2 THEN 1 ELSE 0 END) AS BIGINT) AS qualified,
               CAST(SUM(CASE WHEN grade <= 3 THEN 1 ELSE 0 END) AS BIGINT) AS passed,
               CAST(COUNT(*) AS BIGINT) AS graded
        FROM graded GROUP BY department ORDER BY department
        """;

    private readonly Dictionary<Common.OrganizationId, int> _departments;

    private PointsRollup(Dictionary<Common.OrganizationId, int> departments) => _departments = departments;

    /// <summary>Gets the standards: index, points, sign, monthly cap, yearly cap, grade ceiling (1 excellent: none, to 4 unqualified).</summary>
    public long[][] Standards { get; private init; } = [];

    /// <summary>Gets the declarations: member, year, month, standard, quantity, submitted, deadline, audit decision (the latest audit on or before the evaluation date, 0 for none), audited points.</summary>
    public long[][] Declarations { get; private init; } = [];

    /// <summary>Gets the roster: member, branch, department (on the last day of the year), status (1 full, 2 probationary, 0 other), year and month of joining.</summary>
    public long[][] Roster { get; private init; } = [];

    /// <summary>Gets the quarterly mass reviews: member, quarter, and the counts of the four ratings.</summary>
    public long[][] Reviews { get; private init; } = [];

    /// <summary>Gets the query's parameters: the year, the rating table's points and the grade thresholds in hundredths, proration, the excellent quota as a fraction, the eligibility settings.</summary>
    public IReadOnlyList<(string Name, long Value)> Parameters { get; private init; } = [];

    /// <summary>Gets the query in SQLite's dialect (scalar <c>MIN</c> and <c>MAX</c>; <c>/</c> on integers truncates).</summary>
    public static string SqliteQuery => Dialect("MIN", "MAX", "/");

    /// <summary>Gets the query in DuckDB's dialect (<c>LEAST</c>, <c>GREATEST</c>, <c>//</c> for integer division).</summary>
    public static string DuckDbQuery => Dialect("LEAST", "GREATEST", "//");

    /// <summary>Lays a member-points data set out as the baselines' tables.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="data">The data set.</param>
    /// <param name="asOf">The evaluation date (declarations and audits after it are left out, as in the engine).</param>
    /// <returns>The tables.</returns>
    public static PointsRollup From(PointsScheme scheme, MemberPointsDataSet data, LocalDate asOf)
    {
        var standards = scheme.Standards.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var members = data.Roster.Select((m, i) => (m.MemberId, i)).ToDictionary(x => x.MemberId, x => x.i);
        var branches = data.Branches.Select((b, i) => (b.BranchId, i)).ToDictionary(x => x.BranchId, x => x.i);
        var departments = data.Branches.Select(b => b.ParentId).Distinct().Order().Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        var parents = data.Branches.ToDictionary(b => b.BranchId, b => b.ParentId);
        var audits = data.Audits.Where(a => a.AuditedOn <= asOf).GroupBy(a => a.DeclarationId).ToDictionary(g => g.Key, g => g.MaxBy(a => a.AuditedOn)!);
        var ceilings = scheme.HardConditions.GroupBy(h => h.StandardId).ToDictionary(g => g.Key, g => g.Max(h => (long)h.MaxGrade));
        var lastDay = data.Year.LastDay;
        var table = scheme.MassReview.Parameters;
        var grading = scheme.Grading.Parameters;
        var quota = Common.Share.Parse(grading["excellent-quota"]);
        return new PointsRollup(departments)
        {
            Standards = [.. scheme.Standards.Select((s, i) => new long[]
            {
                i, Cents(s.Points.Value), s.Kind == PointsKind.Deduction ? -1 : 1, s.MonthlyCap is { } m ? Cents(m.Value) : long.MaxValue,
                s.YearlyCap is { } y ? Cents(y.Value) : long.MaxValue, ceilings.GetValueOrDefault(s.Id, 1),
            })],
            Declarations = [.. data.Declarations.Where(d => d.SubmittedOn <= asOf).Select(d =>
            {
                var audit = audits.GetValueOrDefault(d.Id);
                return new long[]
                {
                    members[d.MemberId], d.Month.Year, d.Month.Month, standards[d.StandardId], d.Quantity, d.SubmittedOn.ToEpochDay(),
                    scheme.DeadlineFor(d.Month).ToEpochDay(), audit is null ? 0 : (int)audit.Decision, audit?.Points is { } p ? Cents(p.Value) : 0L,
                };
            })],
            Roster = [.. data.Roster.Select(m =>
            {
                var branch = m.BranchOn(lastDay)!.Value;
                var status = m.StatusOn(lastDay) switch
                {
                    Organizations.MembershipStatus.Full => 1,
                    Organizations.MembershipStatus.Probationary => 2,
                    _ => 0,
                };
                return new long[] { members[m.MemberId], branches[branch], departments[parents[branch]], status, m.JoinedOn.Year, m.JoinedOn.Month };
            })],
            Reviews = [.. data.MassReviews.Select(r => new long[] { members[r.MemberId], r.Quarter, r.Good, r.FairlyGood, r.Average, r.Poor })],
            Parameters =
            [
                ("year", data.Year.Value),
                ("good", Cents(table["good"])), ("fairly", Cents(table["fairly-good"])), ("average", Cents(table["average"])), ("poor", Cents(table["poor"])),
                ("excellent", Cents(grading["excellent"])), ("qualified", Cents(grading["qualified"])), ("passed", Cents(grading["basically-qualified"])),
                ("prorate", grading.GetValueOrDefault("prorate") == "true" ? 1 : 0),
                ("quota_num", quota.Numerator), ("quota_den", quota.Denominator),
                ("probationary", scheme.GradeProbationaryMembers ? 1 : 0), ("min_months", scheme.MinimumMonthsForGrading),
            ],
        };
    }

    /// <summary>Gets the engine's grade counts per department in the baselines' shape.</summary>
    /// <param name="result">The engine's result on the same data.</param>
    /// <returns>One row per department that has graded members, in department order.</returns>
    public DepartmentGrades[] FromEngine(MemberPointsYearResult result) =>
    [
        .. result.Organizations
            .Where(o => o.Graded > 0 && _departments.ContainsKey(o.OrganizationId))
            .Select(o => new DepartmentGrades(_departments[o.OrganizationId], o.Excellent, o.Excellent + o.Qualified, o.Excellent + o.Qualified + o.BasicallyQualified, o.Graded))
            .OrderBy(g => g.Department),
    ];

    /// <summary>Runs the roll-up query and reads every row.</summary>
    /// <param name="query">The prepared query of a baseline.</param>
    /// <returns>The grade counts per department.</returns>
    internal static DepartmentGrades[] Read(System.Data.Common.DbCommand query)
    {
        using var reader = query.ExecuteReader();
        var rows = new List<DepartmentGrades>();
        while (reader.Read())
        {
            rows.Add(new DepartmentGrades(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4)));
        }

        return [.. rows];
    }

    /// <summary>Runs a statement that returns nothing.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="sql">The statement(s).</param>
    internal static void Execute(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Dialect(string least, string greatest, string divide) => Template
        .Replace("{least}", least, StringComparison.Ordinal)
        .Replace("{greatest}", greatest, StringComparison.Ordinal)
        .Replace("{div}", divide, StringComparison.Ordinal);

    private static long Cents(string value) => Cents(decimal.Parse(value, CultureInfo.InvariantCulture));

    private static long Cents(decimal value) => (long)Math.Round(value * 100m, MidpointRounding.AwayFromZero);
}
