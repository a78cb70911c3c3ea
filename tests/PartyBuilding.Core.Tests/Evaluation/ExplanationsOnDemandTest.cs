using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>
/// Issue 23, explanations on demand: the trees a result builds when asked are, node for node, the trees the engines
/// build at once (<see cref="DeferredExplanation.Eager"/>), for the bundled run and for every evaluation scenario's manifest.
/// </summary>
public sealed class ExplanationsOnDemandTest
{
    public static TheoryData<string> Manifests => new()
    {
        "evaluation/binzhou-2018.json",
        "scenarios/evaluation/documents/manifest.json",
        "scenarios/evaluation/documents/manifest-supervision.json",
    };

    [Theory]
    [MemberData(nameof(Manifests))]
    public void LibraryRule_OnDemandTrees_AreTheEagerTrees_NodeForNode(string manifest)
    {
        var eager = Run(manifest, eager: true);
        var onDemand = Run(manifest, eager: false);

        Documents(onDemand).Should().Equal(Documents(eager));
        onDemand.Should().Be(eager, "every explanation tree of every area compares equal, built either way");
    }

    [Fact]
    public void LibraryRule_OnDemandTrees_AreBuiltAgainOnEveryRead_AndCompareEqual()
    {
        var result = Run("evaluation/binzhou-2018.json", eager: false);
        var organization = result.Assessment.Organizations[0];

        var first = organization.Explanation;
        var second = organization.Explanation;

        second.Should().Be(first);
        first.Verify().Should().BeEmpty();
    }

    private static AnnualEvaluationResult Run(string manifest, bool eager)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "seeds", manifest);
        var folder = Path.GetDirectoryName(path)!;
        var previous = DeferredExplanation.Eager;
        DeferredExplanation.Eager = eager;
        try
        {
            using var stream = File.OpenRead(path);
            var (inputs, asOf) = EvaluationManifestLoader.Load(stream, relative => File.OpenRead(Path.GetFullPath(Path.Combine(folder, relative))));
            return AnnualEvaluation.Run(inputs, asOf);
        }
        finally
        {
            DeferredExplanation.Eager = previous;
        }
    }

    private static string[] Documents(AnnualEvaluationResult result) =>
    [
        PartyBuildingJson.Serialize(result.Assessment),
        PartyBuildingJson.Serialize(result.Data),
        Json(result.DoubleReview),
        Json(result.Standardization),
        Json(result.MemberPoints),
    ];

    private static string Json<T>(T? content)
        where T : class, IDocumentContent => content is null ? "null" : PartyBuildingJson.Serialize(content);
}
