using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Sample.ReportingService;

/// <summary>The service's endpoints (see docs/embedding.md for a walk through them).</summary>
internal static class EvaluationEndpoints
{
    /// <summary>The largest request body accepted: the documents of a province-scale committee fit.</summary>
    public const long MaxRequestBytes = 256L * 1024 * 1024;

    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static IEndpointRouteBuilder MapEvaluations(this IEndpointRouteBuilder app)
    {
        var evaluations = app.MapGroup("/evaluations");
        evaluations.MapPost("/", Publish).WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxRequestBytes));
        evaluations.MapGet("/", async (EvaluationArchive archive, CancellationToken cancel) => Results.Ok(await archive.ListAsync(cancel)));
        evaluations.MapGet("/{id}", Summary);
        evaluations.MapGet("/{id}/organizations/{organization}", Explain);
        evaluations.MapGet("/{id}/report", Report);
        evaluations.MapPost("/{id}/reproduce", async (string id, EvaluationService service, CancellationToken cancel) =>
            await service.ReproduceAsync(id, cancel) is { } reproduction ? Results.Ok(reproduction) : NotArchived(id));
        return app;
    }

    /// <summary>Evaluates a committee's documents, archives them and answers with the summary (201, or 200 when the same evaluation was archived before).</summary>
    private static async Task<IResult> Publish(HttpContext context, EvaluationService service)
    {
        try
        {
            var (entry, summary, created) = await service.PublishAsync(context.Request.Body, context.RequestAborted);
            var location = $"/evaluations/{entry.Id}";
            return created ? Results.Created(location, summary) : Results.Ok(summary);
        }
        catch (PartyBuildingValidationException e)
        {
            return Invalid(e);
        }
    }

    /// <summary>The summary as it was published.</summary>
    private static async Task<IResult> Summary(string id, EvaluationArchive archive, CancellationToken cancel) =>
        await archive.FindAsync(id, cancel) is { } found ? Results.Text(found.Summary, "application/json; charset=utf-8") : NotArchived(id);

    /// <summary>One organization's explanation.</summary>
    private static async Task<IResult> Explain(string id, string organization, EvaluationService service, CancellationToken cancel)
    {
        if (await service.ResultAsync(id, cancel) is not { } evaluated)
        {
            return NotArchived(id);
        }

        return OrganizationId.TryParse(organization, out var org) && EvaluationSummary.Explain(evaluated.Result, org) is { } explanation
            ? Results.Ok(explanation)
            : Results.Problem(statusCode: 404, title: "No such organization", detail: $"The evaluation neither ranked nor left out '{organization}'.");
    }

    /// <summary>The report: <c>format=json</c> (the library's assessment-result document) or <c>format=csv</c> (the ranking, for Excel; <c>lang=zh|en</c>).</summary>
    private static async Task<IResult> Report(string id, string? format, string? lang, EvaluationService service, EvaluationArchive archive, IOptions<JsonOptions> json, CancellationToken cancel)
    {
        switch (format ?? "json")
        {
            case "json":
                return await service.ResultAsync(id, cancel) is { } evaluated
                    ? Results.Text(PartyBuildingJson.Serialize(evaluated.Result.Assessment), "application/json; charset=utf-8")
                    : NotArchived(id);
            case "csv":
                if (await archive.FindAsync(id, cancel) is not { } found)
                {
                    return NotArchived(id);
                }

                var summary = JsonSerializer.Deserialize<EvaluationSummary>(found.Summary, json.Value.SerializerOptions)!;
                var language = lang == "en" ? DisplayLanguage.English : DisplayLanguage.ZhCn;
                return Results.Text(SummaryCsv.Write(summary, language), "text/csv; charset=utf-8");
            default:
                return Results.Problem(statusCode: 400, title: "Unknown report format", detail: $"format is json or csv, not '{format}'.");
        }
    }

    /// <summary>A problem-details response (400) listing every problem with its path, code, value and message.</summary>
    private static IResult Invalid(PartyBuildingValidationException e) => Results.Problem(
        statusCode: 400,
        title: "The documents are not valid",
        detail: $"{e.Problems.Length} problem(s); each lists its path, code and value.",
        extensions: new Dictionary<string, object?>
        {
            ["problems"] = e.Problems.Select(p => new ProblemEntry(p.Path, p.ErrorCode, p.AttemptedValue, p.Message)).ToArray(),
        });

    private static IResult NotArchived(string id) =>
        Results.Problem(statusCode: 404, title: "No such evaluation", detail: $"No evaluation '{id}' is archived.");
}

/// <summary>One problem of a request, as the problem-details response lists it.</summary>
/// <param name="Path">Where: the document's path in the manifest, <c>#</c>, and the JSON path within it.</param>
/// <param name="Code">The stable error code (docs/errors.md).</param>
/// <param name="Value">The offending value, or <see langword="null"/>.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record ProblemEntry(string Path, string Code, string? Value, string Message);
