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
    /// <param name="documentsRoot">The folder every file the scenario names must lie in (<see langword="null"/>: <see cref="ScenarioJson.DefaultRoot"/>).</param>
    /// <exception cref="ScenarioException">The file is not a valid scenario, or its <c>$ref</c> cannot be read.</exception>
    public static Scenario Read(string file, string text, string? documentsRoot = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        var root = ScenarioJson.Parse(ScenarioJson.Utf8(text), CliMessages.TheScenario) as JsonObject
            ?? throw new ScenarioException(CliMessages.ScenarioNotObject);

        foreach (var (name, _) in root)
        {
            if (!Properties.Contains(name))
            {
                throw new ScenarioException(CliMessages.ScenarioUnknownProperty(name, string.Join(", ", Properties.Where(p => p != "$schema").Order(StringComparer.Ordinal))));
            }
        }

        var inputs = root["inputs"] ?? throw new ScenarioException(CliMessages.ScenarioMissing("inputs"));
        var rootFolder = documentsRoot ?? ScenarioJson.DefaultRoot(file);
        if (inputs is JsonObject { Count: 1 } reference && reference["$ref"] is JsonValue refValue && refValue.TryGetValue<string>(out var relative))
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
            inputs = ScenarioJson.Parse(ScenarioJson.ReadFile(rootFolder, directory, relative, CliMessages.TheInputsFile), CliMessages.TheInputsFile);
        }

        return new Scenario(
            file,
            RequiredString(root, "name"),
            RequiredString(root, "citation"),
            RequiredString(root, "rule"),
            RequiredString(root, "kind"),
            OptionalString(root, "period"),
            inputs.DeepClone(),
            (root["expected"] ?? throw new ScenarioException(CliMessages.ScenarioMissing("expected"))).DeepClone(),
            root["tolerance"] is null ? 0m : Tolerance(root["tolerance"], "tolerance"),
            ReadTolerances(root["tolerances"]),
            rootFolder);
    }

    private static string RequiredString(JsonObject root, string name) =>
        OptionalString(root, name) ?? throw new ScenarioException(CliMessages.ScenarioMissing(name));

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

        throw new ScenarioException(CliMessages.ScenarioNotText(name));
    }

    private static decimal Tolerance(JsonNode? node, string where)
    {
        if (node is JsonValue value && value.TryGetValue<decimal>(out var number) && number >= 0)
        {
            return number;
        }

        throw new ScenarioException(CliMessages.ScenarioToleranceInvalid(where));
    }

    private static ImmutableSortedDictionary<string, decimal> ReadTolerances(JsonNode? node)
    {
        if (node is null)
        {
            return ImmutableSortedDictionary<string, decimal>.Empty;
        }

        if (node is not JsonObject map)
        {
            throw new ScenarioException(CliMessages.ScenarioTolerancesInvalid);
        }

        return map.ToImmutableSortedDictionary(p => p.Key, p => Tolerance(p.Value, $"tolerances.{p.Key}"), StringComparer.Ordinal);
    }
}
