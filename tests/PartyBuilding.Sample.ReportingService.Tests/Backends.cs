using System.Reflection;
using Xunit.Sdk;

namespace PartyBuilding.Sample.ReportingService.Tests;

/// <summary>
/// The archives the service is tested against: SQLite always (a temporary file), PostgreSQL when
/// <c>PB_TEST_POSTGRES</c> holds a connection string (CI's <c>.ci/run</c> starts a local server and sets it; on a
/// developer machine without it the PostgreSQL cases are reported as skipped).
/// </summary>
internal static class Backends
{
    /// <summary>The environment variable with the PostgreSQL connection string.</summary>
    public const string PostgreSqlVariable = "PB_TEST_POSTGRES";

    /// <summary>The SQLite backend's name in test cases.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>The PostgreSQL backend's name in test cases (CI checks the TRX for it).</summary>
    public const string PostgreSql = "postgresql";

    /// <summary>Gets the PostgreSQL connection string, or <see langword="null"/> when none is configured.</summary>
    public static string? PostgreSqlConnection =>
        Environment.GetEnvironmentVariable(PostgreSqlVariable) is { Length: > 0 } connection ? connection : null;
}

/// <summary>Runs a theory against the SQLite archive.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SqliteArchiveAttribute : DataAttribute
{
    /// <inheritdoc />
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Backends.Sqlite]];
}

/// <summary>Runs a theory against the PostgreSQL archive; skipped when <c>PB_TEST_POSTGRES</c> is not set.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PostgreSqlArchiveAttribute : DataAttribute
{
    /// <summary>Initializes the attribute, skipping its case when no PostgreSQL is configured.</summary>
    public PostgreSqlArchiveAttribute()
    {
        if (Backends.PostgreSqlConnection is null)
        {
            Skip = $"No PostgreSQL: set {Backends.PostgreSqlVariable} to a connection string (.ci/run does).";
        }
    }

    /// <inheritdoc />
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Backends.PostgreSql]];
}
