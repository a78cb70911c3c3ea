using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>Engines are thread-safe by construction: many threads over shared inputs give byte-identical results.</summary>
public sealed class ConcurrencyTest
{
    [Fact]
    public async Task AnnualEvaluation_RunOnEightThreadsOverSharedInputs_GivesIdenticalResults()
    {
        var inputs = EvaluationFixtures.Inputs;
        var expected = PartyBuildingJson.Serialize(EvaluationFixtures.Result.Assessment);

        var runs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            PartyBuildingJson.Serialize(AnnualEvaluation.Run(inputs, EvaluationFixtures.AsOf).Assessment))));

        runs.Should().AllSatisfy(json => json.Should().Be(expected));
    }

    [Fact]
    public async Task AnnualAssessment_ConcurrentEvaluationsOfOneDataSet_AgreeWithTheSequentialOne()
    {
        var result = EvaluationFixtures.Result;
        var scheme = EvaluationFixtures.Inputs.Scheme;
        var sequential = AnnualAssessment.Evaluate(result.Data, scheme, EvaluationFixtures.AsOf);

        var parallel = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => AnnualAssessment.Evaluate(result.Data, scheme, EvaluationFixtures.AsOf))));

        parallel.Should().AllSatisfy(r => r.Should().Be(sequential));
        sequential.Receipt.Should().Be(AssessmentReceipts.Compute(result.Data, scheme, EvaluationFixtures.AsOf), "an assessment run on its own receipts its data set");
    }
}
