using System.Text;
using System.Text.Json.Nodes;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Supervision;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Cli.Scenarios.ScenarioInputs;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>
/// Scenario kind <c>evaluation</c>: a whole annual evaluation (<see cref="AnnualEvaluation.Run(AnnualEvaluationInputs, NodaTime.LocalDate, CancellationToken)"/>) from an evaluation
/// manifest, read the way <c>pbeval evaluate</c> reads it, so that a scenario can pin what only the documents together
/// decide — every reference of every area document resolving against the one organization structure, the proportion by
/// which double review counts, the ranking.
/// </summary>
/// <remarks>
/// Inputs: <c>{ "manifest": …, "replace": { "doubleReviewData": …, … } }</c>. <c>manifest</c> is the path of an
/// evaluation-manifest file (its document paths relative to it) or inline manifest content (paths relative to the
/// scenario file). <c>replace</c>, optional, swaps documents of the manifest by the manifest's own names
/// (<c>organizationSnapshot</c>, <c>doubleReviewData</c>, <c>memberPointsData</c>, <c>organizationalLifeRecords</c>, …), each inline content or a file path
/// relative to the scenario, so a scenario shows the one document it makes defective. Actual values of a refused
/// evaluation: <c>{ "refused": true, "problemCount": 3, "problems": { "doubleReviewData.Ballots[4].Rater": [ { "code":
/// "EVAL.MEMBER_UNKNOWN", "value": "SC-001-B01-M009" } ] } }</c> (every problem, keyed by path, codes in order); of an
/// evaluation that runs: <c>{ "refused": false, "organizations": { "SC-001": { "total": 88.565, "publishedTotal": 88.57, "band": "Good",
/// "committeeRank": 1, "rules": [], "reasons": { "DOWN-ACC": "…" }, "deductions": { "SUP-PASTDUE": 1 } } }, "missing": { "SC-002/DR": "…" } }</c>.
/// </remarks>
internal sealed class EvaluationScenarioHandler : IScenarioHandler
{
    private const string Replaced = "scenario-replace:";

    private static readonly LocalizedText ManifestInput = LocalizedText.AsGiven("inputs.manifest");

    // The manifest's document names and the kind of each, for replacements given inline.
    private static readonly ImmutableSortedDictionary<string, string> Kinds = new Dictionary<string, string>
    {
        ["organizationSnapshot"] = OrganizationSnapshot.DocumentKind,
        ["organizationEvents"] = OrganizationEventLog.DocumentKind,
        ["assessmentScheme"] = AssessmentScheme.DocumentKind,
        ["givenInputs"] = AssessmentDataSet.DocumentKind,
        ["doubleReviewScheme"] = DoubleReviewScheme.DocumentKind,
        ["doubleReviewData"] = DoubleReviewDataSet.DocumentKind,
        ["standardizationCatalogue"] = IndicatorCatalogue.DocumentKind,
        ["standardizationTiers"] = TierScheme.DocumentKind,
        ["standardizationData"] = StandardizationDataSet.DocumentKind,
        ["memberPointsScheme"] = PointsScheme.DocumentKind,
        ["memberPointsData"] = MemberPointsDataSet.DocumentKind,
        ["responsibilityScheme"] = ResponsibilityScheme.DocumentKind,
        ["responsibilityData"] = ResponsibilityDataSet.DocumentKind,
        ["rectificationLedger"] = RectificationLedger.DocumentKind,
        ["organizationalLifeRecords"] = OrganizationalLifeRecords.DocumentKind,
        ["organizationalLifeScheme"] = OrganizationalLifeScheme.DocumentKind,
        ["supervisionCatalogue"] = SupervisionCatalogue.DocumentKind,
        ["supervisionRecords"] = SupervisionRecords.DocumentKind,
        ["accountabilityRecords"] = AccountabilityRecords.DocumentKind,
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    public string Kind => "evaluation";

    public JsonNode Run(Scenario scenario)
    {
        var inputs = Of(scenario, "manifest", "replace");
        var scenarioDirectory = scenario.Directory;
        var (manifest, manifestDirectory) = ReadManifest(scenario, inputs["manifest"], scenarioDirectory);
        var replacements = Replacements(inputs["replace"], manifest);

        AnnualEvaluationResult result;
        try
        {
            var (evaluationInputs, asOf) = EvaluationManifestLoader.Load(
                new MemoryStream(Encoding.UTF8.GetBytes(manifest.ToJsonString())),
                path => Open(scenario, path, manifestDirectory, replacements));
            result = AnnualEvaluation.Run(evaluationInputs, asOf);
        }
        catch (PartyBuildingValidationException e)
        {
            return Refused(e.Problems);
        }

        return new JsonObject
        {
            ["refused"] = false,
            ["organizations"] = Keyed(result.Assessment.Organizations, o => o.Organization.Value, o => new JsonObject
            {
                ["total"] = Number(o.Total),
                ["publishedTotal"] = Number(o.PublishedTotal),
                ["band"] = Name<GradeBand>(o.Band),
                ["committeeRank"] = o.CommitteeRank,
                ["rules"] = Sorted(o.Rules.Select(r => r.Rule.Value)),
                ["reasons"] = Keyed(o.Rules, r => r.Rule.Value, r => JsonValue.Create(r.Reason.English)),
                ["deductions"] = Keyed(o.Deductions, d => d.Factor.Value, d => Number(d.Counted)),
            }),
            ["missing"] = Keyed(result.Missing, m => $"{m.Organization.Value}/{m.Component.Value}", m => JsonValue.Create(m.Reason.English)),
        };
    }

    private static JsonObject Refused(ImmutableArray<ValidationProblem> problems)
    {
        var byPath = new JsonObject();
        foreach (var group in problems.GroupBy(p => p.Path).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            byPath[group.Key] = new JsonArray([.. group
                .OrderBy(p => p.ErrorCode, StringComparer.Ordinal)
                .ThenBy(p => p.AttemptedValue, StringComparer.Ordinal)
                .Select(p => (JsonNode?)new JsonObject { ["code"] = p.ErrorCode, ["value"] = p.AttemptedValue })]);
        }

        return new JsonObject { ["refused"] = true, ["problemCount"] = problems.Length, ["problems"] = byPath };
    }

    // The manifest as a document (inline content is wrapped), and the directory its document paths are relative to.
    private static (JsonObject Manifest, string Directory) ReadManifest(Scenario scenario, JsonNode? node, string scenarioDirectory)
    {
        switch (node)
        {
            case JsonObject content:
                return (Envelope(EvaluationManifest.DocumentKind, content), scenarioDirectory);
            case JsonValue value when value.TryGetValue<string>(out var relative) && !string.IsNullOrWhiteSpace(relative):
                var path = Path.Combine(scenarioDirectory, relative);
                return (ScenarioJson.ReadJson(scenario, scenarioDirectory, relative, ManifestInput) as JsonObject
                    ?? throw new ScenarioException(CliMessages.ScenarioNotManifest(relative)), Path.GetDirectoryName(path) ?? ".");

            default:
                throw new ScenarioException(CliMessages.ScenarioManifestMissing(scenario.Name));
        }
    }

    // Points each replaced document of the manifest at its replacement; the loader then opens it through Open.
    private static ImmutableSortedDictionary<string, JsonNode> Replacements(JsonNode? node, JsonObject manifest)
    {
        if (node is null)
        {
            return ImmutableSortedDictionary<string, JsonNode>.Empty;
        }

        if (node is not JsonObject replace || manifest["content"]?["documents"] is not JsonObject documents)
        {
            throw new ScenarioException(CliMessages.ScenarioReplaceInvalid);
        }

        var replacements = ImmutableSortedDictionary.CreateBuilder<string, JsonNode>(StringComparer.Ordinal);
        foreach (var (name, replacement) in replace)
        {
            if (!Kinds.TryGetValue(name, out var kind))
            {
                throw new ScenarioException(CliMessages.ScenarioUnknownReplaced(name, string.Join(", ", Kinds.Keys)));
            }

            replacements[name] = replacement switch
            {
                JsonObject content => Envelope(kind, content),
                JsonValue value when value.TryGetValue<string>(out var path) && !string.IsNullOrWhiteSpace(path) => value.DeepClone(),
                _ => throw new ScenarioException(CliMessages.ScenarioDocumentForm($"inputs.replace.{name}", kind)),
            };
            documents[name] = Replaced + name;
        }

        return replacements.ToImmutable();
    }

    private static MemoryStream Open(Scenario scenario, string path, string manifestDirectory, ImmutableSortedDictionary<string, JsonNode> replacements)
    {
        if (!path.StartsWith(Replaced, StringComparison.Ordinal))
        {
            return new MemoryStream(ScenarioJson.ReadFile(scenario, manifestDirectory, path, ManifestInput));
        }

        var name = path[Replaced.Length..];
        return replacements[name] is JsonValue relative
            ? new MemoryStream(ScenarioJson.ReadFile(scenario, scenario.Directory, relative.GetValue<string>(), LocalizedText.AsGiven($"inputs.replace.{name}")))
            : new MemoryStream(Encoding.UTF8.GetBytes(replacements[name].ToJsonString()));
    }

    private static JsonObject Envelope(string kind, JsonObject content) => new()
    {
        ["schemaVersion"] = PartyBuildingJson.SchemaVersion,
        ["kind"] = kind,
        ["content"] = content.DeepClone(),
    };
}
