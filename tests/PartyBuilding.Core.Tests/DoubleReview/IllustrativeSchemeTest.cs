using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;

namespace PartyBuilding.Core.Tests.DoubleReview;

/// <summary>An illustrative scheme (示例): every node that uses one of its figures carries the mark on its citation; an adopted scheme's nodes do not.</summary>
public sealed class IllustrativeSchemeTest
{
    private static readonly LocalDate AsOf = new(2017, 12, 29);

    [Fact]
    public void IllustrativeScheme_MarksEveryNodeThatUsesItsFigures_AndNoBallot()
    {
        var scheme = SeedTest.Load<DoubleReviewScheme>("scheme-bz-wc-2017.json");
        var data = SeedTest.Load<DoubleReviewDataSet>("data-set-bz-wc-2017.json");
        scheme.IsIllustrative.Should().BeTrue("the seed's figures are its own: article 002 gives none");

        var outcome = DoubleReviewEngine.Evaluate(data, scheme, AsOf);

        var top = outcome.Results[0].Explanation;
        top.Citation.Should().Be(DoubleReviewRules.AnnualProportionCitation.AsIllustrative());
        top.Find("BZ-001/combined")!.Citation.Should().Be(DoubleReviewRules.MethodCitation.AsIllustrative());
        top.Find("BZ-001/Members")!.Citation.Should().Be(DoubleReviewRules.CitationOf(RaterGroup.Members).AsIllustrative());
        top.Find("BZ-001/Members")!.Children.Should().OnlyContain(ballot => ballot.Citation == null);
        outcome.Failures.Single().Explanation.Citation.Should().Be(DoubleReviewRules.CitationOf(RaterGroup.Members).AsIllustrative());
        top.Citation!.ToText(DisplayLanguage.ZhCn).Should().EndWith("（示例）");
        top.Citation.ToText(DisplayLanguage.English).Should().EndWith(" (illustrative)");
    }

    [Fact]
    public void AdoptedScheme_CitesTheArticleUnmarked()
    {
        var scheme = SeedTest.Load<DoubleReviewScheme>("scheme-bz-wc-2017.json") with { IsIllustrative = false };
        var data = SeedTest.Load<DoubleReviewDataSet>("data-set-bz-wc-2017.json");

        var outcome = DoubleReviewEngine.Evaluate(data, scheme, AsOf);

        var top = outcome.Results[0].Explanation;
        top.Citation.Should().Be(DoubleReviewRules.AnnualProportionCitation);
        top.Find("BZ-001/combined")!.Citation.Should().Be(DoubleReviewRules.MethodCitation);
        top.Find("BZ-001/Members")!.Citation.Should().Be(DoubleReviewRules.CitationOf(RaterGroup.Members));
        outcome.Failures.Single().Explanation.Citation!.IsIllustrative.Should().BeFalse();
    }

    [Fact]
    public void IllustrativeBranchVariant_MarksItsGivenComponents()
    {
        var scheme = SeedTest.Load<DoubleReviewScheme>("scheme-bz-001-branches-2017.json");
        var data = SeedTest.Load<DoubleReviewDataSet>("data-set-bz-001-branches-2017-h2.json");

        var outcome = DoubleReviewEngine.Evaluate(data, scheme, AsOf);

        outcome.Results[0].Explanation.Find("BZ-001-B01/Inspection")!.Citation.Should().Be(DoubleReviewRules.BranchVariantCitation.AsIllustrative());
    }

    [Fact]
    public void IsIllustrative_TakesPartInEquality()
    {
        var scheme = SeedTest.Load<DoubleReviewScheme>("scheme-bz-wc-2017.json");

        scheme.Should().NotBe(scheme with { IsIllustrative = false });
        scheme.Should().Be(scheme with { IsIllustrative = true });
    }
}
