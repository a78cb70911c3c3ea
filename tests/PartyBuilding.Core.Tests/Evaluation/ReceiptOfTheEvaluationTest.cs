using System.Security.Cryptography;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>
/// The receipt of a whole evaluation (version 2): SHA-256 over the canonical JSON of the library version, the date, the
/// scheme, the component inputs without the trees the areas build, and the order-independent digest of every document.
/// </summary>
public sealed class ReceiptOfTheEvaluationTest
{
    [Fact]
    public void Receipt_OfTheSeedEvaluation_IsTheSha256OfTheCanonicalJson_WithEveryDocumentsDigest_AndNoExplanationTree()
    {
        var result = EvaluationFixtures.Result;
        var inputs = EvaluationFixtures.Inputs;

        var documents = AnnualEvaluation.Digests(inputs, EvaluationAreas.BuiltIn);
        var json = AssessmentReceipts.CanonicalJson(result.Data, inputs.Scheme, EvaluationFixtures.AsOf, documents);

        result.Assessment.Receipt.Algorithm.Should().Be("SHA-256/canonical-json-v2");
        documents.Keys.Should().Contain(["organizationSnapshot", "memberPointsData", "standardizationData", "doubleReviewData", "organizationalLifeRecords"]);
        System.Text.Encoding.UTF8.GetString(json).Should().NotContain("\"explanation\":{", "the trees are made from the documents, which the receipt covers by their digests");
        result.Assessment.Receipt.Sha256.Should().Be(Convert.ToHexString(SHA256.HashData(json)).ToLowerInvariant());
    }

    [Fact]
    public void Receipt_ReorderedDeclarations_IsUnchanged_AndOneChangedNote_ChangesIt()
    {
        var inputs = EvaluationFixtures.Inputs;
        var points = inputs.MemberPointsData!;
        var reordered = inputs with { MemberPointsData = points with { Declarations = [.. points.Declarations.Reverse()], Roster = [.. points.Roster.Reverse()] } };
        var first = points.Declarations[0];
        var noted = inputs with { MemberPointsData = points with { Declarations = points.Declarations.AsImmutableArray().SetItem(0, first with { Note = (first.Note ?? string.Empty) + "。" }) } };

        var receipt = AnnualEvaluation.Run(inputs, EvaluationFixtures.AsOf).Assessment.Receipt;

        AnnualEvaluation.Run(reordered, EvaluationFixtures.AsOf).Assessment.Receipt.Should().Be(receipt);
        AnnualEvaluation.Run(noted, EvaluationFixtures.AsOf).Assessment.Receipt.Should().NotBe(receipt, "a note changes no score, but it is an input");
    }
}
