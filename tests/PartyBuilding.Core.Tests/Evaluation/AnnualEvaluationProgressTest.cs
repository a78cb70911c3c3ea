using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>
/// Issue 23 (cancellation and progress): the annual evaluation reports each step as it begins — the documents' checks, one
/// step per area that runs, the assessment — so that a tool or a web host can show how far a province run has come.
/// </summary>
public sealed class AnnualEvaluationProgressTest
{
    [Fact]
    public void Run_WithProgress_ReportsEveryStepInOrder_TheDocumentsFirst_OneStepPerArea_TheAssessmentLast()
    {
        var reports = new List<EvaluationProgress>();

        AnnualEvaluation.Run(EvaluationFixtures.Inputs, EvaluationFixtures.AsOf, new Recorder(reports));

        reports.Select(r => r.Step).Should().Equal(Enumerable.Range(1, reports.Count));
        reports.Should().OnlyContain(r => r.Steps == reports.Count);
        reports[0].Stage.Should().Be(EvaluationStage.CheckingDocuments);
        reports[^1].Stage.Should().Be(EvaluationStage.Assessing);
        reports.Skip(1).SkipLast(1).Should().OnlyContain(r => r.Stage == EvaluationStage.RunningArea && r.Area != null);
        reports.Where(r => r.Stage == EvaluationStage.RunningArea).Select(r => r.Area)
            .Should().Equal("doubleReview", "standardization", "memberPoints", "responsibilities", "rectification");
    }

    [Fact]
    public void Run_WithProgress_LabelsEachStepInBothLanguages_NamingTheArea()
    {
        var reports = new List<EvaluationProgress>();

        AnnualEvaluation.Run(EvaluationFixtures.Inputs, EvaluationFixtures.AsOf, new Recorder(reports));

        reports.Single(r => r.Area == "memberPoints").Label.Should().Be(new LocalizedText("计算：党员积分管理", "running: member points"));
        reports[0].Label.ZhCn.Should().Be("校验文件并核对组织结构");
        reports[^1].Label.English.Should().Be("assessing and ranking");
    }

    [Fact]
    public void Run_WithProgress_GivesTheResultOfTheRunWithout()
    {
        var result = AnnualEvaluation.Run(EvaluationFixtures.Inputs, EvaluationFixtures.AsOf, new Recorder([]));

        result.Assessment.Receipt.Should().Be(EvaluationFixtures.Result.Assessment.Receipt);
    }

    [Fact]
    public void Run_CancelledWhileAStepIsReported_StopsBeforeTheNextStep()
    {
        using var source = new CancellationTokenSource();
        var reports = new List<EvaluationProgress>();
        var cancelAtSecond = new Recorder(reports, r =>
        {
            if (r.Step == 2)
            {
                source.Cancel();
            }
        });

        var act = () => AnnualEvaluation.Run(EvaluationFixtures.Inputs, EvaluationFixtures.AsOf, cancelAtSecond, source.Token);

        act.Should().Throw<OperationCanceledException>();
        reports.Select(r => r.Step).Should().Equal(1, 2);
    }

    /// <summary>A synchronous observer: <see cref="Progress{T}"/> would post the reports to the thread pool, out of order.</summary>
    private sealed class Recorder(List<EvaluationProgress> reports, Action<EvaluationProgress>? then = null) : IProgress<EvaluationProgress>
    {
        public void Report(EvaluationProgress value)
        {
            reports.Add(value);
            then?.Invoke(value);
        }
    }
}
