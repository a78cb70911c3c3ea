using System.Security.Cryptography;
using PartyBuilding.Core.Assessment;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>The receipt of a whole evaluation, hashed while the canonical JSON is written, equals the hash of the materialised JSON.</summary>
public sealed class ReceiptOfTheEvaluationTest
{
    [Fact]
    public void Receipt_OfTheSeedEvaluation_IsTheSha256OfTheCanonicalJson_WithExplanationTrees()
    {
        var result = EvaluationFixtures.Result;

        var json = AssessmentReceipts.CanonicalJson(result.Data, EvaluationFixtures.Inputs.Scheme, EvaluationFixtures.AsOf);

        json.Length.Should().BeGreaterThan(100_000, "the component inputs carry their explanation trees down to the ballots");
        result.Assessment.Receipt.Sha256.Should().Be(Convert.ToHexString(SHA256.HashData(json)).ToLowerInvariant());
        AssessmentReceipts.Matches(result.Assessment.Receipt, result.Data, EvaluationFixtures.Inputs.Scheme, EvaluationFixtures.AsOf).Should().BeTrue();
    }
}
