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

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 4)]
    [InlineData(64, 1)]
    public void LibraryRule_LargeListsDigestedInSlices_OnAnyNumberOfWorkers_GiveTheWholeDocumentsDigests(int slice, int workers)
    {
        var inputs = EvaluationFixtures.Inputs;
        using var whole = DocumentDigests.Start(inputs, EvaluationAreas.BuiltIn, 0, CancellationToken.None, slice: 0);
        var expected = whole.Finish();

        using var sliced = DocumentDigests.Start(inputs, EvaluationAreas.BuiltIn, workers, CancellationToken.None, slice: slice);

        sliced.Finish().Should().Equal(expected);
    }

    [Fact]
    public void LibraryRule_TheLargeDocuments_AreSplitWhereTheirListsAre_AndTheSplitHolds()
    {
        var inputs = EvaluationFixtures.Inputs;

        Split(inputs.MemberPointsData!).Should().Be(CanonicalDigest.Of(inputs.MemberPointsData!));
        Split(inputs.OrganizationalLifeRecords!).Should().Be(CanonicalDigest.Of(inputs.OrganizationalLifeRecords!));
        Split(inputs.StandardizationData!).Should().Be(CanonicalDigest.Of(inputs.StandardizationData!));
        Split(inputs.MemberPointsData! with { Declarations = [.. Enumerable.Reverse(inputs.MemberPointsData!.Declarations.AsImmutableArray())] })
            .Should().Be(CanonicalDigest.Of(inputs.MemberPointsData!), "a permuted list keeps the digest");
        DocumentDigests.SplitOf(inputs.Organizations, 2).Should().BeNull("only the large documents are split");
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

    [Theory]
    [InlineData(DocumentDigests.Slice)]
    [InlineData(2)]
    public void LibraryRule_ACancelledToken_StopsTheDigests_WithOperationCanceled(int slice)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        using var digests = DocumentDigests.Start(EvaluationFixtures.Inputs, EvaluationAreas.BuiltIn, 1, cancelled.Token, slice: slice);

        digests.Invoking(d => d.Finish()).Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void LibraryRule_TheEvaluationsReceipt_IsTheSameWhereverTheDigestsRan()
    {
        var inputs = EvaluationFixtures.Inputs;
        var sequential = AssessmentReceiptOf(inputs, DocumentDigests.Start(inputs, EvaluationAreas.BuiltIn, 0, CancellationToken.None));

        AnnualEvaluation.Run(inputs, EvaluationFixtures.AsOf).Assessment.Receipt.Sha256.Should().Be(sequential);
    }

    /// <summary>Digests a document as the jobs of <see cref="DocumentDigests"/> do, slice after slice, and requires the split to hold (no whole digest in its place).</summary>
    private static string Split(object content)
    {
        var split = DocumentDigests.SplitOf(content, 2)!;
        using var sink = new CanonicalDigest.DigestStream();
        var last = false;
        for (var part = 0; part < split.Parts.Length; part++)
        {
            for (var start = 0; start < split.Parts[part].Count(); start += split.Slice)
            {
                split.Digest(part, start, sink, CancellationToken.None);
                last = split.SliceDone();
            }
        }

        last.Should().BeTrue();
        return split.Finish(CancellationToken.None)!;
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
