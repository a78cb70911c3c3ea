using Microsoft.Data.Sqlite;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The row-store SQL baseline of issues 11 and 23: <see cref="PointsRollup"/>'s tables in an in-memory SQLite database,
/// loaded and indexed once; <see cref="Run"/> runs the roll-up and the grading (<see cref="PointsRollup.SqliteQuery"/>).
/// </summary>
public sealed class SqliteBaseline : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _query;

    /// <summary>Loads the tables into a new in-memory database.</summary>
    /// <param name="tables">The tables.</param>
    public SqliteBaseline(PointsRollup tables)
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        PointsRollup.Execute(_connection, """
            CREATE TABLE standard (id INTEGER PRIMARY KEY, points INTEGER, sign INTEGER, monthly_cap INTEGER, yearly_cap INTEGER, ceiling INTEGER);
            CREATE TABLE declaration (member INTEGER, year INTEGER, month INTEGER, standard INTEGER, quantity INTEGER, submitted INTEGER, deadline INTEGER, decision INTEGER, audit_points INTEGER);
            CREATE TABLE roster (member INTEGER PRIMARY KEY, branch INTEGER, department INTEGER, status INTEGER, joined_year INTEGER, joined_month INTEGER);
            CREATE TABLE review (member INTEGER, quarter INTEGER, good INTEGER, fairly_good INTEGER, average INTEGER, poor INTEGER);
            """);
        using (var transaction = _connection.BeginTransaction())
        {
            Insert(transaction, "standard", tables.Standards);
            Insert(transaction, "declaration", tables.Declarations);
            Insert(transaction, "roster", tables.Roster);
            Insert(transaction, "review", tables.Reviews);
            transaction.Commit();
        }

        PointsRollup.Execute(_connection, "CREATE INDEX declaration_member ON declaration (member, month, standard); CREATE INDEX review_member ON review (member); ANALYZE;");
        _query = _connection.CreateCommand();
        _query.CommandText = PointsRollup.SqliteQuery;
        foreach (var (name, value) in tables.Parameters)
        {
            _query.Parameters.AddWithValue("$" + name, value);
        }
    }

    /// <summary>Runs the roll-up and the grading, reading every row.</summary>
    /// <returns>The grade counts per department.</returns>
    public DepartmentGrades[] Run() => PointsRollup.Read(_query);

    /// <inheritdoc />
    public void Dispose()
    {
        _query?.Dispose();
        _connection.Dispose();
    }

    private void Insert(SqliteTransaction transaction, string table, long[][] rows)
    {
        if (rows.Length == 0)
        {
            return;
        }

        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        var names = Enumerable.Range(0, rows[0].Length).Select(i => "$c" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        command.CommandText = $"INSERT INTO {table} VALUES ({string.Join(", ", names)})";
        var parameters = names.Select(n => command.Parameters.Add(n, SqliteType.Integer)).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i];
            }

            command.ExecuteNonQuery();
        }
    }
}
