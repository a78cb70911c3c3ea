using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>
/// Compares expected with actual values leaf by leaf: every value in <c>expected</c> must be present in the actual
/// values and equal (numbers within the tolerance); actual values that are not expected are not checked, so a
/// scenario pins only what it names.
/// </summary>
internal static class ScenarioComparer
{
    /// <summary>The text of a value the handler did not produce.</summary>
    public const string Missing = "(missing)";

    /// <summary>The text of an expected object (where the actual value is none).</summary>
    public const string AnObject = "an object";

    /// <summary>The text of an expected array (where the actual value is none).</summary>
    public const string AnArray = "an array";

    /// <summary>Compares the expected and actual values of a scenario.</summary>
    /// <returns>The differences, in the order of <c>expected</c>.</returns>
    public static ImmutableArray<ScenarioDifference> Compare(Scenario scenario, JsonNode? actual)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var differences = ImmutableArray.CreateBuilder<ScenarioDifference>();
        Compare(scenario.Expected, actual, "$", scenario, differences);
        return differences.ToImmutable();
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, Scenario scenario, ImmutableArray<ScenarioDifference>.Builder differences)
    {
        var tolerance = scenario.Tolerances.TryGetValue(path, out var specific) ? specific : scenario.Tolerance;
        switch (expected)
        {
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                {
                    differences.Add(new(path, AnObject, Format(actual), tolerance));
                    return;
                }

                foreach (var (name, child) in expectedObject)
                {
                    Compare(child, actualObject.TryGetPropertyValue(name, out var actualChild) ? actualChild : null, Child(path, name), scenario, differences);
                }

                return;
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray)
                {
                    differences.Add(new(path, AnArray, Format(actual), tolerance));
                    return;
                }

                if (expectedArray.Count != actualArray.Count)
                {
                    differences.Add(new(path + ".length", expectedArray.Count.ToString(CultureInfo.InvariantCulture), actualArray.Count.ToString(CultureInfo.InvariantCulture), 0m));
                }

                for (var i = 0; i < Math.Min(expectedArray.Count, actualArray.Count); i++)
                {
                    Compare(expectedArray[i], actualArray[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), scenario, differences);
                }

                return;
            default:
                if (!LeafEquals(expected, actual, tolerance))
                {
                    differences.Add(new(path, Format(expected), Format(actual), tolerance));
                }

                return;
        }
    }

    private static bool LeafEquals(JsonNode? expected, JsonNode? actual, decimal tolerance)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null;
        }

        if (Number(expected) is { } e)
        {
            return Number(actual) is { } a && Math.Abs(e - a) <= tolerance;
        }

        return JsonNode.DeepEquals(expected, actual);
    }

    // A value a handler created from an int or a long does not convert with TryGetValue<decimal>; its JSON text does.
    private static decimal? Number(JsonNode node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            ? value.TryGetValue<decimal>(out var number)
                ? number
                : decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null
            : null;

    private static string Format(JsonNode? node) => node switch
    {
        null => Missing,
        JsonValue value when Number(value) is { } number => number.ToString(CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };

    private static string Child(string path, string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
}
