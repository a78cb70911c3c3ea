using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Pins value equality member by member, and default arrays reading as empty, for the catalogue's records and the aspect result.</summary>
public sealed class CatalogueRecordsEqualityTest
{
    private static readonly LocalizedText Other = new("其他", "Other");

    [Fact]
    public void Indicator_EachMemberChangedAlone_IsNotEqual()
    {
        var indicator = Ind("A2", 20m, ProportionalScoring.MethodName, Params(("zero-rate", 0.5m)));

        indicator.Should().Be(Ind("A2", 20m, ProportionalScoring.MethodName, Params(("zero-rate", 0.5m))));
        indicator.Should().NotBe(indicator with { Id = IndicatorId.Parse("A3") });
        indicator.Should().NotBe(indicator with { Title = Other });
        indicator.Should().NotBe(indicator with { MaxPoints = Score.Of(21m) });
        indicator.Should().NotBe(indicator with { Method = ChecklistScoring.MethodName });
        indicator.Should().NotBe(indicator with { CheckedBy = [CheckMethod.OnSite] });
        indicator.Should().NotBe(indicator with { Parameters = Params(("zero-rate", 0.6m)) });
        indicator.Should().NotBe(indicator with { Illustrative = true });
        indicator.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Aspect_EachMemberChangedAlone_IsNotEqual()
    {
        var aspect = Small().Aspects[0];

        aspect.Should().Be(Small().Aspects[0]);
        aspect.Should().NotBe(aspect with { Id = AspectId.Parse("Z") });
        aspect.Should().NotBe(aspect with { Title = Other });
        aspect.Should().NotBe(aspect with { Illustrative = true });
        aspect.Should().NotBe(aspect with { Indicators = aspect.Indicators.RemoveAt(1) });
        aspect.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void IndicatorCatalogue_EachMemberChangedAlone_IsNotEqual()
    {
        var catalogue = Small() with { SourceClause = "百分制考核", SourceFile = "002_3d274b2eb4d4736e.txt" };

        catalogue.Should().Be(Small() with { SourceClause = "百分制考核", SourceFile = "002_3d274b2eb4d4736e.txt" });
        catalogue.Should().NotBe(catalogue with { Id = CatalogueId.Parse("OTHER") });
        catalogue.Should().NotBe(catalogue with { Title = Other });
        catalogue.Should().NotBe(catalogue with { DeclaredTotal = Score.Of(120m) });
        catalogue.Should().NotBe(catalogue with { Source = null });
        catalogue.Should().NotBe(catalogue with { SourceClause = null });
        catalogue.Should().NotBe(catalogue with { SourceFile = null });
        catalogue.Should().NotBe(catalogue with { Aspects = catalogue.Aspects.RemoveAt(1) });
        catalogue.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void AspectResult_EachMemberChangedAlone_IsNotEqual()
    {
        var aspect = BranchScorer.Score(Assess("BZ-001-B01", Y2017, 1m, 0.75m, 2m), Small()).Aspects[0];

        aspect.Should().Be(aspect with { Indicators = [.. aspect.Indicators] });
        aspect.Should().NotBe(aspect with { AspectId = AspectId.Parse("Z") });
        aspect.Should().NotBe(aspect with { Title = Other });
        aspect.Should().NotBe(aspect with { MaxPoints = Score.Of(51m) });
        aspect.Should().NotBe(aspect with { Points = Score.Of(41m) });
        aspect.Should().NotBe(aspect with { Explanation = aspect.Explanation with { Note = LocalizedText.AsGiven("changed") } });
        aspect.Should().NotBe(aspect with { Indicators = aspect.Indicators.RemoveAt(1) });
        aspect.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Constructors_DefaultArrays_ReadAsEmpty()
    {
        var title = new LocalizedText("标题", "Title");

        new Indicator(IndicatorId.Parse("A1"), title, Score.Of(1m), ChecklistScoring.MethodName, default).CheckedBy.IsDefault.Should().BeFalse();
        new Aspect(AspectId.Parse("A"), title, default).Indicators.IsDefault.Should().BeFalse();
        new IndicatorCatalogue(CatalogueId.Parse("C"), title, Score.Of(100m), default).Aspects.IsDefault.Should().BeFalse();
        new AspectResult(AspectId.Parse("A"), title, Score.Zero, Score.Zero, default, Explanation.Given(title, 0m)).Indicators.IsDefault.Should().BeFalse();
    }

    [Fact]
    public void AspectId_Default_HasAnEmptyValue()
    {
        default(AspectId).Value.Should().BeEmpty();
        default(AspectId).ToString().Should().BeEmpty();
        default(AspectId).IsEmpty.Should().BeTrue();
    }
}
