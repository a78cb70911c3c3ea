using System.Text.Json.Nodes;
using PartyBuilding.Core.DoubleReview;
using static PartyBuilding.Cli.Scenarios.ScenarioInputs;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>
/// Scenario kind <c>double-review</c>: the aggregation of the rater groups' ballots, the weighted score and the grade
/// of every organization (<see cref="DoubleReviewEngine.Evaluate"/>) on a date.
/// </summary>
/// <remarks>
/// Inputs: <c>{ "scheme": …, "dataSet": …, "asOf": "2017-12-29" }</c> (a double-review-scheme and a
/// double-review-data-set, each inline content or a file path). Actual values:
/// <c>{ "results": { "BZ-001": { "score": 91.25, "exactScore": 91.2466, "grade": "Good", "groups": { "Members": { "score": 90, "cast": 12, "eligible": 12 } } } },
/// "failures": { "BZ-097/Members": { "reason": "BelowQuorum", "cast": 14, "eligible": 21, "quorum": "0.8", "minimumCast": 17,
/// "description": { "zhCn": "党员民主测评参评人数未达规定比例：…", "english": "Members' democratic evaluation: …" } } } }</c>. The quorum is
/// written as the scheme wrote it (<c>"2/3"</c>, <c>"0.8"</c>).
/// </remarks>
internal sealed class DoubleReviewScenarioHandler : IScenarioHandler
{
    public string Kind => "double-review";

    public JsonNode Run(Scenario scenario)
    {
        var inputs = Of(scenario, "scheme", "dataSet", "asOf");
        var outcome = DoubleReviewEngine.Evaluate(
            Document<DoubleReviewDataSet>(scenario, inputs, "dataSet"),
            Document<DoubleReviewScheme>(scenario, inputs, "scheme"),
            Date(inputs, "asOf"));
        return new JsonObject
        {
            ["results"] = Keyed(outcome.Results, r => r.Organization.Value, r => new JsonObject
            {
                ["score"] = Number(r.Score),
                ["exactScore"] = Number(r.ExactScore),
                ["grade"] = Name<ReviewGrade>(r.Grade),
                ["groups"] = Keyed(r.Groups, g => g.Group.ToString(), g => new JsonObject
                {
                    ["score"] = Number(g.Score),
                    ["weight"] = Number(g.Weight),
                    ["cast"] = g.Cast,
                    ["eligible"] = g.Eligible,
                }),
            }),
            ["failures"] = Keyed(outcome.Failures, f => $"{f.Organization.Value}/{f.Group}", f => new JsonObject
            {
                ["reason"] = Name<RoundFailureReason>(f.Reason),
                ["cast"] = f.Cast,
                ["eligible"] = f.Eligible,
                ["quorum"] = f.Quorum.ToString(),
                ["minimumCast"] = f.MinimumCast,
                ["description"] = new JsonObject
                {
                    ["zhCn"] = f.Description.ZhCn,
                    ["english"] = f.Description.English,
                },
            }),
        };
    }
}
