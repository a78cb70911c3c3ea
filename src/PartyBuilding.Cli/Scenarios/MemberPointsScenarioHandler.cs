using System.Text.Json.Nodes;
using PartyBuilding.Core.MemberPoints;
using static PartyBuilding.Cli.Scenarios.ScenarioInputs;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>
/// Scenario kind <c>member-points</c>: the yearly points and grade of every member and the grade counts of every branch
/// (<see cref="MemberPointsEngine.Evaluate"/>) on a date.
/// </summary>
/// <remarks>
/// Inputs: <c>{ "scheme": …, "dataSet": …, "asOf": "2018-12-31" }</c> (a member-points-scheme and a
/// member-points-data-set, each inline content or a file path). Actual values:
/// <c>{ "members": { "BZ-001-B01-M001": { "points": 112, "grade": "Excellent", "ungraded": null } },
/// "branches": { "BZ-001-B01": { "graded": 20, "excellent": 3, "qualified": 15, "basicallyQualified": 1, "unqualified": 1, "score": 88 } },
/// "committee": { … the same counts … } }</c>.
/// </remarks>
internal sealed class MemberPointsScenarioHandler : IScenarioHandler
{
    public string Kind => "member-points";

    public JsonNode Run(Scenario scenario)
    {
        var inputs = Of(scenario, "scheme", "dataSet", "asOf");
        var result = MemberPointsEngine.Evaluate(
            Document<MemberPointsDataSet>(scenario, inputs, "dataSet"),
            Document<PointsScheme>(scenario, inputs, "scheme"),
            Date(inputs, "asOf"));
        return new JsonObject
        {
            ["members"] = Keyed(result.Members, m => m.MemberId.Value, m => new JsonObject
            {
                ["points"] = Number(m.Points),
                ["grade"] = Name(m.Grade),
                ["ungraded"] = Name(m.Ungraded),
            }),
            ["branches"] = Keyed(result.Branches, b => b.OrganizationId.Value, Statistics),
            ["committee"] = Statistics(result.Committee),
        };
    }

    private static JsonObject Statistics(PointsStatistics s) => new()
    {
        ["members"] = s.Members,
        ["graded"] = s.Graded,
        ["excellent"] = s.Excellent,
        ["qualified"] = s.Qualified,
        ["basicallyQualified"] = s.BasicallyQualified,
        ["unqualified"] = s.Unqualified,
        ["averagePoints"] = Number(s.AveragePoints),
        ["score"] = Number(s.Score),
    };
}
