using System.Globalization;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PartyBuilding.Sample.ReportingService;

/// <summary>
/// The archive of published evaluations: for each, the receipt, the canonical inputs (manifest and documents) and the
/// summary as published, so that a result contested years later can be re-run and its receipt confirmed. Plain ADO.NET
/// over SQLite or PostgreSQL: the same SQL on both (<c>@name</c> parameters, <c>ON CONFLICT DO NOTHING</c>).
/// </summary>
/// <param name="options">Where the archive lives.</param>
/// <param name="clock">The clock that stamps when an evaluation was archived (the library itself reads no clock).</param>
internal sealed class EvaluationArchive(ArchiveOptions options, TimeProvider clock)
{
    private static readonly string[] Schema =
    [
        """
        CREATE TABLE IF NOT EXISTS evaluations (
            id TEXT PRIMARY KEY,
            committee TEXT NOT NULL,
            year INTEGER NOT NULL,
            as_of TEXT NOT NULL,
            receipt_algorithm TEXT NOT NULL,
            library_version TEXT NOT NULL,
            receipt_sha256 TEXT NOT NULL,
            archived_at TEXT NOT NULL,
            manifest TEXT NOT NULL,
            summary TEXT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS evaluation_documents (
            evaluation_id TEXT NOT NULL REFERENCES evaluations (id),
            name TEXT NOT NULL,
            content TEXT NOT NULL,
            PRIMARY KEY (evaluation_id, name))
        """,
    ];

    /// <summary>Creates the tables when they do not exist.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    public async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        foreach (var statement in Schema)
        {
            await using var command = Command(connection, statement);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Archives a published evaluation; an evaluation already archived (the same receipt) is kept as it was.</summary>
    /// <param name="entry">The evaluation.</param>
    /// <param name="inputs">Its canonical inputs.</param>
    /// <param name="summary">Its summary as published (JSON).</param>
    /// <param name="cancellationToken">Cancels the work; nothing is archived then.</param>
    /// <returns><see langword="true"/> when the evaluation was archived now, <see langword="false"/> when it already was.</returns>
    public async Task<bool> SaveAsync(ArchiveEntry entry, CanonicalInputs inputs, string summary, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = Command(
            connection,
            """
            INSERT INTO evaluations (id, committee, year, as_of, receipt_algorithm, library_version, receipt_sha256, archived_at, manifest, summary)
            VALUES (@id, @committee, @year, @asOf, @algorithm, @version, @sha256, @archivedAt, @manifest, @summary)
            ON CONFLICT (id) DO NOTHING
            """,
            ("id", entry.Id), ("committee", entry.Committee), ("year", entry.Year), ("asOf", entry.AsOf), ("algorithm", entry.ReceiptAlgorithm),
            ("version", entry.LibraryVersion), ("sha256", entry.ReceiptSha256), ("archivedAt", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)),
            ("manifest", inputs.Manifest), ("summary", summary));
        insert.Transaction = transaction;
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return false;
        }

        foreach (var (name, content) in inputs.Documents)
        {
            await using var document = Command(
                connection,
                "INSERT INTO evaluation_documents (evaluation_id, name, content) VALUES (@id, @name, @content)",
                ("id", entry.Id), ("name", name), ("content", content));
            document.Transaction = transaction;
            await document.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Lists the archived evaluations, the latest archived first.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The entries.</returns>
    public async Task<List<ArchiveEntry>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(
            connection,
            "SELECT id, committee, year, as_of, receipt_algorithm, library_version, receipt_sha256, archived_at FROM evaluations ORDER BY archived_at DESC, id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<ArchiveEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(Entry(reader));
        }

        return entries;
    }

    /// <summary>Finds an archived evaluation's entry and published summary.</summary>
    /// <param name="id">The evaluation's identifier (its receipt's hash).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The entry and summary, or <see langword="null"/>.</returns>
    public async Task<(ArchiveEntry Entry, string Summary)?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(
            connection,
            "SELECT id, committee, year, as_of, receipt_algorithm, library_version, receipt_sha256, archived_at, summary FROM evaluations WHERE id = @id",
            ("id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (Entry(reader), reader.GetString(8)) : null;
    }

    /// <summary>Loads an archived evaluation's canonical inputs.</summary>
    /// <param name="id">The evaluation's identifier.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The inputs, or <see langword="null"/> when the evaluation is not archived.</returns>
    public async Task<CanonicalInputs?> InputsAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        string manifest;
        await using (var command = Command(connection, "SELECT manifest FROM evaluations WHERE id = @id", ("id", id)))
        {
            if (await command.ExecuteScalarAsync(cancellationToken) is not string text)
            {
                return null;
            }

            manifest = text;
        }

        await using var documents = Command(connection, "SELECT name, content FROM evaluation_documents WHERE evaluation_id = @id", ("id", id));
        await using var reader = await documents.ExecuteReaderAsync(cancellationToken);
        var read = new SortedDictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            read[reader.GetString(0)] = reader.GetString(1);
        }

        return new CanonicalInputs(manifest, read);
    }

    private static ArchiveEntry Entry(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetString(7));

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = options.Provider == ArchiveProvider.Sqlite
            ? new SqliteConnection(options.ConnectionString)
            : new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}

/// <summary>An archived evaluation: its identifier (the receipt's hash), committee, year, date and receipt, and when it was archived.</summary>
/// <param name="Id">The identifier: the receipt's SHA-256, so that the same inputs are archived once.</param>
/// <param name="Committee">The working committee.</param>
/// <param name="Year">The assessment year.</param>
/// <param name="AsOf">The evaluation date (<c>yyyy-MM-dd</c>).</param>
/// <param name="ReceiptAlgorithm">What the receipt hashes.</param>
/// <param name="LibraryVersion">The version of the library that computed the result.</param>
/// <param name="ReceiptSha256">The receipt's hash.</param>
/// <param name="ArchivedAt">When it was archived (UTC, ISO 8601); empty before it is.</param>
internal sealed record ArchiveEntry(
    string Id, string Committee, int Year, string AsOf, string ReceiptAlgorithm, string LibraryVersion, string ReceiptSha256, string ArchivedAt);
