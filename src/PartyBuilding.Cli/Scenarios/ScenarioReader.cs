using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>Reads scenario files (see docs/cli.md for the format).</summary>
internal static class ScenarioReader
{
    /// <summary>The file name ending of scenario files found in directories.</summary>
    public const string Extension = ".scenario.json";

    private static readonly ImmutableHashSet<string> Properties =
        ["$schema", "name", "citation", "rule", "kind", "period", "inputs", "expected", "tolerance", "tolerances"];

    /// <summary>Reads a scenario file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="text">The file's text.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ScenarioException">The file is not a valid scenario.</exception>
    /// <exception cref="CliException">A referenced inputs file cannot be read (exit code 3).</exception>
    public static Scenario Read(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        var root = ScenarioJson.Parse(ScenarioJson.Utf8(text), "the scenario") as JsonObject
            ?? throw new ScenarioException("a scenario is a JSON object.");

        foreach (var (name, _) in root)
        {
            if (!Properties.Contains(name))
            {
                throw new ScenarioException($"unknown property '{name}'; a scenario has {string.Join(", ", Properties.Where(p => p != "$schema").Order(StringComparer.Ordinal))}.");
            }
        }

        var inputs = root["inputs"] ?? throw new ScenarioException("missing 'inputs'.");
        if (inputs is JsonObject { Count: 1 } reference && reference["$ref"] is JsonValue refValue && refValue.TryGetValue<string>(out var relative))
        {
            var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", relative);
            inputs = ParseReferenced(path);
        }

        return new Scenario(
            file,
            RequiredString(root, "name"),
            RequiredString(root, "citation"),
            RequiredString(root, "rule"),
            RequiredString(root, "kind"),
            OptionalString(root, "period"),
            inputs.DeepClone(),
            (root["expected"] ?? throw new ScenarioException("missing 'expected'.")).DeepClone(),
            root["tolerance"] is null ? 0m : Tolerance(root["tolerance"], "tolerance"),
            ReadTolerances(root["tolerances"]));
    }

    private static JsonNode ParseReferenced(string path) =>
        ScenarioJson.Parse(ScenarioJson.ReadFile(path, "the inputs file", path), $"the inputs file '{path}'");

    private static string RequiredString(JsonObject root, string name) =>
        OptionalString(root, name) ?? throw new ScenarioException($"missing '{name}'.");

    private static string? OptionalString(JsonObject root, string name)
    {
        var node = root[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        throw new ScenarioException($"'{name}' must be a non-empty string.");
    }

    private static decimal Tolerance(JsonNode? node, string where)
    {
        if (node is JsonValue value && value.TryGetValue<decimal>(out var number) && number >= 0)
        {
            return number;
        }

        throw new ScenarioException($"'{where}' must be a number of at least 0.");
    }

    private static ImmutableSortedDictionary<string, decimal> ReadTolerances(JsonNode? node)
    {
        if (node is null)
        {
            return ImmutableSortedDictionary<string, decimal>.Empty;
        }

        if (node is not JsonObject map)
        {
            throw new ScenarioException("'tolerances' must be an object of JSON path → number.");
        }

        return map.ToImmutableSortedDictionary(p => p.Key, p => Tolerance(p.Value, $"tolerances.{p.Key}"), StringComparer.Ordinal);
    }
}
