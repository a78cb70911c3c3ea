using System.Text.Json.Nodes;
using PartyBuilding.Core.Assessment;
using static PartyBuilding.Cli.Scenarios.ScenarioInputs;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>
/// Scenario kind <c>assessment</c>: the annual total, grade band and ranks of every organization
/// (<see cref="AnnualAssessment.Evaluate"/>).
/// </summary>
/// <remarks>
/// Inputs: <c>{ "scheme": …, "dataSet": …, "asOf": "2024-12-31" }</c> (an assessment-scheme and an
/// assessment-data-set, each inline content or a file path). Actual values:
/// <c>{ "organizations": { "BZ-001": { "total": 91.5, "publishedTotal": 91.5, "regularScore": 90, "bonus": 2,
/// "deduction": 0.5, "scoreBand": "Good", "band": "Good", "committeeRank": 3, "districtRank": 1,
/// "components": { id: contribution }, "bonuses": { id: { "claimed", "cap", "counted" } }, "deductions": { … },
/// "rules": ["…"], "scoreRank": 1, "rankedBy": "BandThenTotal", "applied": [ { "rule", "kind", "before", "after",
/// "alsoLowered": [ids] } ] } }, "policy": { "order": "BandThenTotal" } }</c>. A request the library refuses gives
/// <c>{ "problems": [ { "path", "code" } ] }</c> instead, so that a scenario can pin a refusal (a double penalty the
/// scheme does not allow, say).
/// </remarks>
internal sealed class AssessmentScenarioHandler : IScenarioHandler
{
    public string Kind => "assessment";

    public JsonNode Run(Scenario scenario)
    {
        var inputs = Of(scenario, "scheme", "dataSet", "asOf");
        var data = Document<AssessmentDataSet>(scenario, inputs, "dataSet");
        var scheme = Document<AssessmentScheme>(scenario, inputs, "scheme");
        var asOf = Date(inputs, "asOf");
        var report = AnnualAssessment.Validate(data, scheme, asOf);
        if (!report.IsValid)
        {
            return new JsonObject
            {
                ["problems"] = new JsonArray([.. report.Problems.Select(p => (JsonNode?)new JsonObject { ["path"] = p.Path, ["code"] = p.ErrorCode })]),
            };
        }

        var result = AnnualAssessment.Evaluate(data, scheme, asOf);
        return new JsonObject
        {
            ["banding"] = result.Banding.Name,
            ["ranking"] = result.Ranking.Name,
            ["policy"] = new JsonObject { ["order"] = Name<PublishedRankOrder>(result.Policy.Order) },
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
                ["scoreRank"] = o.ScoreRank,
                ["rankedBy"] = Name<PublishedRankOrder>(o.RankedBy),
                ["applied"] = new JsonArray([.. o.Rules.Select(r => (JsonNode?)new JsonObject
                {
                    ["rule"] = r.Rule.Value,
                    ["kind"] = Name<PrecedenceRuleKind>(r.Kind),
                    ["before"] = Name<GradeBand>(r.Before),
                    ["after"] = Name<GradeBand>(r.After),
                    ["alsoLowered"] = new JsonArray([.. r.AlsoLowered.Select(c => (JsonNode?)JsonValue.Create(c.Value))]),
                })]),
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
