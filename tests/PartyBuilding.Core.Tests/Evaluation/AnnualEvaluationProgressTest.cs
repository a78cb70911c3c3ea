using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>
/// Issue 23 (cancellation and progress): the annual evaluation reports each step as it begins — the documents' checks, one
/// step per area that runs, the assessment — so that a tool or a web host can show how far a province run has come; issue 24
/// (records done): each report says how many input records the steps before it did, and a last one that every record is done.
/// </summary>
public sealed class AnnualEvaluationProgressTest
{
    [Fact]
    public void Run_WithProgress_ReportsEveryStepInOrder_TheDocumentsFirst_OneStepPerArea_TheAssessmentLast()
    {
        var reports = new List<EvaluationProgress>();

        AnnualEvaluation.Run(EvaluationFixtures.Inputs, EvaluationFixtures.AsOf, new Recorder(reports));

        var steps = reports.Where(r => r.Stage != EvaluationStage.Completed).ToList();
        steps.Select(r => r.Step).Should().Equal(Enumerable.Range(1, steps.Count));
        reports.Should().OnlyContain(r => r.Steps == steps.Count);
        steps[0].Stage.Should().Be(EvaluationStage.CheckingDocuments);
        steps[^1].Stage.Should().Be(EvaluationStage.Assessing);
        steps.Skip(1).SkipLast(1).Should().OnlyContain(r => r.Stage == EvaluationStage.RunningArea && r.Area != null);
        steps.Where(r => r.Stage == EvaluationStage.RunningArea).Select(r => r.Area)
            .Should().Equal("doubleReview", "standardization", "memberPoints", "responsibilities", "rectification");
    }

    [Fact]
    public void Run_WithProgress_ReportsTheRecordsDone_FromNone_NeverDecreasing_ToTheTotalOnCompletion()
    {
        var reports = new List<EvaluationProgress>();

        AnnualEvaluation.Run(EvaluationFixtures.Inputs, EvaluationFixtures.AsOf, new Recorder(reports));

        var total = InputRecords.Of(EvaluationFixtures.Inputs);
        total.Should().BeGreaterThan(EvaluationFixtures.Inputs.MemberPointsData!.Declarations.Length * 2L);
        reports.Should().OnlyContain(r => r.RecordsTotal == total);
        reports[0].RecordsDone.Should().Be(0);
        reports.Select(r => r.RecordsDone).Should().BeInAscendingOrder();
        reports.Select(r => r.RecordsDone).Should().OnlyContain(done => done >= 0 && done <= total);
        reports[^1].Should().BeEquivalentTo(new { Stage = EvaluationStage.Completed, Step = reports[^2].Steps, RecordsDone = total });
        reports.Count(r => r.Stage == EvaluationStage.Completed).Should().Be(1);
    }

    [Fact]
    public void Run_WithProgress_AnAreaBeginsWithTheRegistryAndTheAreasBeforeItDone()
    {
        var reports = new List<EvaluationProgress>();
        var inputs = EvaluationFixtures.Inputs;

        AnnualEvaluation.Run(inputs, EvaluationFixtures.AsOf, new Recorder(reports));

        var registry = InputRecords.Of(inputs.Organizations) + InputRecords.Of(inputs.OrganizationEvents);
        var doubleReview = reports.Single(r => r.Area == "doubleReview");
        var standardization = reports.Single(r => r.Area == "standardization");
        var points = reports.Single(r => r.Area == "memberPoints");
        doubleReview.RecordsDone.Should().BeGreaterThanOrEqualTo(registry);
        (standardization.RecordsDone - doubleReview.RecordsDone).Should().Be(InputRecords.Of(inputs.DoubleReviewData));
        (points.RecordsDone - standardization.RecordsDone).Should().Be(InputRecords.Of(inputs.StandardizationData));
        (reports[^1].RecordsDone - reports[^2].RecordsDone).Should().Be(InputRecords.Of(inputs.GivenInputs), "the given inputs are the assessment's");
    }

    [Fact]
    public void InputRecords_CountTheRowsOfTheDocuments_NotTheirSettings()
    {
        var inputs = EvaluationFixtures.Inputs;
        var snapshot = inputs.Organizations;
        var points = inputs.MemberPointsData!;

        InputRecords.Of(snapshot).Should().Be(snapshot.Organizations.Length + snapshot.Members.Length + snapshot.Roles.Length);
        InputRecords.Of(points).Should().Be(points.Branches.Length + points.Roster.Length + points.Declarations.Length + points.Audits.Length + points.MassReviews.Length);
        InputRecords.Of(inputs.DoubleReviewData).Should().Be(inputs.DoubleReviewData!.Ballots.Length);
        InputRecords.Of(inputs.Scheme).Should().Be(0);
        InputRecords.Of(inputs.MemberPointsScheme).Should().Be(0);
        InputRecords.Of((object?)null).Should().Be(0);
    }

    [Fact]
    public void Run_WithProgress_LabelsTheCompletionInBothLanguages_ChineseWithoutEnglish()
    {
        var reports = new List<EvaluationProgress>();

        AnnualEvaluation.Run(EvaluationFixtures.Inputs, EvaluationFixtures.AsOf, new Recorder(reports));

        reports[^1].Label.Should().Be(new LocalizedText("评价完成", "evaluation complete"));
        reports.Should().OnlyContain(r => !System.Text.RegularExpressions.Regex.IsMatch(r.Label.ZhCn, "[A-Za-z]"));
        EvaluationLabels.EvaluationStages[EvaluationStage.Completed].ZhCn.Should().Be("评价完成");
    }

    [Fact]
    public void Run_Failing_ReportsNoCompletion()
    {
        var reports = new List<EvaluationProgress>();
        var inputs = EvaluationFixtures.Inputs with { Committee = OrganizationId.Parse("XX-WC") };

        var act = () => AnnualEvaluation.Run(inputs, EvaluationFixtures.AsOf, new Recorder(reports));

        act.Should().Throw<PartyBuildingValidationException>();
        reports.Should().NotContain(r => r.Stage == EvaluationStage.Completed);
    }

    [Fact]
    public void Run_WithProgress_LabelsEachStepInBothLanguages_NamingTheArea()
    {
        var reports = new List<EvaluationProgress>();

        AnnualEvaluation.Run(EvaluationFixtures.Inputs, EvaluationFixtures.AsOf, new Recorder(reports));

        reports.Single(r => r.Area == "memberPoints").Label.Should().Be(new LocalizedText("计算：党员积分管理", "running: member points"));
        reports[0].Label.ZhCn.Should().Be("校验文件并核对组织结构");
        reports.Single(r => r.Stage == EvaluationStage.Assessing).Label.English.Should().Be("assessing and ranking");
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
        reports.Should().NotContain(r => r.Stage == EvaluationStage.Completed);
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
