using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Serialization;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

/// <summary>
/// An illustrative scheme (示例) marks every node that uses its figures; an illustrative standard marks the nodes that use
/// its points even under an adopted scheme; an adopted scheme of sourced standards marks nothing.
/// </summary>
public sealed class IllustrativeSchemeTest
{
    private static readonly LocalDate AsOf = new(2019, 1, 31);

    private static PointsScheme SeedScheme() => PartyBuildingJson.Deserialize<PointsScheme>(File.ReadAllText(SeedPath("binzhou-2018-scheme.json")));

    private static MemberPointsDataSet SeedData() => PartyBuildingJson.Deserialize<MemberPointsDataSet>(File.ReadAllText(SeedPath("bz-001-2018-data.json")));

    private static IEnumerable<Explanation> Nodes(Explanation root) => root.Children.SelectMany(Nodes).Prepend(root);

    [Fact]
    public void IllustrativeScheme_MarksDeclarationMonthReviewGradeAndStatisticsNodes()
    {
        var scheme = SeedScheme();
        scheme.IsIllustrative.Should().BeTrue("article 002 gives no points, ratings or thresholds");

        var result = MemberPointsEngine.Evaluate(SeedData(), scheme, AsOf);

        var graded = result.Members.First(m => m.Grade is not null);
        Nodes(graded.PointsExplanation).Where(n => n.Citation is not null).Should().NotBeEmpty()
            .And.OnlyContain(n => n.Citation!.IsIllustrative);
        graded.GradeExplanation!.Citation.Should().Be(MemberPointsCitations.AnnualGrading.AsIllustrative());
        result.Members.First(m => m.Ungraded is not null).GradeExplanation!.Citation.Should().Be(MemberPointsCitations.AnnualGrading.AsIllustrative());
        result.Organizations.Single().Explanation.Citation.Should().Be(MemberPointsCitations.AnnualGrading.AsIllustrative());
        graded.GradeExplanation.Citation!.ToText(DisplayLanguage.English).Should().EndWith(" (illustrative)");
    }

    [Fact]
    public void AdoptedScheme_StillMarksTheNodesThatUseAnIllustrativeStandardsPoints_ButNotTheGrading()
    {
        var scheme = SeedScheme() with { IsIllustrative = false };

        var result = MemberPointsEngine.Evaluate(SeedData(), scheme, AsOf);

        var graded = result.Members.First(m => m.Grade is not null);
        var claim = Nodes(graded.PointsExplanation).First(n => n.Citation?.Clause == MemberPointsCitations.MonthlyDeclaration.Clause);
        claim.Citation.Should().Be(MemberPointsCitations.MonthlyDeclaration.AsIllustrative());
        graded.GradeExplanation!.Citation.Should().Be(MemberPointsCitations.AnnualGrading);
        result.Organizations.Single().Explanation.Citation.Should().Be(MemberPointsCitations.AnnualGrading);
    }

    [Fact]
    public void AdoptedSchemeOfSourcedStandards_MarksNothing()
    {
        var scheme = SeedScheme() with { IsIllustrative = false };
        scheme = scheme with { Standards = [.. scheme.Standards.Select(s => s with { Illustrative = false })] };

        var result = MemberPointsEngine.Evaluate(SeedData(), scheme, AsOf);

        result.Members.SelectMany(m => Nodes(m.PointsExplanation)).Should().OnlyContain(n => n.Citation == null || !n.Citation.IsIllustrative);
    }

    [Fact]
    public void IsIllustrative_TakesPartInEquality()
    {
        var scheme = SeedScheme();

        scheme.Should().NotBe(scheme with { IsIllustrative = false });
        scheme.Should().Be(scheme with { IsIllustrative = true });
    }
}
