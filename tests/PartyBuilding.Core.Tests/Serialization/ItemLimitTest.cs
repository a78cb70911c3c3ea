using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Serialization;

/// <summary>The third reader limit beside size and depth: the number of items of any one list, checked before anything is bound.</summary>
public sealed class ItemLimitTest
{
    private const string Leaf = """{"label":{"zhCn":"分","english":"P"},"value":1,"combination":"Given"}""";

    private static string Sum(int children) =>
        $$$"""{"schemaVersion":"1.0","kind":"explanation","content":{"label":{"zhCn":"分","english":"P"},"value":{{{children}}},"combination":"Sum","children":[{{{string.Join(",", Enumerable.Repeat(Leaf, children))}}}]}}""";

    [Fact]
    public void Deserialize_ListLongerThanMaxItems_IsRefusedWithItsPathBeforeBinding()
    {
        var limits = JsonReadLimits.Default with { MaxItems = 3 };

        var problem = ((Action)(() => PartyBuildingJson.Deserialize<Explanation>(Sum(4), limits)))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Subject;

        problem.ErrorCode.Should().Be(CommonErrorCodes.DocumentTooManyItems);
        problem.Path.Should().Be("$.content.children[3]");
        problem.Message.Should().StartWith("A list has more items than the limit of 3");
        problem.AttemptedValue.Should().Be("4");
    }

    [Fact]
    public void Deserialize_ListOfExactlyMaxItems_IsRead() =>
        PartyBuildingJson.Deserialize<Explanation>(Sum(3), JsonReadLimits.Default with { MaxItems = 3 }).Children.Should().HaveCount(3);

    [Fact]
    public void MaxItems_DefaultsTo2Pow24_AndRefusesLessThanOne()
    {
        JsonReadLimits.Default.MaxItems.Should().Be(16_777_216);
        new JsonReadLimits(100, 10).MaxItems.Should().Be(16_777_216);
        ((Action)(() => _ = JsonReadLimits.Default with { MaxItems = 0 })).Should().Throw<ArgumentOutOfRangeException>();
    }
}
