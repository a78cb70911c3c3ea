using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace PartyBuilding.Sample.ReportingService.Tests;

/// <summary>
/// Hosts the service once per backend (<see cref="WebApplicationFactory{TEntryPoint}"/>) on a fresh archive (a temporary
/// SQLite file; a new PostgreSQL schema, dropped afterwards) and publishes the bundled evaluation once, as an agency
/// would: the manifest and every document it lists in one request body.
/// </summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<Service>>> _services = new();

    /// <summary>Gets the seed directory of the bundled evaluation.</summary>
    public static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "seeds", "evaluation");

    /// <summary>Gets the service of a backend, publishing the bundled evaluation on first use.</summary>
    /// <param name="backend">The backend.</param>
    /// <returns>The service.</returns>
    public Task<Service> Get(string backend) => _services.GetOrAdd(backend, b => new Lazy<Task<Service>>(() => Service.StartAsync(b))).Value;

    /// <summary>The bundled evaluation as one request: the manifest and every document under the path the manifest gives.</summary>
    /// <param name="leaveOut">Paths to leave out of the request.</param>
    /// <returns>The request body.</returns>
    public static JsonObject BundledRequest(params string[] leaveOut)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(SeedDirectory, "binzhou-2018.json")))!.AsObject();
        var documents = new JsonObject();
        foreach (var (_, path) in manifest["content"]!["documents"]!.AsObject())
        {
            var relative = path!.GetValue<string>();
            if (!leaveOut.Contains(relative))
            {
                documents[relative] = JsonNode.Parse(File.ReadAllText(Path.GetFullPath(Path.Combine(SeedDirectory, relative))));
            }
        }

        return new JsonObject { ["manifest"] = manifest, ["documents"] = documents };
    }

    /// <summary>A JSON request body.</summary>
    /// <param name="body">The body.</param>
    /// <returns>The content.</returns>
    public static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        foreach (var service in _services.Values.Where(s => s.IsValueCreated))
        {
            await (await service.Value).DisposeAsync();
        }
    }

    /// <summary>The service on one backend, with the response to publishing the bundled evaluation.</summary>
    public sealed class Service : IAsyncDisposable
    {
        private readonly WebApplicationFactory<Program> _factory;
        private readonly Func<Task> _drop;

        private Service(WebApplicationFactory<Program> factory, Func<Task> drop)
        {
            _factory = factory;
            _drop = drop;
            Client = factory.CreateClient();
        }

        /// <summary>Gets a client of the service.</summary>
        public HttpClient Client { get; }

        /// <summary>Gets the status of the first publication.</summary>
        public System.Net.HttpStatusCode Status { get; private set; }

        /// <summary>Gets the location of the published evaluation.</summary>
        public string Location { get; private set; } = string.Empty;

        /// <summary>Gets the published summary.</summary>
        public JsonObject Summary { get; private set; } = [];

        /// <summary>Starts the service on a fresh archive and publishes the bundled evaluation.</summary>
        /// <param name="backend">The backend.</param>
        /// <returns>The service.</returns>
        public static async Task<Service> StartAsync(string backend)
        {
            var (provider, connection, drop) = backend == Backends.PostgreSql ? await PostgreSqlAsync() : Sqlite();
            var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(
                new Dictionary<string, string?> { ["Archive:Provider"] = provider, ["Archive:ConnectionString"] = connection })));
            var service = new Service(factory, drop);
            using var response = await service.Client.PostAsync("/evaluations", Json(BundledRequest()));
            var text = await response.Content.ReadAsStringAsync();
            service.Status = response.StatusCode;
            service.Location = response.Headers.Location?.ToString() ?? throw new InvalidOperationException($"No location ({response.StatusCode}): {text}");
            service.Summary = JsonNode.Parse(text)!.AsObject();
            return service;
        }

        /// <inheritdoc />
        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await _factory.DisposeAsync();
            await _drop();
        }

        private static (string, string, Func<Task>) Sqlite()
        {
            var file = Path.Combine(Path.GetTempPath(), $"pb-archive-{Guid.NewGuid():N}.db");
            return ("Sqlite", $"Data Source={file}", () =>
            {
                SqliteConnection.ClearAllPools();
                File.Delete(file);
                return Task.CompletedTask;
            });
        }

        private static async Task<(string, string, Func<Task>)> PostgreSqlAsync()
        {
            var server = Backends.PostgreSqlConnection ?? throw new InvalidOperationException($"{Backends.PostgreSqlVariable} is not set.");
            var schema = $"pb_test_{Guid.NewGuid():N}";
            await Execute(server, $"CREATE SCHEMA {schema}");
            var connection = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
            return ("PostgreSql", connection, async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await Execute(server, $"DROP SCHEMA {schema} CASCADE");
            });
        }

        private static async Task Execute(string connectionString, string sql)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>The tests of the service share one host per backend.</summary>
[CollectionDefinition(Name)]
public sealed class ServiceCollection : ICollectionFixture<ServiceFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "reporting service";
}
