using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>
/// Reads the inputs of the area scenario kinds: library documents (inline content, or the relative path of a document
/// file), dates and the shape of the actual values.
/// </summary>
internal static class ScenarioInputs
{
    /// <summary>Gets the inputs object and refuses names the kind does not read.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="names">The input names of the kind.</param>
    /// <returns>The inputs.</returns>
    /// <exception cref="ScenarioException">The inputs are not an object or name an unknown input.</exception>
    public static JsonObject Of(Scenario scenario, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Inputs is not JsonObject inputs)
        {
            throw new ScenarioException(CliMessages.ScenarioInputsNotObject(scenario.Kind, string.Join(", ", names)));
        }

        foreach (var (name, _) in inputs)
        {
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                throw new ScenarioException(CliMessages.ScenarioUnknownInput(scenario.Kind, name, string.Join(", ", names)));
            }
        }

        return inputs;
    }

    /// <summary>
    /// Reads a library document: inline content (<c>{ … }</c>, the document's <c>content</c>), or a string naming a
    /// document file (<c>schemaVersion</c>, <c>kind</c>, <c>content</c>) relative to the scenario file.
    /// </summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="scenario">The scenario.</param>
    /// <param name="inputs">The inputs.</param>
    /// <param name="name">The input's name.</param>
    /// <returns>The document, or <see langword="null"/> when the input is optional and absent.</returns>
    /// <exception cref="ScenarioException">The input is missing, of the wrong form, or its file cannot be read.</exception>
    public static T? OptionalDocument<T>(Scenario scenario, JsonObject inputs, string name)
        where T : class, IDocumentContent
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(inputs);
        switch (inputs[name])
        {
            case null:
                return null;
            case JsonObject content:
                var document = new JsonObject
                {
                    ["schemaVersion"] = PartyBuildingJson.SchemaVersion,
                    ["kind"] = T.DocumentKind,
                    ["content"] = content.DeepClone(),
                };
                return PartyBuildingJson.Deserialize<T>(document.ToJsonString());
            case JsonValue value when value.TryGetValue<string>(out var relative) && !string.IsNullOrWhiteSpace(relative):
                var bytes = ScenarioJson.ReadFile(scenario, scenario.Directory, relative, LocalizedText.AsGiven($"inputs.{name}"));
                return PartyBuildingJson.Deserialize<T>(bytes);
            default:
                throw new ScenarioException(CliMessages.ScenarioDocumentForm($"inputs.{name}", T.DocumentKind));
        }
    }

    /// <summary>Reads a required library document (see <see cref="OptionalDocument{T}"/>).</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="scenario">The scenario.</param>
    /// <param name="inputs">The inputs.</param>
    /// <param name="name">The input's name.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ScenarioException">The input is missing or invalid.</exception>
    public static T Document<T>(Scenario scenario, JsonObject inputs, string name)
        where T : class, IDocumentContent =>
        OptionalDocument<T>(scenario, inputs, name) ?? throw new ScenarioException(CliMessages.ScenarioDocumentMissing($"inputs.{name}", T.DocumentKind));

    /// <summary>Reads a required date, <c>yyyy-MM-dd</c>.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="name">The input's name.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ScenarioException">The date is missing or malformed.</exception>
    public static LocalDate Date(JsonObject inputs, string name)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs[name] is JsonValue value && value.TryGetValue<string>(out var text)
            && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed)
        {
            return parsed.Value;
        }

        throw new ScenarioException(CliMessages.ScenarioDateInvalid($"inputs.{name}"));
    }

    /// <summary>Gets a number as a JSON value.</summary>
    public static JsonValue Number(Score score) => JsonValue.Create(score.Value);

    /// <summary>Gets a number as a JSON value.</summary>
    public static JsonValue Number(Proportion proportion) => JsonValue.Create(proportion.Value);

    /// <summary>Gets an enumeration value by name, as the library writes it.</summary>
    public static JsonNode? Name<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? JsonValue.Create(v.ToString()) : null;

    /// <summary>Gets texts as a JSON array, in ordinal order.</summary>
    public static JsonArray Sorted(IEnumerable<string> texts) =>
        new([.. texts.Order(StringComparer.Ordinal).Select(t => (JsonNode?)JsonValue.Create(t))]);

    /// <summary>Gets an object keyed by the given keys (in ordinal order), each with its value.</summary>
    public static JsonObject Keyed<T>(IEnumerable<T> items, Func<T, string> key, Func<T, JsonNode?> value)
    {
        var result = new JsonObject();
        foreach (var item in items.OrderBy(key, StringComparer.Ordinal))
        {
            result[key(item)] = value(item);
        }

        return result;
    }
}
