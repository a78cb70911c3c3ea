using System.Text.Json.Nodes;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Scenarios;

public sealed class ScenarioDocsTest
{
    private static string RepositoryRoot() => RepositoryFiles.Root;

    [Fact]
    public void Docs_AssessmentScenarioExample_IsTheSeedFile()
    {
        const string File = "seeds/scenarios/assessment/scheme-2024-veto-caps-and-downgrade-lowers-the-band.scenario.json";
        var document = System.IO.File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "cli.md"));
        var start = document.IndexOf("```json\n", document.IndexOf($"(`{File}`)", StringComparison.Ordinal), StringComparison.Ordinal) + "```json\n".Length;
        var example = JsonNode.Parse(document[start..document.IndexOf("```", start, StringComparison.Ordinal)]);

        JsonNode.DeepEquals(example, JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(RepositoryRoot(), File)))).Should().BeTrue();
    }

    [Fact]
    public void Docs_EvaluationScenarioRun_IsTheRealOutput()
    {
        var run = CliRun.In(DisplayLanguage.English, "test", Path.Combine(Seeds.Scenarios, "evaluation"));
        var document = System.IO.File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "evaluation.md"));

        run.Stdout.Should().EndWith("11 passed, 0 failed, 11 scenario(s).\n");
        document.Should().Contain("$ pbeval test seeds/scenarios/evaluation\n" + run.Stdout);
    }
}
