using PartyBuilding.Core.Evaluation;
using PartyBuilding.Sample.ReportingService;

var builder = WebApplication.CreateBuilder(args);

// The library's source-generated metadata in front of the host's: results are written in the library's shape
// (dates as 2019-01-15, exact scores, enumerations by name) without reflection over the library's types.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, PartyBuildingJsonMetadata.TypeInfoResolver));
builder.Services.AddProblemDetails();

// The archive: SQLite by default (a file), PostgreSQL with Archive:Provider=PostgreSql (see docs/embedding.md).
builder.Services.AddSingleton(services => ArchiveOptions.From(services.GetRequiredService<IConfiguration>()));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<EvaluationArchive>();
builder.Services.AddSingleton<EvaluationService>();

var app = builder.Build();
await app.Services.GetRequiredService<EvaluationArchive>().CreateSchemaAsync(CancellationToken.None);
app.MapEvaluations();
await app.RunAsync();

/// <summary>The sample reporting service (an ASP.NET Core minimal API); public so that tests can host it.</summary>
public partial class Program;
