using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Serialization;

/// <summary>
/// The mechanism every part of the library reads and writes JSON with: the one set of options (camelCase, strict
/// numbers, unknown properties refused, nulls left out, indented) around a part's source-generated metadata, with the
/// metadata of Common (dates, value arrays, explanations) and of Validation (reports) in front of it.
/// </summary>
/// <remarks>
/// No part lists another part's types: each area owns an internal context for its own documents
/// (<c>&lt;Area&gt;Json</c>, answered by its documents' <see cref="IDocumentContent.JsonMetadata"/>), and only the
/// composition root (<c>Evaluation</c>) combines them. Converters of Common's value types are attributes on the types
/// themselves, so they apply under any options, also a host's.
/// </remarks>
internal static class LibraryJsonMetadata
{
    /// <summary>The size of the blocks a content is bound from a stream in: 256 KiB.</summary>
    public const int StreamBlockSize = 256 * 1024;

    /// <summary>Gets the metadata every part shares: Common's and Validation's.</summary>
    public static IJsonTypeInfoResolver Shared { get; } =
        JsonTypeInfoResolver.Combine(CommonJson.Metadata, ValidationValueArrays.Instance, SerializationJsonContext.Default);

    /// <summary>Creates the library's options around one part's metadata, read-only.</summary>
    /// <param name="metadata">The part's metadata (its value arrays in front of its context).</param>
    /// <returns>The options.</returns>
    public static JsonSerializerOptions CreateOptions(IJsonTypeInfoResolver metadata)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
#if NET9_0_OR_GREATER
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
#endif
            WriteIndented = true,

            // A content bound from a stream is read in blocks of this size (the default is 16 KiB): fewer returns to the
            // stream and fewer suspensions of the binder in the middle of a record.
            DefaultBufferSize = StreamBlockSize,
#if NET9_0_OR_GREATER
            TypeInfoResolver = JsonTypeInfoResolver.Combine(Shared, metadata).WithAddedModifier(RefuseNullDatedValue),
#else
            TypeInfoResolver = JsonTypeInfoResolver.Combine(Shared, metadata),
#endif
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Creates the options the library binds a document's content with: <paramref name="options"/>, or, when the part's
    /// metadata has record converters (<see cref="RecordConverters.WithRecordConverters"/>), options made the same way with
    /// the converters in front. They read only; everything is written with <paramref name="options"/>.
    /// </summary>
    /// <param name="metadata">The part's metadata, as given to <see cref="CreateOptions"/>.</param>
    /// <param name="options">The options made from it by <see cref="CreateOptions"/>.</param>
    /// <returns>The options to read with.</returns>
    public static JsonSerializerOptions CreateReadOptions(IJsonTypeInfoResolver metadata, JsonSerializerOptions options) =>
        metadata is RecordReading reading ? CreateOptions(reading.Reading) : options;

    /// <summary>Gets the metadata of a type from options made by <see cref="CreateOptions"/>.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="options">The options.</param>
    /// <returns>The metadata.</returns>
    /// <exception cref="NotSupportedException">No metadata of the options knows <typeparamref name="T"/>.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) =>
        (options.TryGetTypeInfo(typeof(T), out var info) ? info as JsonTypeInfo<T> : null)
        ?? throw new NotSupportedException($"{typeof(T).Name} is not registered in the library's JSON metadata.");

#if NET9_0_OR_GREATER
    /// <summary>
    /// Marks the value of a <see cref="DatedValue{T}"/> of a reference type as not accepting <c>null</c>, as
    /// <c>RespectNullableAnnotations</c> does for every other non-nullable property: the value is declared as the type
    /// parameter, whose nullability System.Text.Json cannot see, so <c>"value": null</c> was read (and then written as a
    /// missing value, which the reader refuses: the long fuzz run of session 21). On <c>net8.0</c> the schemes' validators
    /// refuse the <c>null</c> (<c>COMMON.REQUIRED</c>), as they do every <c>null</c> there.
    /// </summary>
    private static void RefuseNullDatedValue(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || !info.Type.IsGenericType || info.Type.GetGenericTypeDefinition() != typeof(DatedValue<>)
            || info.Type.GetGenericArguments()[0].IsValueType)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.Name == "value")
            {
                property.IsSetNullable = false;
            }
        }
    }
#endif

    private sealed class ValidationValueArrays : ValueArrayJsonMetadata
    {
        private ValidationValueArrays() => Add<ValidationProblem>();

        public static ValidationValueArrays Instance { get; } = new();
    }
}

/// <summary>The source-generated metadata of Validation's report; see <see cref="LibraryJsonMetadata"/>.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ValidationReport))]
internal sealed partial class SerializationJsonContext : JsonSerializerContext;
