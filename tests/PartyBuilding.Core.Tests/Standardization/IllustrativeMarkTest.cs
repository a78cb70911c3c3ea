using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>
/// Pins that an illustrative catalogue or tier scheme marks every explanation node that uses its figures (示例), and
/// that an adopted one does not.
/// </summary>
public sealed class IllustrativeMarkTest
{
    private static BranchScoreResult Scored(IndicatorCatalogue catalogue) =>
        BranchScorer.Score(Assess("BZ-001-B01", Y2017, 1m, 1m, 2m), catalogue);

    [Fact]
    public void IllustrativeCatalogue_MarksTheBranchScoreAndItsAspects()
    {
        var result = Scored(Small() with { IsIllustrative = true });

        result.Explanation.Citation!.IsIllustrative.Should().BeTrue();
        result.Explanation.Citation.Should().Be(StandardizationRules.HundredPointScale.AsIllustrative());
        result.Explanation.ToText(DisplayLanguage.ZhCn).Should().Contain("（示例）");
    }

    [Fact]
    public void AdoptedCatalogue_IsNotMarked()
    {
        var result = Scored(Small());

        result.Explanation.Citation.Should().Be(StandardizationRules.HundredPointScale);
        result.Explanation.ToText(DisplayLanguage.ZhCn).Should().NotContain("示例");
    }

    [Fact]
    public void IllustrativeCatalogueWithoutASource_CitesItself()
    {
        var catalogue = Small() with { Source = null, SourceClause = null, SourceFile = null, IsIllustrative = true };

        var citation = catalogue.GetCitation();

        citation!.Source.Code.Should().Be($"catalogue-{catalogue.Id.Value}");
        citation.Source.Kind.Should().Be(CitationSourceKind.Scheme);
        citation.IsIllustrative.Should().BeTrue();
        (catalogue with { IsIllustrative = false }).GetCitation().Should().BeNull();
    }

    [Fact]
    public void IllustrativeTierScheme_MarksTheNaming_AdoptedSchemeDoesNot()
    {
        var results = ImmutableArray.Create(Scored(Small()));

        var marked = TierNamer.NameYear(Scheme() with { IsIllustrative = true }, Y2017, results, []).Namings[0];
        var adopted = TierNamer.NameYear(Scheme(), Y2017, results, []).Namings[0];

        marked.Explanation.Citation!.IsIllustrative.Should().BeTrue();
        adopted.Explanation.Citation!.Source.Should().Be(adopted.Explanation.Citation.Source with { IsIllustrative = false });
        marked.Explanation.Citation.Clause.Should().Be(adopted.Explanation.Citation.Clause);
    }

    [Fact]
    public void LibraryRule_MaxRisePerYear_CitesTheLibraryNotArticle002()
    {
        var entry = StandardizationRules.MaxRisePerYear.Entries.Should().ContainSingle().Subject;

        entry.Value.Should().Be(1);
        entry.Citation!.Source.Should().Be(Sources.LibraryRules);
        entry.Citation.IsIllustrative.Should().BeTrue();
    }

    [Fact]
    public void TierLabel_Strong_IsNotExemplary() =>
        StandardizationLabels.BranchTiers[BranchTier.Exemplary].English.Should().Be("Strong branch");
}
