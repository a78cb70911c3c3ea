using System.Text.Json.Nodes;
using PartyBuilding.Core.Organizations;
using static PartyBuilding.Cli.Scenarios.ScenarioInputs;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>
/// Scenario kind <c>organization-compliance</c>: the compliance findings of an organization tree
/// (<see cref="ComplianceChecker.Check"/>) on a date, after the event log.
/// </summary>
/// <remarks>
/// Inputs: <c>{ "snapshot": …, "log": …, "asOf": "2019-12-31" }</c> (<c>snapshot</c> an organization-snapshot,
/// <c>log</c> an optional organization-event-log; each inline content or a file path). Actual values:
/// <c>{ "organizations": { "BZ-030-B01": { "rules": ["branch-over-100", …], "measured": { rule: n }, "threshold": { rule: n } } } }</c>
/// for every organization of the tree on that date (<c>rules</c> empty when it complies), and
/// <c>"findings"</c>, the number of findings.
/// </remarks>
internal sealed class OrganizationComplianceScenarioHandler : IScenarioHandler
{
    public string Kind => "organization-compliance";

    public JsonNode Run(Scenario scenario)
    {
        var inputs = Of(scenario, "snapshot", "log", "asOf");
        var snapshot = Document<OrganizationSnapshot>(scenario, inputs, "snapshot");
        var log = OptionalDocument<OrganizationEventLog>(scenario, inputs, "log");
        var tree = OrganizationsEngine.Evaluate(snapshot, log, Date(inputs, "asOf"));
        var report = ComplianceChecker.Check(tree);
        var organizations = tree.Roots.SelectMany(root => tree.Subtree(root.Id)).DistinctBy(o => o.Id);
        return new JsonObject
        {
            ["findings"] = report.Findings.Length,
            ["organizations"] = Keyed(organizations, o => o.Id.Value, o =>
            {
                var findings = report.For(o.Id);
                return new JsonObject
                {
                    ["rules"] = Sorted(findings.Select(f => f.Rule)),
                    ["measured"] = Keyed(findings.DistinctBy(f => f.Rule), f => f.Rule, f => JsonValue.Create(f.Measured)),
                    ["threshold"] = Keyed(findings.DistinctBy(f => f.Rule), f => f.Rule, f => JsonValue.Create(f.Threshold)),
                };
            }),
        };
    }
}
