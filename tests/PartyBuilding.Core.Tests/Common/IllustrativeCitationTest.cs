using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Tests.Common;

/// <summary>
/// Pins the illustrative mark (示例): a citation whose source is marked illustrative shows "（示例）" in Chinese and
/// "(illustrative)" in English wherever an explanation uses it; an unmarked citation shows no mark.
/// </summary>
public sealed class IllustrativeCitationTest
{
    [Fact]
    public void Citation_OfAnIllustrativeSource_IsMarkedInBothLanguages()
    {
        var citation = Sources.Article002.At("七个方面").AsIllustrative();

        citation.IsIllustrative.Should().BeTrue();
        citation.ToText(DisplayLanguage.ZhCn).Should().Be("《构建工作“一体化”格局 提升党建科学化水平》 七个方面（示例）");
        citation.ToText(DisplayLanguage.English).Should().Be("Binzhou municipal organs: an integrated pattern of party-building work [article-002] (illustrative)");
        citation.ToString().Should().Be(citation.ToText(DisplayLanguage.ZhCn));
        citation.IllustrativeMark(DisplayLanguage.English).Should().Be("(illustrative)");
    }

    [Fact]
    public void Citation_OfARegulation_IsNotMarked()
    {
        var citation = Sources.BranchWorkRegulation2018.At("第四条");

        citation.IsIllustrative.Should().BeFalse();
        citation.IllustrativeMark(DisplayLanguage.ZhCn).Should().BeEmpty();
        citation.ToText(DisplayLanguage.English).Should().Be("Regulation on the Work of Party Branches (Trial), 2018 [branch-regulation-2018]");
    }

    [Fact]
    public void AsIllustrative_KeepsTheSourceAndClause_AndIsIdempotent()
    {
        var marked = Sources.Article000.At("梯级创建").AsIllustrative();

        marked.Source.Code.Should().Be("article-000");
        marked.Clause.Should().Be("梯级创建");
        marked.AsIllustrative().Should().BeSameAs(marked);
        marked.Should().NotBe(Sources.Article000.At("梯级创建"), "the mark is part of the citation");
    }

    [Fact]
    public void LibraryRules_AreIllustrativeAndOfTheirOwnKind()
    {
        Sources.LibraryRules.IsIllustrative.Should().BeTrue();
        Sources.LibraryRules.Kind.Should().Be(CitationSourceKind.Library);
        CommonLabels.CitationSourceKinds[CitationSourceKind.Library].ZhCn.Should().Be("本库规则");
    }

    [Fact]
    public void Explanation_UsingAnIllustrativeCitation_ShowsTheMarkInTheLanguageOfTheText()
    {
        var node = Explanation.Given(new LocalizedText("满分", "Full marks"), 100m) with { Citation = Sources.Article002.At("百分制").AsIllustrative() };

        node.ToText(DisplayLanguage.ZhCn).Should().EndWith("百分制（示例）\n");
        node.ToText(DisplayLanguage.English).Should().EndWith("[article-002] (illustrative)\n");
    }

    [Fact]
    public void Json_WritesTheMarkOnlyWhenSet_AndReadsItBack()
    {
        var node = Explanation.Given(new LocalizedText("满分", "Full marks"), 100m);
        var plain = PartyBuildingJson.Serialize(node with { Citation = Sources.Article002.At() });
        var marked = PartyBuildingJson.Serialize(node with { Citation = Sources.Article002.At().AsIllustrative() });

        plain.Should().NotContain("isIllustrative");
        marked.Should().Contain("\"isIllustrative\": true");
        PartyBuildingJson.Deserialize<Explanation>(marked).Citation!.IsIllustrative.Should().BeTrue();
    }

    [Theory]
    [InlineData("organ-regulation-1998", 1998, 3, 30)]
    [InlineData("organ-regulation-2010", 2010, 6, 4)]
    [InlineData("organ-regulation-2019", 2019, 12, 29)]
    [InlineData("branch-regulation-2018", 2018, 10, 28)]
    public void Sources_OrganRegulationVersions_CarryTheirDates(string code, int year, int month, int day) =>
        Sources.All.Single(s => s.Code == code).EffectiveFrom.Should().Be(new LocalDate(year, month, day));
}
