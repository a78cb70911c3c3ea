using System.Text;
using System.Text.Json;
using NodaTime;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Sample.ReportingService;

/// <summary>
/// One evaluation request: the committee's manifest and every document it lists, in one JSON body keyed by the paths the
/// manifest gives, so that an evaluation is one atomic request (no upload session to keep) and the documents stay the
/// library's own documents, byte for byte.
/// </summary>
/// <param name="Manifest">The manifest document's UTF-8 JSON.</param>
/// <param name="Documents">Each document's UTF-8 JSON by its path in the manifest.</param>
internal sealed record EvaluationRequest(byte[] Manifest, IReadOnlyDictionary<string, byte[]> Documents)
{
    /// <summary>The error code of a body that is not JSON.</summary>
    public const string NotJson = "REQUEST.NOT_JSON";

    /// <summary>The error code of a body without its <c>manifest</c> object or <c>documents</c> object of documents.</summary>
    public const string Shape = "REQUEST.SHAPE";

    /// <summary>Reads the request body asynchronously (a web host forbids synchronous reads).</summary>
    /// <param name="body">The body.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>The request.</returns>
    /// <exception cref="PartyBuildingValidationException">The body is not JSON or not of the request's shape; every problem is listed.</exception>
    public static async Task<EvaluationRequest> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, new JsonDocumentOptions { MaxDepth = 128 }, cancellationToken);
        }
        catch (JsonException e)
        {
            throw Invalid([new ValidationProblem(e.Path ?? "$", NotJson, $"The body is not JSON: {e.Message}", null)]);
        }

        using (document)
        {
            var problems = new List<ValidationProblem>();
            var root = document.RootElement;
            var manifest = Member(root, "manifest", problems);
            var documents = Member(root, "documents", problems);
            var read = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            if (documents is { } listed)
            {
                foreach (var property in listed.EnumerateObject())
                {
                    if (property.Value.ValueKind != JsonValueKind.Object)
                    {
                        problems.Add(new ValidationProblem($"documents['{property.Name}']", Shape, "A document is a JSON object (the library's document envelope).", property.Value.ValueKind.ToString()));
                        continue;
                    }

                    read[property.Name] = Encoding.UTF8.GetBytes(property.Value.GetRawText());
                }
            }

            if (problems.Count > 0)
            {
                throw Invalid(problems);
            }

            return new EvaluationRequest(Encoding.UTF8.GetBytes(manifest!.Value.GetRawText()), read);
        }
    }

    /// <summary>Reads the manifest and every document it lists through the library's manifest loader.</summary>
    /// <returns>The inputs and the evaluation date.</returns>
    /// <exception cref="PartyBuildingValidationException">The manifest or a document is not valid, or a listed document is not in the request; paths as <c>file#json-path</c>.</exception>
    public (AnnualEvaluationInputs Inputs, LocalDate AsOf) Load() =>
        EvaluationManifestLoader.Load(
            new MemoryStream(Manifest, writable: false),
            path => Documents.TryGetValue(path, out var bytes)
                ? new MemoryStream(bytes, writable: false)
                : throw new FileNotFoundException($"The request has no document '{path}' under 'documents'.", path));

    private static JsonElement? Member(JsonElement root, string name, List<ValidationProblem> problems)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.Object)
        {
            return member;
        }

        problems.Add(new ValidationProblem(name, Shape, $"The body is an object with '{name}': an object ({Expected(name)}).", null));
        return null;
    }

    private static string Expected(string name) => name == "manifest"
        ? "the evaluation-manifest document"
        : "each document the manifest lists, under the path the manifest gives it";

    private static PartyBuildingValidationException Invalid(IEnumerable<ValidationProblem> problems) => new("evaluation request", [.. problems]);
}
