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
        var missing = result.Missing.Select(m => $"{m.Organization} {m.Component}: {m.Reason}").ToArray();
        var tree = first.Explanation.ToText(DisplayLanguage.English);

        line.Should().Be("BZ-035 D2 97.49 Good #1");
        missing.Should().Equal("BZ-097 DR: double review failed: Members in round ToMembers: BelowQuorum, 21 of 31 cast, quorum 0.8");
        tree.Should().StartWith("Annual assessment score (published): 97.49  [round-half-away-from-zero scale=2]")
            .And.Contain("Double review score (100-point scale): 97.23  [published-score scale=100]")
            .And.Contain("Branch standardization score (mean of the branches): 98.13  [mean-rounded branches=4, scale=2]")
            .And.Contain("Member-points statistics score: 100.00  [published-score scale=100]");
        result.Assessment.Organizations.Should().HaveCount(96);
    }
}
