// A consumer of the PartyBuilding.Core package, as an agency system would write it.
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

// 1. Exact scores: a component enters the total by its weight, without rounding on the way.
var doubleReview = Score.Of(91.25m) * Proportion.FromPercent(30m);
var standardization = Score.Of(88.40m) * Proportion.FromPercent(70m);
var breakdown = ScoreBreakdown.FromLines(
[
    new ScoreLine("double-review", new LocalizedText("双述双评", "Double review"), doubleReview),
    new ScoreLine("standardization", new LocalizedText("支部标准化", "Standardization"), standardization),
]).Round(ScoreRounding.Default);

// 2. An explanation that travels as a JSON document and comes back identical.
var explanation = Explanation.Sum(
    new LocalizedText("年度得分", "Annual score"),
    breakdown.Lines.Select(l => Explanation.Given(l.Label, l.Score.Value) with { Key = l.Key, Citation = Sources.Article002.At() }));
var json = PartyBuildingJson.Serialize(explanation);
var back = PartyBuildingJson.Deserialize<Explanation>(json);
if (back != explanation || back.Verify().Length != 0)
{
    Console.Error.WriteLine("round trip failed");
    return 1;
}

// 3. Bad input is reported with every problem, path and error code.
try
{
    PartyBuildingJson.Deserialize<Explanation>("""{"schemaVersion":"9.0","kind":"explanation","content":{}}""");
    Console.Error.WriteLine("bad document was accepted");
    return 1;
}
catch (PartyBuildingValidationException ex)
{
    Console.WriteLine($"rejected as expected: {ex.Problems[0]}");
}

Console.WriteLine(back.ToText(DisplayLanguage.English).TrimEnd());
Console.WriteLine($"total {breakdown.Total} = {string.Join(" + ", breakdown.Lines.Select(l => l.Score))}");
return 0;
