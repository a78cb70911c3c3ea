using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Serialization;

/// <summary>
/// The serialization context of the <c>DoubleReview</c> documents: scheme, data set and outcome.
/// </summary>
/// <remarks>
/// A separate context with the same options as <see cref="PartyBuildingJsonContext"/>, because the System.Text.Json source
/// generator fails when two partial declarations of one context both carry <c>[JsonSerializable]</c>
/// (dotnet/runtime#99669: "hintName … must be unique"). When the shared context gathers every area's registrations in
/// one declaration, these three lines move there and this class and <see cref="DoubleReviewDocuments"/> go away.
/// </remarks>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
#if NET9_0_OR_GREATER
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
#endif
    WriteIndented = true,
    Converters =
    [
        typeof(LocalDateConverter),
        typeof(YearMonthConverter),
        typeof(AssessmentYearConverter),
        typeof(ScoreConverter),
        typeof(ProportionConverter),
        typeof(StronglyTypedIdConverter<OrganizationId>),
        typeof(StronglyTypedIdConverter<MemberId>),
        typeof(StronglyTypedIdConverter<DistrictId>),
    ])]
[JsonSerializable(typeof(DoubleReviewScheme))]
[JsonSerializable(typeof(DoubleReviewDataSet))]
[JsonSerializable(typeof(DoubleReviewOutcome))]
internal sealed partial class DoubleReviewJsonContext : JsonSerializerContext;

/// <summary>
/// Reads and writes the <c>DoubleReview</c> documents in the library's envelope
/// (<c>{ "schemaVersion": "1.0", "kind": "…", "content": { … } }</c>) through <see cref="DoubleReviewJsonContext"/>,
/// reporting every reading problem as a <see cref="PartyBuildingValidationException"/> with its JSON path.
/// </summary>
internal static class DoubleReviewDocuments
{
    public static string Serialize<T>(T content)
        where T : class, IDocumentContent
    {
        ArgumentNullException.ThrowIfNull(content);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("schemaVersion", PartyBuildingJson.SchemaVersion);
            writer.WriteString("kind", T.DocumentKind);
            writer.WritePropertyName("content");
            JsonSerializer.Serialize(writer, content, TypeInfo<T>());
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static T Deserialize<T>(string json)
        where T : class, IDocumentContent
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = JsonReadLimits.Default.MaxDepth });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Problem("$", CommonErrorCodes.MalformedJson, "A document must be a JSON object.", null);
            }

            var version = root.TryGetProperty("schemaVersion", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            if (version is null || !(version == "1" || version.StartsWith("1.", StringComparison.Ordinal)))
            {
                throw Problem("$.schemaVersion", CommonErrorCodes.UnsupportedSchemaVersion, "Schema version 1.x is required.", version);
            }

            var kind = root.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
            if (!string.Equals(kind, T.DocumentKind, StringComparison.Ordinal))
            {
                throw Problem("$.kind", CommonErrorCodes.WrongDocumentKind, $"Expected a '{T.DocumentKind}' document.", kind);
            }

            if (!root.TryGetProperty("content", out var content) || content.ValueKind == JsonValueKind.Null)
            {
                throw Problem("$.content", CommonErrorCodes.MissingContent, "The document has no 'content'.", null);
            }

            return content.Deserialize(TypeInfo<T>())
                ?? throw Problem("$.content", CommonErrorCodes.MissingContent, "The document's 'content' is null.", null);
        }
        catch (JsonValueException ex)
        {
            throw Problem(ContentPath(ex.Path), ex.ErrorCode, ex.Message.Split(" Path:", 2)[0], ex.AttemptedValue, ex);
        }
        catch (JsonException ex)
        {
            throw Problem(ContentPath(ex.Path), CommonErrorCodes.MalformedJson, ex.Message.Split(" Path:", 2)[0], null, ex);
        }
        catch (ArgumentException ex)
        {
            throw Problem("$.content", CommonErrorCodes.InvalidValue, ex.Message, ex.ParamName, ex);
        }
    }

    private static JsonTypeInfo<T> TypeInfo<T>() =>
        DoubleReviewJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException($"{typeof(T).Name} is not a DoubleReview document.");

    private static string ContentPath(string? path) => path is null || path == "$" ? "$.content" : "$.content" + path[1..];

    private static PartyBuildingValidationException Problem(string path, string code, string message, string? value, Exception? inner = null) =>
        new("JSON document", [new ValidationProblem(path, code, message, value)], inner);
}
