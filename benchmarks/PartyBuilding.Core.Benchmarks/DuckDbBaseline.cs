using DuckDB.NET.Data;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The columnar SQL baseline of issue 23: <see cref="PointsRollup"/>'s tables in an in-memory DuckDB database (in process,
/// vectorised, on every core), loaded once through its appender; <see cref="Run"/> runs the same roll-up and grading as
/// <see cref="SqliteBaseline"/> in DuckDB's dialect (<see cref="PointsRollup.DuckDbQuery"/>).
/// </summary>
public sealed class DuckDbBaseline : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly DuckDBCommand _query;

    /// <summary>Loads the tables into a new in-memory database.</summary>
    /// <param name="tables">The tables.</param>
    public DuckDbBaseline(PointsRollup tables)
    {
        _connection = new DuckDBConnection("Data Source=:memory:");
        _connection.Open();
        PointsRollup.Execute(_connection, """
            CREATE TABLE standard (id BIGINT PRIMARY KEY, points BIGINT, sign BIGINT, monthly_cap BIGINT, yearly_cap BIGINT, ceiling BIGINT);
            CREATE TABLE declaration (member BIGINT, year BIGINT, month BIGINT, standard BIGINT, quantity BIGINT, submitted BIGINT, deadline BIGINT, decision BIGINT, audit_points BIGINT);
            CREATE TABLE roster (member BIGINT PRIMARY KEY, branch BIGINT, department BIGINT, status BIGINT, joined_year BIGINT, joined_month BIGINT);
            CREATE TABLE review (member BIGINT, quarter BIGINT, good BIGINT, fairly_good BIGINT, average BIGINT, poor BIGINT);
            """);
        Append("standard", tables.Standards);
        Append("declaration", tables.Declarations);
        Append("roster", tables.Roster);
        Append("review", tables.Reviews);
        _query = _connection.CreateCommand();
        _query.CommandText = PointsRollup.DuckDbQuery;
        foreach (var (name, value) in tables.Parameters)
        {
            _query.Parameters.Add(new DuckDBParameter(name, value));
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

    private void Append(string table, long[][] rows)
    {
        using var appender = _connection.CreateAppender(table);
        foreach (var row in rows)
        {
            var line = appender.CreateRow();
            foreach (var value in row)
            {
                line.AppendValue(value);
            }

            line.EndRow();
        }
    }
}
