using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Cli.Documents;

/// <summary>
/// Builds the JSON Schema (draft 2020-12) of a document kind from the library's serialization metadata
/// (<see cref="JsonSchemaExporter"/>), wrapped in the document envelope, with the library's custom-converted types
/// described as they are written. Every object type of the content is one entry of <c>$defs</c>, named after the type.
/// </summary>
internal static class SchemaBuilder
{
    /// <summary>The JSON Schema dialect of the exported schemas.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The pattern of a date, <c>yyyy-MM-dd</c>.</summary>
    public const string DatePattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

    /// <summary>The pattern of a month, <c>yyyy-MM</c>.</summary>
    public const string MonthPattern = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    /// <summary>The pattern of a supported schema version (major version 1).</summary>
    public const string SchemaVersionPattern = "^1(\\.[0-9]+)*$";

    /// <summary>The pattern of a share written as text: a fraction of whole numbers (<c>2/3</c>) or a decimal (<c>0.8</c>).</summary>
    public const string SharePattern = "^([0-9]+/[0-9]+|[0-9]+(\\.[0-9]+)?)$";

    /// <summary>Builds the schema of a document kind.</summary>
    /// <param name="kind">The document kind.</param>
    /// <returns>The schema: the envelope, with the content's types under <c>$defs</c>.</returns>
    public static JsonObject Build(DocumentKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var options = new JsonSerializerOptions(kind.SerializerOptions);
        options.Converters.Add(new DefaultTolerantImmutableArrayConverterFactory(kind.SerializerOptions));
        options.MakeReadOnly();
        var definitions = new Export(options).Run(kind.ContentType);
        return new JsonObject
        {
            ["$schema"] = Dialect,
            ["$id"] = $"{kind.Kind}.schema.json",
            ["title"] = $"PartyBuilding.Core document '{kind.Kind}' ({kind.ContentType.Name})",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["schemaVersion"] = new JsonObject { ["type"] = "string", ["pattern"] = SchemaVersionPattern, ["description"] = $"The schema version; this library writes {PartyBuildingJson.SchemaVersion} and reads 1.x." },
                ["kind"] = new JsonObject { ["const"] = kind.Kind },
                ["content"] = new JsonObject { ["$ref"] = "#/$defs/" + DefinitionName(kind.ContentType) },
            },
            ["required"] = new JsonArray("schemaVersion", "kind", "content"),
            ["additionalProperties"] = false,
            ["$defs"] = definitions,
        };
    }

    /// <summary>Describes a custom-converted type of the library as it is written, or returns <see langword="null"/>.</summary>
    internal static JsonObject? ConvertedTypeSchema(Type type)
    {
        if (type == typeof(LocalDate))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = DatePattern };
        }

        if (type == typeof(YearMonth))
        {
            return new JsonObject { ["type"] = "string", ["pattern"] = MonthPattern };
        }

        if (type == typeof(AssessmentYear))
        {
            return new JsonObject { ["type"] = "integer" };
        }

        if (type == typeof(Score))
        {
            return new JsonObject { ["type"] = "number" };
        }

        if (type == typeof(Proportion))
        {
            return new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 1 };
        }

        if (type == typeof(Share))
        {
            return new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 1 },
                    new JsonObject { ["type"] = "string", ["pattern"] = SharePattern }),
            };
        }

        if (IsIdentifier(type))
        {
            return new JsonObject { ["type"] = "string", ["pattern"] = StronglyTypedId.Pattern, ["maxLength"] = StronglyTypedId.MaxLength };
        }

        if (type.IsEnum)
        {
            return new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. Enum.GetNames(type).Select(name => JsonValue.Create(name))]) };
        }

        return null;
    }

    private static string DefinitionName(Type type) => type.Name.Replace('`', '_');

    private static bool IsIdentifier(Type type) =>
        type.IsValueType && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IStronglyTypedId<>));

    private static bool IsImmutableArray(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);

    /// <summary>Moves the references of a type's schema (relative to its own root) under its <c>$defs</c> entry.</summary>
    private static void RebaseReferences(JsonNode? node, string definition)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var target) && target.StartsWith('#') && !target.StartsWith("#/$defs/", StringComparison.Ordinal))
                {
                    obj["$ref"] = $"#/$defs/{definition}{target[1..]}";
                }

                foreach (var (_, child) in obj.ToArray())
                {
                    RebaseReferences(child, definition);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    RebaseReferences(child, definition);
                }

                break;
        }
    }

    /// <summary>One export: a worklist of object types, each exported once into <c>$defs</c>.</summary>
    private sealed class Export(JsonSerializerOptions options)
    {
        private readonly Queue<Type> pending = new();
        private readonly HashSet<Type> seen = [];

        public JsonObject Run(Type root)
        {
            Enqueue(root);
            var definitions = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
            var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
            while (pending.TryDequeue(out var type))
            {
                var name = DefinitionName(type);
                var schema = JsonSchemaExporter.GetJsonSchemaAsNode(options.GetTypeInfo(type), exporter);
                RebaseReferences(schema, name);
                definitions[name] = schema;
            }

            var result = new JsonObject();
            foreach (var (name, schema) in definitions)
            {
                result[name] = schema;
            }

            return result;
        }

        private void Enqueue(Type type)
        {
            if (seen.Add(type))
            {
                pending.Enqueue(type);
            }
        }

        /// <summary>
        /// Replaces the schemas of properties whose types the library converts itself (the exporter describes those
        /// as "anything"): called on each object type's schema, which the exporter builds after its properties'.
        /// </summary>
        private JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
        {
            if (context.TypeInfo.Kind != JsonTypeInfoKind.Object || schema is not JsonObject obj || obj["properties"] is not JsonObject properties)
            {
                return schema;
            }

            KeepRequiredConstructorParameters(context.TypeInfo, obj);
            foreach (var property in context.TypeInfo.Properties)
            {
                if (IsGivenText(context.TypeInfo.Type, property))
                {
                    // A text given by the user (a veto's reason): one string for both languages, or the bilingual object.
                    var bilingual = JsonSchemaExporter.GetJsonSchemaAsNode(options.GetTypeInfo(typeof(LocalizedText)), new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
                    properties[property.Name] = new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string", ["pattern"] = "\\S" }, bilingual) };
                    continue;
                }

                if (Describe(property.PropertyType) is not { } replacement)
                {
                    continue;
                }

                // The exporter writes "anything" either as an empty object or as the schema `true`.
                var original = properties[property.Name] switch
                {
                    JsonObject described => described,
                    JsonValue anything when anything.TryGetValue<bool>(out var allowed) && allowed => [],
                    _ => null,
                };
                if (original is null)
                {
                    continue;
                }

                var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null
                    || (original["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null"))
                    || (original.Count > 0 && original.All(p => p.Key is "default" or "description") && original["default"] is null && original.ContainsKey("default"));
                if (nullable && replacement["type"] is JsonValue typeName)
                {
                    replacement["type"] = new JsonArray(typeName.GetValue<string>(), "null");
                }

                foreach (var keyword in new[] { "description", "default" })
                {
                    if (original.ContainsKey(keyword))
                    {
                        replacement[keyword] = original[keyword]?.DeepClone();
                    }
                }

                properties[property.Name] = replacement;
            }

            return schema;
        }

        /// <summary>
        /// Leaves in <c>required</c> only the constructor parameters without a default. The library's .NET 8 build was
        /// compiled by .NET 8's JSON source generator, which passes <c>init</c> properties (an explanation's <c>key</c>,
        /// <c>citation</c>, <c>note</c>) as extra constructor arguments without saying they are optional; the exporter of
        /// System.Text.Json 9+ then lists them as required. The .NET 10 build's metadata says so, and nothing changes there.
        /// </summary>
        private static void KeepRequiredConstructorParameters(JsonTypeInfo type, JsonObject schema)
        {
            if (schema["required"] is not JsonArray required || Constructor(type.Type) is not { } constructor)
            {
                return;
            }

            var parameters = constructor.GetParameters();
            var initializers = type.Properties
                .Where(p => p.AssociatedParameter is { } a && !(a.Position < parameters.Length && parameters[a.Position].Name == a.Name))
                .Select(p => p.Name)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var name in required.Where(n => n is JsonValue v && initializers.Contains(v.GetValue<string>())).ToList())
            {
                required.Remove(name);
            }

            if (required.Count == 0)
            {
                schema.Remove("required");
            }
        }

        /// <summary>The constructor the library's metadata deserializes with: the one marked <c>[JsonConstructor]</c> (public or not), else the only public one.</summary>
        private static ConstructorInfo? Constructor(Type type)
        {
            var marked = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .FirstOrDefault(c => c.IsDefined(typeof(JsonConstructorAttribute), inherit: false));
            var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
            return marked ?? (constructors.Length == 1 ? constructors[0] : null);
        }

        /// <summary>
        /// Whether a property is a text the user gives (<c>[JsonConverter(typeof(GivenTextConverter))]</c>): its custom
        /// converter says so, or — in metadata from .NET 8's source generator, which does not pass it on — the property's
        /// attribute does.
        /// </summary>
        private static bool IsGivenText(Type declaring, JsonPropertyInfo property)
        {
            if (property.CustomConverter is JsonConverter<LocalizedText>)
            {
                return true;
            }

            if (property.PropertyType != typeof(LocalizedText))
            {
                return false;
            }

            var member = property.AttributeProvider as PropertyInfo
                ?? declaring.GetProperty(property.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            return member?.IsDefined(typeof(JsonConverterAttribute), inherit: true) == true;
        }

        /// <summary>Describes a type the exporter cannot see through, or returns <see langword="null"/> to keep the exporter's schema.</summary>
        private JsonObject? Describe(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (ConvertedTypeSchema(type) is { } converted)
            {
                return converted;
            }

            if (IsImmutableArray(type))
            {
                return new JsonObject { ["type"] = "array", ["items"] = ItemSchema(type.GetGenericArguments()[0]) };
            }

            var dictionary = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));
            if (dictionary is not null)
            {
                var arguments = dictionary.GetGenericArguments();
                if (ConvertedTypeSchema(arguments[1]) is { } value || IsImmutableArray(arguments[1]))
                {
                    var result = new JsonObject { ["type"] = "object", ["additionalProperties"] = ItemSchema(arguments[1]) };
                    if (IsIdentifier(arguments[0]))
                    {
                        result["propertyNames"] = new JsonObject { ["pattern"] = StronglyTypedId.Pattern };
                    }

                    return result;
                }
            }

            return null;
        }

        private JsonNode ItemSchema(Type element)
        {
            if (Describe(element) is { } described)
            {
                return described;
            }

            var info = options.GetTypeInfo(element);
            if (info.Kind == JsonTypeInfoKind.Object)
            {
                Enqueue(element);
                return new JsonObject { ["$ref"] = "#/$defs/" + DefinitionName(element) };
            }

            // Enumerations, primitives, dictionaries and nested collections: described inline.
            return JsonSchemaExporter.GetJsonSchemaAsNode(info, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform });
        }
    }
}
