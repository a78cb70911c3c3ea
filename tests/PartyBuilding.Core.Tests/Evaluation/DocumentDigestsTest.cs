using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>The receipt's document digests are computed in parallel with each other and with the engines, to the same values.</summary>
public sealed class DocumentDigestsTest
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void LibraryRule_DigestsOnAnyNumberOfWorkers_AreEachDocumentsDigestAlone(int workers)
    {
        var inputs = EvaluationFixtures.Inputs;
        var alone = EvaluationAreas.BuiltIn.SelectMany(a => a.Documents).DistinctBy(d => d.Name)
            .Select(d => (d.Name, Digest: d.Digest(inputs)))
            .Where(d => d.Digest is not null)
            .Append(("organizationSnapshot", CanonicalDigest.Of(inputs.Organizations)))
            .Append(("organizationEvents", CanonicalDigest.Of(inputs.OrganizationEvents!)))
            .Append(("givenInputs", CanonicalDigest.Of(inputs.GivenInputs!)))
            .ToDictionary(d => d.Item1, d => d.Item2!);

        using var digests = DocumentDigests.Start(inputs, EvaluationAreas.BuiltIn, workers, CancellationToken.None);

        digests.Finish().Should().Equal(alone);
    }

    [Fact]
    public void LibraryRule_EvaluationsAtOnce_ShareOneBudgetOfWorkers_AndOneWithoutAWorkerDigestsOnItsOwnThread()
    {
        var inputs = EvaluationFixtures.Inputs;
        var budget = new WorkerBudget(1);
        using var alone = DocumentDigests.Start(inputs, EvaluationAreas.BuiltIn, 0, CancellationToken.None, budget);
        var expected = alone.Finish();

        budget.Take(1).Should().Be(1, "another evaluation's worker is running");
        using var starved = DocumentDigests.Start(inputs, EvaluationAreas.BuiltIn, 4, CancellationToken.None, budget);
        budget.Return();
        using var served = DocumentDigests.Start(inputs, EvaluationAreas.BuiltIn, 4, CancellationToken.None, budget);

        starved.Workers.Should().Be(0);
        served.Workers.Should().Be(1);
        starved.Finish().Should().Equal(expected);
        served.Finish().Should().Equal(expected);
        budget.Running.Should().Be(0, "every worker returns its place when it ends");
    }

    [Fact]
    public void LibraryRule_ACancelledToken_StopsTheDigests_WithOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        using var digests = DocumentDigests.Start(EvaluationFixtures.Inputs, EvaluationAreas.BuiltIn, 1, cancelled.Token);

        digests.Invoking(d => d.Finish()).Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void LibraryRule_TheEvaluationsReceipt_IsTheSameWhereverTheDigestsRan()
    {
        var inputs = EvaluationFixtures.Inputs;
        var sequential = AssessmentReceiptOf(inputs, DocumentDigests.Start(inputs, EvaluationAreas.BuiltIn, 0, CancellationToken.None));

        AnnualEvaluation.Run(inputs, EvaluationFixtures.AsOf).Assessment.Receipt.Sha256.Should().Be(sequential);
    }

    private static string AssessmentReceiptOf(AnnualEvaluationInputs inputs, DocumentDigests digests)
    {
        using (digests)
        {
            var result = EvaluationFixtures.Result;
            var json = PartyBuilding.Core.Assessment.AssessmentReceipts.CanonicalJson(result.Data, inputs.Scheme, EvaluationFixtures.AsOf, digests.Finish());
            return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(json)).ToLowerInvariant();
        }
    }
}
