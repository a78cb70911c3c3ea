using System.Text.Json.Nodes;
using PartyBuilding.Core.Responsibilities;
using static PartyBuilding.Cli.Scenarios.ScenarioInputs;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>
/// Scenario kind <c>responsibilities</c>: the duty status of every responsibility item and the responsibility score of
/// every organization (<see cref="ResponsibilityAssessmentEngine.Evaluate"/>) on a date.
/// </summary>
/// <remarks>
/// Inputs: <c>{ "scheme": …, "dataSet": …, "asOf": "2019-12-31" }</c> (a responsibility-scheme and a
/// responsibility-data-set, each inline content or a file path). Actual values:
/// <c>{ "organizations": { "BZ-001": { "score": 9.5, "maxPoints": 10, "strategy": "…", "done": 3, "due": 1,
/// "overdue": 0, "items": { "&lt;list&gt;/&lt;item&gt;": "Done" } } }, "contactPoints": { "&lt;member&gt;/&lt;organization&gt;":
/// { "branch": "BZ-001-B03", "status": "Due", "tasks": { "PartyLesson": { "status": "Due", "done": 0, "required": 1 } } } } }</c>
/// (an <c>Other</c> task is keyed <c>Other/&lt;its Chinese name&gt;</c>).
/// </remarks>
internal sealed class ResponsibilityScenarioHandler : IScenarioHandler
{
    public string Kind => "responsibilities";

    public JsonNode Run(Scenario scenario)
    {
        var inputs = Of(scenario, "scheme", "dataSet", "asOf");
        var scheme = Document<ResponsibilityScheme>(scenario, inputs, "scheme");
        var data = Document<ResponsibilityDataSet>(scenario, inputs, "dataSet");
        var assessment = ResponsibilityAssessmentEngine.Evaluate(data, scheme, Date(inputs, "asOf"));
        return new JsonObject
        {
            ["organizations"] = Keyed(assessment.Organizations, o => o.Organization.Value, o => new JsonObject
            {
                ["score"] = Number(o.Score),
                ["maxPoints"] = Number(o.MaxPoints),
                ["strategy"] = o.Strategy,
                ["done"] = o.Count(DutyStatus.Done),
                ["due"] = o.Count(DutyStatus.Due),
                ["overdue"] = o.Count(DutyStatus.Overdue),
                ["items"] = Keyed(o.Lists.SelectMany(l => l.Items), i => $"{i.ListId.Value}/{i.ItemId.Value}", i => Name<DutyStatus>(i.Status)),
            }),
            ["contactPoints"] = Keyed(assessment.ContactPoints, c => $"{c.Member.Member.Value}/{c.Organization.Value}", c => new JsonObject
            {
                ["branch"] = c.Branch.Value,
                ["status"] = Name<DutyStatus>(c.Status),
                ["tasks"] = Keyed(
                    c.Tasks,
                    t => t.Kind == ContactTaskKind.Other ? $"Other/{t.Name?.ZhCn}" : t.Kind.ToString(),
                    t => new JsonObject { ["status"] = Name<DutyStatus>(t.Status), ["done"] = t.DoneCount, ["required"] = t.RequiredCount }),
            }),
        };
    }
}
