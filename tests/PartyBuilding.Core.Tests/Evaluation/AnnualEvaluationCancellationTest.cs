using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>Issue 24 (embedding): a web host cancels an evaluation when its request is aborted.</summary>
public sealed class AnnualEvaluationCancellationTest
{
    [Fact]
    public void Run_WithACancelledToken_StopsWithOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var act = () => AnnualEvaluation.Run(EvaluationFixtures.Inputs, EvaluationFixtures.AsOf, cancelled.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Run_WithATokenNeverCancelled_GivesTheResultOfTheRunWithoutOne()
    {
        var result = AnnualEvaluation.Run(EvaluationFixtures.Inputs, EvaluationFixtures.AsOf, CancellationToken.None);

        result.Assessment.Receipt.Should().Be(EvaluationFixtures.Result.Assessment.Receipt);
    }
}
