using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PartyBuilding.Core.Common;

/// <summary>
/// The JSON metadata of <c>Common</c>: NodaTime's <see cref="LocalDate"/> and <see cref="YearMonth"/> (types the library
/// cannot mark with a converter), the <see cref="ValueArray{T}"/> types of Common's items, and the documents of Common
/// (<see cref="Explanation"/>, <see cref="ScoreBreakdown"/>). Common's own value types carry their converters as
/// attributes (<see cref="Score"/>, <see cref="Proportion"/>, <see cref="Share"/>, identifiers, enumerations).
/// </summary>
internal static class CommonJson
{
    /// <summary>Gets the metadata, NodaTime values and value arrays in front of the context.</summary>
    public static IJsonTypeInfoResolver Metadata { get; } =
        JsonTypeInfoResolver.Combine(NodaTimeValues.Instance, ValueArrays.Instance, CommonJsonContext.Default);

    /// <summary>
    /// Adds to an area's metadata the rule that a result's tree is required on read: each property named (a tree the result
    /// always answers, bound to a constructor parameter that is nullable only so that the engine can set the tree deferred
    /// through an internal <c>Tree</c> property; docs/architecture.md, "Explanations on demand") refuses a missing or
    /// <c>null</c> tree, on both target frameworks.
    /// </summary>
    /// <remarks>
    /// <para>On <c>net10.0</c> the serializer refuses both itself: a missing parameter by
    /// <c>RespectRequiredConstructorParameters</c>, and <c>null</c> by <c>RespectNullableAnnotations</c> once the parameter
    /// is marked here as not accepting it.</para>
    /// <para>On <c>net8.0</c>, whose System.Text.Json has neither option, the property is made required here (a missing tree
    /// is then refused as a missing required property; System.Text.Json 8 accepts a required property only with a setter,
    /// even when a constructor parameter binds it, so it gets one that is never called) and a <c>null</c> tree is refused by
    /// a converter (<c>NonNullTreeConverter</c>) with the message System.Text.Json 9+ gives.</para>
    /// <para>The properties are named by each area (<c>&lt;Area&gt;Json.RequiredTrees</c>; <c>RequiredTreeTest</c> derives
    /// the same set again from the types' nullability, so a result added or changed without its line fails there), not
    /// marked by <c>[JsonRequired]</c>: that attribute would also reach a host's reflection-based serializer, which refuses
    /// a required property without a setter even to write it (<c>HostSerializationTest</c>). Only the source-generated metadata and closed types: trim- and AOT-safe.</para>
    /// </remarks>
    /// <param name="metadata">The area's metadata.</param>
    /// <param name="trees">The required trees, by result type and JSON property name.</param>
    /// <returns>The metadata with the rule.</returns>
    public static IJsonTypeInfoResolver RequiringTrees(this IJsonTypeInfoResolver metadata, IEnumerable<(Type Result, string Property)> trees)
    {
        var required = trees.ToHashSet();
        return metadata.WithAddedModifier(info => RequireTrees(info, required));
    }

    private static void RequireTrees(JsonTypeInfo info, HashSet<(Type, string)> required)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.PropertyType != typeof(Explanation) || !required.Contains((info.Type, property.Name)))
            {
                continue;
            }

#if NET9_0_OR_GREATER
            property.IsSetNullable = false;
#else
            property.IsRequired = true;
            property.Set ??= static (_, _) => throw new InvalidOperationException("The constructor parameter binds the tree.");
            property.CustomConverter = new NonNullTreeConverter(info.Type, property.Name);
#endif
        }
    }

#if !NET9_0_OR_GREATER
    /// <summary>
    /// Refuses a <c>null</c> tree at its path, with the message of System.Text.Json 9+, and reads and writes any other
    /// tree with <see cref="Explanation"/>'s own metadata; a problem inside the tree keeps its path under the tree's (its
    /// message without the line and position, which the nested read would count from the tree's start).
    /// </summary>
    private sealed class NonNullTreeConverter(Type owner, string name) : JsonConverter<Explanation>
    {
        public override bool HandleNull => true;

        public override Explanation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new JsonException(
                    $"The constructor parameter '{name}' on type '{owner}' doesn't allow null values. Consider updating its nullability annotation.");
            }

            try
            {
                return JsonSerializer.Deserialize(ref reader, TypeInfo(options))!;
            }
            catch (JsonValueException ex)
            {
                throw new JsonValueException(ex.ErrorCode, ex.Message, ex.AttemptedValue) { InnerPath = Relative(ex.Path) + ex.InnerPath };
            }
            catch (JsonException ex)
            {
                // Without the line and position: the serializer reads the tree with a reader of its own, counting from the tree's start.
                var message = ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
                throw new JsonValueException(JsonValueCodes.MalformedJson, message, null) { InnerPath = Relative(ex.Path) };
            }
        }

        public override void Write(Utf8JsonWriter writer, Explanation value, JsonSerializerOptions options)
        {
            if (value is null)
            {
                writer.WriteNullValue();
                return;
            }

            JsonSerializer.Serialize(writer, value, TypeInfo(options));
        }

        private static JsonTypeInfo<Explanation> TypeInfo(JsonSerializerOptions options) =>
            (JsonTypeInfo<Explanation>)options.GetTypeInfo(typeof(Explanation));

        private static string? Relative(string? path) => path is null || path == "$" ? null : path[1..];
    }
#endif

    /// <summary>Reads and writes <see cref="LocalDate"/> and <see cref="YearMonth"/> with their converters, under any options.</summary>
    private sealed class NodaTimeValues : IJsonTypeInfoResolver
    {
        public static NodaTimeValues Instance { get; } = new();

        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
            type == typeof(LocalDate) ? JsonMetadataServices.CreateValueInfo<LocalDate>(options, new LocalDateConverter())
            : type == typeof(YearMonth) ? JsonMetadataServices.CreateValueInfo<YearMonth>(options, new YearMonthConverter())
            : null;
    }

    private sealed class ValueArrays : ValueArrayJsonMetadata
    {
        private ValueArrays()
        {
            Add<string>();
            Add<MemberId>();
            Add<OrganizationId>();
            Add<IndicatorId>();
            Add<DistrictId>();
            Add<Explanation>();
            Add<ScoreLine>();
            Add<Score>();
            AddDictionary<string>();
            AddDictionary<decimal>();
        }

        public static ValueArrays Instance { get; } = new();
    }
}

/// <summary>The source-generated metadata of Common's documents; see <see cref="CommonJson"/>.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(Explanation))]
[JsonSerializable(typeof(ScoreBreakdown))]
internal sealed partial class CommonJsonContext : JsonSerializerContext;
