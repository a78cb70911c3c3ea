using System.Text;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Tests.Evaluation;

namespace PartyBuilding.Core.Tests.Serialization;

/// <summary>
/// The exact values of the order-independent digest (receipt version 2, docs/assessment.md "Reproducibility receipt"): the
/// receipt is published, so the same content must give the same digest byte for byte whatever the implementation does to
/// compute it faster. Every value here was computed by the first implementation (session 17) and must never change.
/// </summary>
public sealed class CanonicalDigestValuesTest
{
    /// <summary>Raw JSON as the writer may produce it: numbers as written, escapes as written, nulls, nested and empty lists.</summary>
    public static TheoryData<string, string> Json => new()
    {
        { "{}", "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a" },
        { "[]", "93d7f9fdc9c851e3f359417cc124d9c9e0bed341016638f77271b094bc01be08" },
        { "{\"a\":[1.50,-0,0,79228162514264337593543950335,-1e-7,0.0000000000000000000000000001,null,true,false],\"b\":null}", "137144fcf7af9e2972b2af1bf1c2ad81d24549e5fdcc441318a0df5f0b45ef3d" },
        { "[[1,2],[3],[],[[\"x\"]],{\"k\":[{}]},[[[]]]]", "ba5dd9a6fcf980dc41b51eb9640d5050b720761694e0d0ab525bc6d54cba72fc" },
        { "{\"s\":\"a\\\"b\\\\c\\n\\u0001\\u00e9\\u4e2d\\u003C\",\"中文\":\"党建 \\ud83d\\ude00 é\",\"e\":\"\"}", "10742a5d81ff432af745f1e17926bdb0a4bb4d3e0f1ccc9a9e039772f7db53d6" },
        { "{\"x\":[{\"n\":\"甲\",\"v\":1},{\"n\":\"乙\",\"v\":2},{\"n\":\"甲\",\"v\":1}],\"y\":[true,false,null,\"\",0]}", "819e240a97b9d7fcacb24fa562b558bf02459988904e93e6b334d185c4ec7748" },
    };

    [Theory]
    [MemberData(nameof(Json))]
    public void LibraryRule_TheDigestOfWrittenJson_IsTheVersion2Value_InWhateverBlocksItArrives(string json, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        foreach (var block in new[] { bytes.Length + 1, 1, 3, 7 })
        {
            Of(bytes, block).Should().Be(expected, $"blocks of {block} bytes");
        }
    }

    [Fact]
    public void LibraryRule_TheDigestOfATypedDocument_IsTheVersion2Value()
    {
        var label = new LocalizedText("党建\"考评\"\\<甲>", "Party \"building\"\t\u00e9\u0001");
        var tree = new Explanation(label, 1.50m, ExplanationCombination.Formula, "示例 \"formula\"", ValueDictionary.CreateRange(new Dictionary<string, string> { ["k"] = "1.50", ["键"] = "值\n" }),
        [
            Explanation.Given(label, 1.50m),
            Explanation.Given(new LocalizedText("负零", "minus zero"), new decimal(0, 0, 0, isNegative: true, scale: 1)),
            Explanation.Given(new LocalizedText("最大", "max"), decimal.MaxValue),
            Explanation.Given(new LocalizedText("最小", "min"), -0.0000000000000000000000000001m),
            Explanation.Sum(label, [Explanation.Given(label, 2m), Explanation.Sum(label, [])]),
        ]);

        CanonicalDigest.Of(tree).Should().Be("a1e5798622e5bfa08f7ce5673d87c39188beda8e4d0195d7f00e4f695ffa3b59");
    }

    [Fact]
    public void LibraryRule_TheDigestsOfTheBundledEvaluationsDocuments_AreTheVersion2Values()
    {
        var digests = AnnualEvaluation.Digests(EvaluationFixtures.Inputs, EvaluationAreas.BuiltIn);

        digests.Should().Equal(new Dictionary<string, string>
        {
            { "doubleReviewData", "27f255eeec93c9e1f481501462a4b2a0f068142c21e64080f3b47dcfe2ef647c" },
            { "doubleReviewScheme", "42e95b232967c6bcc58e908ff4ccbcc5244d0995c69233758bf6f899274a7de0" },
            { "givenInputs", "353061158a5fb96a45ba233d572d98e506dcd85826bfe3d95a572bc20c78e673" },
            { "memberPointsData", "c39f733053738574b4c8c68837ab1a3ee01b429999f1935844e7aab653cc5374" },
            { "memberPointsScheme", "94a535c1d57d518a234f0e8d33dcf7189088a1087110a4ff4a535d0c5652650a" },
            { "organizationEvents", "f00cde24369af808ff9cdb101dc6ee1800023e5913ecab5539bbd1f69571cb6d" },
            { "organizationSnapshot", "9181a83e10786c47d8e06684ebb7b79ad4404b473b96b80ede17eb2cf7633aef" },
            { "organizationalLifeRecords", "bd39511a1c3861555f4475bd34ff1cab236ad88aefef5d6bbc8ed068f21ae6b1" },
            { "organizationalLifeScheme", "6364f9ac1af2de907d79e9fb20fd0e2ce183880d332b683a1d793d8175729e41" },
            { "rectificationLedger", "78d29599f89a54963c39f958f3f6e28135e19f0dc8978b5e6b2d1af26fae0565" },
            { "responsibilityData", "506efbc750b850f96c3849c203a90f05330f01c8ce1a28ed910b52a92d8a98e1" },
            { "responsibilityScheme", "9480cb8218c795474a5f1dbd3087a5d214ba4e98c14fa3661a8ceee09f3e250b" },
            { "standardizationCatalogue", "cb3e5ce48b959c4b13be1ddfe731b8cb53be5c4a891c609fdfc9e22ffdb678be" },
            { "standardizationData", "93010057fa8781fec682548cc9da1ab7740cc24101da457d6e317d665d772140" },
            { "standardizationTiers", "e37ede05a6769fe4dfb0e095084f3a7c1a973302d2e5d1d59e9d243e43b1d829" },
        });
    }

    private static string Of(byte[] json, int block)
    {
        using var sink = new CanonicalDigest.DigestStream();
        for (var at = 0; at < json.Length; at += block)
        {
            sink.Write(json, at, Math.Min(block, json.Length - at));
        }

        return Convert.ToHexString(sink.Finish()).ToLowerInvariant();
    }
}
