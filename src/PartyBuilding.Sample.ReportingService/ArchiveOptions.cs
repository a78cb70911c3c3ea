namespace PartyBuilding.Sample.ReportingService;

/// <summary>Where the archive lives: <c>Archive:Provider</c> (<c>Sqlite</c> or <c>PostgreSql</c>) and <c>Archive:ConnectionString</c>.</summary>
/// <param name="Provider">The database.</param>
/// <param name="ConnectionString">The ADO.NET connection string.</param>
internal sealed record ArchiveOptions(ArchiveProvider Provider, string ConnectionString)
{
    /// <summary>The default: a SQLite file beside the service, nothing to install.</summary>
    public const string DefaultSqlite = "Data Source=reporting-archive.db";

    /// <summary>Reads the options from the configuration (appsettings.json, environment variables such as <c>Archive__Provider</c>).</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The options.</returns>
    /// <exception cref="InvalidOperationException">The provider is neither <c>Sqlite</c> nor <c>PostgreSql</c>, or PostgreSQL has no connection string.</exception>
    public static ArchiveOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Archive");
        var name = section["Provider"] ?? nameof(ArchiveProvider.Sqlite);
        if (!Enum.TryParse<ArchiveProvider>(name, ignoreCase: true, out var provider) || !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException($"Archive:Provider must be Sqlite or PostgreSql, not '{name}'.");
        }

        var connection = section["ConnectionString"];
        if (string.IsNullOrWhiteSpace(connection))
        {
            connection = provider == ArchiveProvider.Sqlite
                ? DefaultSqlite
                : throw new InvalidOperationException("Archive:ConnectionString is required for PostgreSql.");
        }

        return new ArchiveOptions(provider, connection);
    }
}

/// <summary>The databases the archive runs on.</summary>
internal enum ArchiveProvider
{
    /// <summary>SQLite (Microsoft.Data.Sqlite): a file, the default.</summary>
    Sqlite,

    /// <summary>PostgreSQL or a PostgreSQL-compatible database (Npgsql).</summary>
    PostgreSql,
}
