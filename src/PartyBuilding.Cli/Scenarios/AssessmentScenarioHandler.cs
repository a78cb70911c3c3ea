using System.Text.Json.Nodes;
using PartyBuilding.Core.Assessment;
using static PartyBuilding.Cli.Scenarios.ScenarioInputs;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>
/// Scenario kind <c>assessment</c>: the annual total, grade band and ranks of every organization
/// (<see cref="AnnualAssessment.Evaluate(AssessmentDataSet, AssessmentScheme, NodaTime.LocalDate)"/>).
/// </summary>
/// <remarks>
/// Inputs: <c>{ "scheme": …, "dataSet": …, "asOf": "2024-12-31" }</c> (an assessment-scheme and an
/// assessment-data-set, each inline content or a file path). Actual values:
/// <c>{ "organizations": { "BZ-001": { "total": 91.5, "publishedTotal": 91.5, "regularScore": 90, "bonus": 2,
/// "deduction": 0.5, "scoreBand": "Good", "band": "Good", "committeeRank": 3, "districtRank": 1,
/// "components": { id: contribution }, "bonuses": { id: { "claimed", "cap", "counted" } }, "deductions": { … },
/// "rules": ["…"] } } }</c>.
/// </remarks>
internal sealed class AssessmentScenarioHandler : IScenarioHandler
{
    public string Kind => "assessment";

    public JsonNode Run(Scenario scenario)
    {
        var inputs = Of(scenario, "scheme", "dataSet", "asOf");
        var result = AnnualAssessment.Evaluate(
            Document<AssessmentDataSet>(scenario, inputs, "dataSet"),
            Document<AssessmentScheme>(scenario, inputs, "scheme"),
            Date(inputs, "asOf"));
        return new JsonObject
        {
            ["banding"] = result.Banding.Name,
            ["ranking"] = result.Ranking.Name,
            ["organizations"] = Keyed(result.Organizations, o => o.Organization.Value, o => new JsonObject
            {
                ["district"] = o.District.Value,
                ["total"] = Number(o.Total),
                ["publishedTotal"] = Number(o.PublishedTotal),
                ["regularScore"] = Number(o.RegularScore),
                ["bonus"] = Number(o.Bonus),
                ["deduction"] = Number(o.Deduction),
                ["scoreBand"] = Name<GradeBand>(o.ScoreBand),
                ["band"] = Name<GradeBand>(o.Band),
                ["committeeRank"] = o.CommitteeRank,
                ["districtRank"] = o.DistrictRank,
                ["components"] = Keyed(o.Components, c => c.Component.Value, c => Number(c.Contribution)),
                ["bonuses"] = Keyed(o.Bonuses, f => f.Factor.Value, Factor),
                ["deductions"] = Keyed(o.Deductions, f => f.Factor.Value, Factor),
                ["rules"] = new JsonArray([.. o.Rules.Select(r => (JsonNode?)JsonValue.Create(r.Rule.Value))]),
            }),
        };
    }

    private static JsonObject Factor(FactorLine line) => new()
    {
        ["claimed"] = Number(line.Claimed),
        ["cap"] = Number(line.Cap),
        ["counted"] = Number(line.Counted),
    };
}
