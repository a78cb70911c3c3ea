using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Tests.Common;

public sealed class ExplanationTest
{
    private static readonly LocalizedText Label = new("合计", "Total");

    [Fact]
    public void Sum_ValueIsExactSumOfChildren_AndVerifies()
    {
        var node = Explanation.Sum(Label, [Explanation.Given(Label, 0.1m), Explanation.Given(Label, 0.2m)]);

        node.Value.Should().Be(0.3m);
        node.Verify().Should().BeEmpty();
    }

    [Fact]
    public void Verify_ReportsASumNodeThatDoesNotAddUp_WithItsPath()
    {
        var bad = new Explanation(new LocalizedText("坏", "Bad"), 5m, ExplanationCombination.Sum, "sum", null, [Explanation.Given(Label, 2m)]);
        var root = Explanation.Sum(Label, [bad]);

        root.Verify().Should().ContainSingle().Which.Should().Be("Total > Bad: value 5 but children sum to 2");
    }

    [Fact]
    public void Verify_ASumNodeWhoseChildrenSumBeyondADecimal_IsReported_NotThrown()
    {
        // Found by the long fuzz run of session 21 (input 757971 of seed 20261207): an explanation document read with two
        // children of 79228162514264337593543950335 under a sum; the check's sum overflowed.
        var huge = Explanation.Given(Label, decimal.MaxValue);
        var bad = new Explanation(new LocalizedText("坏", "Bad"), 1m, ExplanationCombination.Sum, "sum", null, [huge, huge]);

        Explanation.Sum(Label, [bad]).Verify().Should().ContainSingle()
            .Which.Should().Be("Total > Bad: value 1 but children sum beyond the range of a decimal");
    }

    [Fact]
    public void Find_And_ToText_ShowStrategyParametersAndCitation()
    {
        var tree = Explanation.Sum(
            Label,
            [Explanation.Formula(new LocalizedText("双述双评", "Double review"), 27m, "weighted-mean", [new("weight", "0.3")], []) with
            {
                Key = "double-review",
                Citation = Sources.Article002.At("按比例计入年度考核"),
            }]);

        tree.Find("double-review")!.Value.Should().Be(27m);
        tree.Find("missing").Should().BeNull();
        tree.ToText(DisplayLanguage.English).Should().Be(
            "Total: 27  [sum]\n  Double review: 27  [weighted-mean weight=0.3]  ← Binzhou municipal organs: an integrated pattern of party-building work [article-002]\n");
        tree.ToText(DisplayLanguage.ZhCn).Should().Be(
            "合计: 27  [求和]\n  双述双评: 27  [加权平均 权重=0.3]  ← 《构建工作“一体化”格局 提升党建科学化水平》 按比例计入年度考核\n");
    }
}
