using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>The example of docs/evaluation.md, verbatim, so that it is known to work.</summary>
public sealed class DocsExampleTest
{
    private static string Seeds => Path.Combine(AppContext.BaseDirectory, "seeds", "evaluation");

    [Fact]
    public void Example_EvaluateTheBundledManifest()
    {
        // docs/evaluation.md — "Example"
        using var manifest = File.OpenRead(Path.Combine(Seeds, "binzhou-2018.json"));
        var (inputs, asOf) = EvaluationManifestLoader.Load(manifest, path => File.OpenRead(Path.Combine(Seeds, path)));

        var result = AnnualEvaluation.Run(inputs, asOf);

        var first = result.Assessment.Organizations[0];
        var line = $"{first.Organization} {first.District} {first.PublishedTotal} {first.Band} #{first.CommitteeRank}";
        var missing = result.Missing.Select(m => $"{m.Organization} {m.Component}: {m.Reason.English}").ToArray();
        var tree = first.Explanation.ToText(DisplayLanguage.English);

        line.Should().Be("BZ-063 D4 97.99 Good #1");
        missing.Should().Equal("BZ-097 DR: double review invalid: round 1 (Report to the members), Members' democratic evaluation: participation below the quorum, 11 of 17 raters took part, 80% required (at least 14); the round is invalid");
        tree.Should().StartWith("Annual assessment score (published): 97.99  [round-half-away-from-zero scale=2]")
            .And.Contain("Double review score (100-point scale): 97.49  [published-score scale=100]")
            .And.Contain("Branch standardization score (mean of the branches): 98.86  [mean-rounded branches=2, scale=2, vetoed-branches=count]")
            .And.Contain("Member-points statistics score: 100.00  [published-score scale=100]")
            .And.Contain("Responsibility lists score (100-point scale): 100.00  [scale-to-100 max-points=100, scale=2]")
            .And.Contain("Rectification score (share of measures not overdue): 100.00  [share-not-overdue measures=2, overdue=0, scale=2]");
        result.Assessment.Organizations.Should().HaveCount(96);
    }
}
