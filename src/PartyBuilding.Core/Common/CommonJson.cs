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
    /// Adds to an area's metadata the rule that a result's tree is required on read: a constructor parameter of type
    /// <see cref="Explanation"/> whose property never answers <see langword="null"/> refuses a missing or <c>null</c> tree,
    /// although the parameter is nullable so that the engine can set the tree deferred instead (an internal
    /// <c>Tree</c> property; docs/architecture.md, "Explanations on demand"). On <c>net8.0</c>, which lacks
    /// <c>RespectNullableAnnotations</c>, the metadata is returned as it is.
    /// </summary>
    /// <param name="metadata">The area's metadata.</param>
    /// <returns>The metadata with the rule.</returns>
    public static IJsonTypeInfoResolver RequiringTrees(this IJsonTypeInfoResolver metadata) =>
#if NET9_0_OR_GREATER
        metadata.WithAddedModifier(RequireTrees);
#else
        metadata;
#endif

#if NET9_0_OR_GREATER
    private static void RequireTrees(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.PropertyType == typeof(Explanation) && property.AssociatedParameter is not null && !property.IsGetNullable)
            {
                property.IsSetNullable = false;
            }
        }
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
