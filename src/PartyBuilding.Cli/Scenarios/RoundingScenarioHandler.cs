using System.Text.Json.Nodes;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>
/// Scenario kind <c>rounding</c>: the library's publishing rule for scores (<see cref="ScoreRounding"/>, half away
/// from zero, 四舍五入) and for breakdowns (<see cref="ScoreBreakdown.Round"/>, whose lines add up to the rounded total).
/// </summary>
/// <remarks>
/// Inputs: <c>{ "scale": 2, "values": [2.345, …], "lines": [{ "key": "a", "score": 33.333 }, …] }</c> (<c>scale</c>
/// optional, default 2; <c>values</c> and <c>lines</c> each optional). Actual values:
/// <c>{ "values": [2.35, …], "total": 100.00, "lines": { "a": 33.33, … } }</c>.
/// </remarks>
internal sealed class RoundingScenarioHandler : IScenarioHandler
{
    public string Kind => "rounding";

    public JsonNode Run(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Inputs is not JsonObject inputs)
        {
            throw new ScenarioException(CliMessages.ScenarioInputsNotObject(Kind, "scale, values, lines"));
        }

        foreach (var (name, _) in inputs)
        {
            if (name is not ("scale" or "values" or "lines"))
            {
                throw new ScenarioException(CliMessages.ScenarioUnknownInput(Kind, name, "scale, values, lines"));
            }
        }

        var scale = inputs["scale"] is null ? ScoreRounding.DefaultScale : (int)Number(inputs["scale"], "inputs.scale");
        if (scale is < 0 or > ScoreRounding.MaxScale)
        {
            throw new ScenarioException(CliMessages.ScenarioScaleRange(ScoreRounding.MaxScale));
        }

        var rounding = ScoreRounding.AtScale(scale);
        var actual = new JsonObject();
        if (inputs["values"] is { } values)
        {
            var rounded = new JsonArray();
            foreach (var (value, i) in Items(values, "inputs.values").Select((v, i) => (v, i)))
            {
                rounded.Add(JsonValue.Create(rounding.Apply(Number(value, $"inputs.values[{i}]"))));
            }

            actual["values"] = rounded;
        }

        if (inputs["lines"] is { } linesNode)
        {
            var lines = Items(linesNode, "inputs.lines").Select((line, i) => Line(line, i)).ToList();
            var breakdown = ScoreBreakdown.FromLines(lines).Round(rounding);
            actual["total"] = JsonValue.Create(breakdown.Total.Value);
            var published = new JsonObject();
            foreach (var line in breakdown.Lines)
            {
                published[line.Key] = JsonValue.Create(line.Score.Value);
            }

            actual["lines"] = published;
        }

        return actual;
    }

    private static ScoreLine Line(JsonNode? node, int index)
    {
        var where = $"inputs.lines[{index}]";
        if (node is not JsonObject line || line["key"] is not JsonValue keyValue || !keyValue.TryGetValue<string>(out var key) || string.IsNullOrWhiteSpace(key))
        {
            throw new ScenarioException(CliMessages.ScenarioLineInvalid(where));
        }

        return new ScoreLine(key, new LocalizedText(key, key), Score.Of(Number(line["score"], where + ".score")));
    }

    private static IEnumerable<JsonNode?> Items(JsonNode node, string where) =>
        node as JsonArray ?? throw new ScenarioException(CliMessages.ScenarioNotArray(where));

    private static decimal Number(JsonNode? node, string where) =>
        node is JsonValue value && value.TryGetValue<decimal>(out var number)
            ? number
            : throw new ScenarioException(CliMessages.ScenarioNotNumber(where));
}
