using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Standardization;

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

    [Fact]
    public void MemberPointsEngine_WithACancelledToken_StopsAfterValidation_BeforeTheFirstMember()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var inputs = EvaluationFixtures.Inputs;

        var act = () => MemberPointsEngine.EvaluateCancellable(inputs.MemberPointsData! with { LifeRecords = inputs.OrganizationalLifeRecords }, inputs.MemberPointsScheme!, EvaluationFixtures.AsOf, null, cancelled.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void StandardizationEngine_WithACancelledToken_StopsAfterValidation_BeforeTheFirstBranch()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var inputs = EvaluationFixtures.Inputs;
        var scheme = new StandardizationScheme(inputs.StandardizationCatalogue!, inputs.StandardizationTiers!);

        var act = () => StandardizationEngine.EvaluateCancellable(inputs.StandardizationData! with { LifeRecords = inputs.OrganizationalLifeRecords, LifeScheme = inputs.OrganizationalLifeScheme }, scheme, EvaluationFixtures.AsOf, null, cancelled.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void OrganizationalLifeEngine_WithACancelledToken_StopsAfterValidation_BeforeTheFirstBranch()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var inputs = EvaluationFixtures.Inputs;

        var act = () => OrganizationalLifeEngine.EvaluateCancellable(
            inputs.OrganizationalLifeRecords!, inputs.OrganizationalLifeScheme ?? new OrganizationalLifeScheme(inputs.OrganizationalLifeRecords!.Year, inputs.Committee), EvaluationFixtures.AsOf, cancelled.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Engines_WithATokenNeverCancelled_GiveTheResultsOfThePublicOverloads()
    {
        var inputs = EvaluationFixtures.Inputs;

        MemberPointsEngine.EvaluateCancellable(inputs.MemberPointsData! with { LifeRecords = inputs.OrganizationalLifeRecords }, inputs.MemberPointsScheme!, EvaluationFixtures.AsOf, null, CancellationToken.None)
            .Should().Be(MemberPointsEngine.Evaluate(inputs.MemberPointsData! with { LifeRecords = inputs.OrganizationalLifeRecords }, inputs.MemberPointsScheme!, EvaluationFixtures.AsOf));
    }
}
