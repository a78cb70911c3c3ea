using Microsoft.Data.Sqlite;
using NodaTime;
using PartyBuilding.Core.MemberPoints;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The SQL baseline of issue 11: the member-points annual roll-up and grades as <c>GROUP BY</c> queries in an in-memory
/// SQLite database. The tables (declarations with their audit, standards, roster, mass reviews) are loaded and indexed
/// once; <see cref="Run"/> runs the same arithmetic as the engine's counted path (late and rejected items count nothing,
/// adjusted items their audited points, monthly then yearly caps per standard, deductions negative, quarterly mass
/// reviews as the rating table's mean rounded to two places) and grades every full member with the branch quota (a
/// window function), then counts the grades per department. Points are integers in hundredths, so SQLite's sums are exact.
/// </summary>
public sealed class SqliteBaseline : IDisposable
{
    private const string Query = """
        WITH item AS (
            SELECT d.member, d.month, d.standard,
                   SUM(CASE d.decision WHEN 2 THEN d.audit_points WHEN 1 THEN s.points * d.quantity ELSE 0 END) AS claimed
            FROM declaration d JOIN standard s ON s.id = d.standard
            WHERE d.submitted <= d.deadline AND d.decision <> 3
            GROUP BY d.member, d.month, d.standard),
        month_capped AS (
            SELECT i.member, i.standard, MIN(i.claimed, s.monthly_cap) AS points
            FROM item i JOIN standard s ON s.id = i.standard),
        year_capped AS (
            SELECT m.member, s.sign * MIN(SUM(m.points), s.yearly_cap) AS points
            FROM month_capped m JOIN standard s ON s.id = m.standard
            GROUP BY m.member, m.standard),
        declared AS (SELECT member, SUM(points) AS points FROM year_capped GROUP BY member),
        reviewed AS (
            SELECT member, SUM(CAST(ROUND((good * @good + fairly_good * @fairly + average * @average + poor * @poor) * 1.0 / (good + fairly_good + average + poor)) AS INTEGER)) AS points
            FROM review GROUP BY member),
        total AS (
            SELECT r.member, r.branch, r.department, COALESCE(d.points, 0) + COALESCE(v.points, 0) AS points
            FROM roster r LEFT JOIN declared d ON d.member = r.member LEFT JOIN reviewed v ON v.member = r.member
            WHERE r.graded = 1),
        ranked AS (
            SELECT department, points,
                   ROW_NUMBER() OVER (PARTITION BY branch ORDER BY points DESC) AS place,
                   COUNT(*) OVER (PARTITION BY branch) AS members
            FROM total)
        SELECT department,
               SUM(CASE WHEN points >= 20000 AND place <= members * 3 / 10 THEN 1 ELSE 0 END) AS excellent,
               SUM(CASE WHEN points >= 16000 THEN 1 ELSE 0 END) AS qualified,
               SUM(CASE WHEN points >= 12000 THEN 1 ELSE 0 END) AS passed,
               COUNT(*) AS graded
        FROM ranked GROUP BY department ORDER BY department
        """;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _query;

    /// <summary>Loads a member-points data set into a new in-memory database.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="data">The data set.</param>
    /// <param name="asOf">The evaluation date (declarations and audits after it are left out, as in the engine).</param>
    public SqliteBaseline(PointsScheme scheme, MemberPointsDataSet data, LocalDate asOf)
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Execute("""
            CREATE TABLE standard (id INTEGER PRIMARY KEY, points INTEGER, sign INTEGER, monthly_cap INTEGER, yearly_cap INTEGER);
            CREATE TABLE declaration (member INTEGER, month INTEGER, standard INTEGER, quantity INTEGER, submitted INTEGER, deadline INTEGER, decision INTEGER, audit_points INTEGER);
            CREATE TABLE roster (member INTEGER PRIMARY KEY, branch INTEGER, department INTEGER, graded INTEGER);
            CREATE TABLE review (member INTEGER, quarter INTEGER, good INTEGER, fairly_good INTEGER, average INTEGER, poor INTEGER);
            """);
        var standards = scheme.Standards.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var members = data.Roster.Select((m, i) => (m.MemberId, i)).ToDictionary(x => x.MemberId, x => x.i);
        var branches = data.Branches.Select((b, i) => (b.BranchId, i)).ToDictionary(x => x.BranchId, x => x.i);
        var departments = data.Branches.Select(b => b.ParentId).Distinct().Order().Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        var parents = data.Branches.ToDictionary(b => b.BranchId, b => b.ParentId);
        using (var transaction = _connection.BeginTransaction())
        {
            Insert(transaction, "INSERT INTO standard VALUES ($a, $b, $c, $d, $e)", scheme.Standards.Select((s, i) => new object[]
            {
                i, Cents(s.Points.Value), s.Kind == PointsKind.Deduction ? -1 : 1, s.MonthlyCap is { } m ? Cents(m.Value) : long.MaxValue, s.YearlyCap is { } y ? Cents(y.Value) : long.MaxValue,
            }));
            var audits = data.Audits.Where(a => a.AuditedOn <= asOf).GroupBy(a => a.DeclarationId).ToDictionary(g => g.Key, g => g.MaxBy(a => a.AuditedOn)!);
            Insert(transaction, "INSERT INTO declaration VALUES ($a, $b, $c, $d, $e, $f, $g, $h)", data.Declarations.Where(d => d.SubmittedOn <= asOf).Select(d =>
            {
                var audit = audits.GetValueOrDefault(d.Id);
                return new object[]
                {
                    members[d.MemberId], d.Month.Month, standards[d.StandardId], d.Quantity, d.SubmittedOn.ToEpochDay(), scheme.DeadlineFor(d.Month).ToEpochDay(),
                    audit is null ? 0 : (int)audit.Decision, audit?.Points is { } p ? Cents(p.Value) : 0L,
                };
            }));
            var lastDay = data.Year.LastDay;
            Insert(transaction, "INSERT INTO roster VALUES ($a, $b, $c, $d)", data.Roster.Select(m =>
            {
                var branch = m.BranchOn(lastDay)!.Value;
                return new object[] { members[m.MemberId], branches[branch], departments[parents[branch]], m.StatusOn(lastDay) == Organizations.MembershipStatus.Full ? 1 : 0 };
            }));
            Insert(transaction, "INSERT INTO review VALUES ($a, $b, $c, $d, $e, $f)", data.MassReviews.Select(r => new object[]
            {
                members[r.MemberId], r.Quarter, r.Good, r.FairlyGood, r.Average, r.Poor,
            }));
            transaction.Commit();
        }

        Execute("CREATE INDEX declaration_member ON declaration (member, month, standard); CREATE INDEX review_member ON review (member); ANALYZE;");
        _query = _connection.CreateCommand();
        _query.CommandText = Query;
        var table = scheme.MassReview.Parameters;
        foreach (var (name, key) in new[] { ("@good", "good"), ("@fairly", "fairly-good"), ("@average", "average"), ("@poor", "poor") })
        {
            _query.Parameters.AddWithValue(name, Cents(decimal.Parse(table[key], CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Runs the roll-up and the grading, reading every row.</summary>
    /// <returns>A checksum of the grade counts.</returns>
    public long Run()
    {
        using var reader = _query.ExecuteReader();
        long checksum = 0;
        while (reader.Read())
        {
            checksum += (reader.GetInt64(0) + 1) * ((reader.GetInt64(1) * 7) + (reader.GetInt64(2) * 5) + (reader.GetInt64(3) * 3) + reader.GetInt64(4));
        }

        return checksum;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _query?.Dispose();
        _connection.Dispose();
    }

    private static long Cents(decimal value) => (long)Math.Round(value * 100m, MidpointRounding.AwayFromZero);

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void Insert(SqliteTransaction transaction, string sql, IEnumerable<object[]> rows)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var names = new[] { "$a", "$b", "$c", "$d", "$e", "$f", "$g", "$h" };
        SqliteParameter[]? parameters = null;
        foreach (var row in rows)
        {
            if (parameters is null)
            {
                parameters = [.. row.Select((_, i) => command.Parameters.Add(names[i], SqliteType.Integer))];
                command.Prepare();
            }

            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i];
            }

            command.ExecuteNonQuery();
        }
    }
}
