using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Tests.Serialization;

/// <summary>The order-independent digest of a document (receipt version 2): lists count as sets of their elements, values count.</summary>
public sealed class CanonicalDigestTest
{
    private static readonly LocalizedText A = new("甲", "A");
    private static readonly LocalizedText B = new("乙", "B");

    [Fact]
    public void LibraryRule_ReorderingAnyList_AtAnyDepth_KeepsTheDigest()
    {
        var tree = Explanation.Sum(A, [Explanation.Sum(B, [Explanation.Given(A, 1m), Explanation.Given(B, 2m)]), Explanation.Given(A, 3m)]);
        var permuted = Explanation.Sum(A, [Explanation.Given(A, 3m), Explanation.Sum(B, [Explanation.Given(B, 2m), Explanation.Given(A, 1m)])]);

        CanonicalDigest.Of(permuted).Should().Be(CanonicalDigest.Of(tree));
    }

    [Fact]
    public void LibraryRule_AnyChangedValue_ChangesTheDigest()
    {
        var tree = Explanation.Sum(A, [Explanation.Given(A, 1m), Explanation.Given(B, 2m)]);

        string[] digests =
        [
            CanonicalDigest.Of(tree),
            CanonicalDigest.Of(Explanation.Sum(A, [Explanation.Given(A, 1m), Explanation.Given(B, 3m)])),
            CanonicalDigest.Of(Explanation.Sum(A, [Explanation.Given(A, 1m), Explanation.Given(A, 2m)])),
            CanonicalDigest.Of(Explanation.Sum(A, [Explanation.Given(A, 1m)])),
            CanonicalDigest.Of(Explanation.Sum(A, [Explanation.Given(A, 1m), Explanation.Given(B, 2m), Explanation.Given(B, 2m)])),
            CanonicalDigest.Of(tree with { Key = "k" }),
        ];

        digests.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void LibraryRule_ElementsStayWhole_MovingAValueBetweenNestedLists_ChangesTheDigest()
    {
        var left = Explanation.Sum(A, [Explanation.Sum(A, [Explanation.Given(A, 1m), Explanation.Given(A, 2m)]), Explanation.Sum(A, [Explanation.Given(A, 3m)])]);
        var right = Explanation.Sum(A, [Explanation.Sum(A, [Explanation.Given(A, 1m)]), Explanation.Sum(A, [Explanation.Given(A, 2m), Explanation.Given(A, 3m)])]);

        CanonicalDigest.Of(right).Should().NotBe(CanonicalDigest.Of(left));
    }

    [Fact]
    public void LibraryRule_ADocumentLargerThanOneBlock_IsDigestedAsItIsWritten()
    {
        var leaves = Enumerable.Range(0, 20_000).Select(i => Explanation.Given(A, i)).ToArray();

        CanonicalDigest.Of(Explanation.Sum(A, Enumerable.Reverse(leaves))).Should().Be(CanonicalDigest.Of(Explanation.Sum(A, leaves)));
    }
}
