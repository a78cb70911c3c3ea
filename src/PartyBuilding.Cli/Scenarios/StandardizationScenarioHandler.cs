using System.Globalization;
using System.Text.Json.Nodes;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Cli.Scenarios.ScenarioInputs;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>
/// Scenario kind <c>standardization</c>: indicator scoring of branch assessments against a catalogue and the naming of
/// tiers year by year (<see cref="StandardizationEngine.Evaluate"/>).
/// </summary>
/// <remarks>
/// Inputs: <c>{ "catalogue": …, "tierScheme": …, "dataSet": …, "asOf": "2019-12-31" }</c> (a standardization-catalogue, a
/// standardization-tier-scheme and a standardization-data-set, each inline content or a file path, and the evaluation's date). Actual values:
/// <c>{ "results": { "BZ-001-B01": { "2018": { "score": 92, "rawPoints": 92, "vetoed": false, "vetoes": [], "aspects": { id: points },
/// "indicators": { id: points } } } }, "tiers": { "2018": { "BZ-001-B01": { "tier": "Advanced", "eligibleTier": "Advanced" } } },
/// "coverage": { "2018": { "committee": { "branches": 9, "covered": 6, "share": 0.6666666667, "target": "2/3", "meetsTarget": true },
/// "districts": { "D1": { … } }, "departments": { "BZ-001": { … } } } } }</c>. The target is as the scheme wrote it (<c>"2/3"</c> or
/// <c>"0.8"</c>, <see langword="null"/> when none applies); the share is the published, rounded figure, and whether the target is
/// met is decided by the counts.
/// </remarks>
internal sealed class StandardizationScenarioHandler : IScenarioHandler
{
    public string Kind => "standardization";

    public JsonNode Run(Scenario scenario)
    {
        var inputs = Of(scenario, "catalogue", "tierScheme", "dataSet", "asOf");
        var outcome = StandardizationEngine.Evaluate(
            Document<StandardizationDataSet>(scenario, inputs, "dataSet"),
            new StandardizationScheme(Document<IndicatorCatalogue>(scenario, inputs, "catalogue"), Document<TierScheme>(scenario, inputs, "tierScheme")),
            Date(inputs, "asOf"));
        return new JsonObject
        {
            ["results"] = Keyed(outcome.Results.GroupBy(r => r.BranchId), g => g.Key.Value, g => Keyed(g, r => Year(r.Year.Value), r => new JsonObject
            {
                ["score"] = Number(r.Score),
                ["rawPoints"] = Number(r.RawPoints),
                ["vetoed"] = r.IsVetoed,
                ["vetoes"] = Sorted(r.Vetoes.Select(v => v.Value)),
                ["aspects"] = Keyed(r.Aspects, a => a.AspectId.Value, a => Number(a.Points)),
                ["indicators"] = Keyed(r.AllIndicators(), i => i.IndicatorId.Value, i => Number(i.Points)),
            })),
            ["tiers"] = Keyed(outcome.Rounds, r => Year(r.Year.Value), r => Keyed(r.Namings, n => n.BranchId.Value, n => new JsonObject
            {
                ["tier"] = Name<BranchTier>(n.Tier),
                ["eligibleTier"] = Name<BranchTier>(n.EligibleTier),
            })),
            ["coverage"] = Keyed(outcome.Coverage, c => Year(c.Year.Value), c => new JsonObject
            {
                ["committee"] = Line(c.Committee),
                ["districts"] = Keyed(c.Districts, l => l.DistrictId?.Value ?? string.Empty, Line),
                ["departments"] = Keyed(c.Departments, l => l.OrganizationId?.Value ?? string.Empty, Line),
            }),
        };
    }

    private static JsonObject Line(CoverageLine line) => new()
    {
        ["branches"] = line.Branches,
        ["covered"] = line.Covered,
        ["share"] = Number(line.Share),
        ["target"] = line.Target?.ToString(),
        ["meetsTarget"] = line.MeetsTarget,
    };

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
