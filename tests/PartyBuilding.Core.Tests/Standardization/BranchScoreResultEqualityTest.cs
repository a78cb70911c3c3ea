using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Pins <see cref="BranchScoreResult"/>: value equality member by member, default arrays read as empty, and its document kind.</summary>
public sealed class BranchScoreResultEqualityTest
{
    [Fact]
    public void DocumentKind_IsStandardizationBranchResult() =>
        BranchScoreResult.DocumentKind.Should().Be("standardization-branch-result");

    [Fact]
    public void Constructor_DefaultArrays_ReadAsEmpty()
    {
        var result = new BranchScoreResult(
            OrganizationId.Parse("BZ-001-B01"), Y2017, CatalogueId.Parse("SMALL"), Score.Zero, Score.Of(100m), Score.Zero, default, default, Explanation.Given(new LocalizedText("得分", "Score"), 0m));

        result.Vetoes.IsDefault.Should().BeFalse();
        result.Aspects.IsDefault.Should().BeFalse();
        result.IsVetoed.Should().BeFalse();
        result.AllIndicators().Should().BeEmpty();
    }

    [Fact]
    public void Equals_CopyWithFreshArrays_IsEqual()
    {
        var result = Scored();

        var copy = result with { Vetoes = [.. result.Vetoes], Aspects = [.. result.Aspects] };

        copy.Should().Be(result);
        copy.GetHashCode().Should().Be(result.GetHashCode());
    }

    [Fact]
    public void Equals_Null_IsFalse() => Scored().Equals(null).Should().BeFalse();

    [Fact]
    public void Equals_EachMemberChangedAlone_IsNotEqual()
    {
        var result = Scored();

        result.Should().NotBe(result with { BranchId = OrganizationId.Parse("BZ-001-B02") });
        result.Should().NotBe(result with { Year = AssessmentYear.Create(2018) });
        result.Should().NotBe(result with { CatalogueId = CatalogueId.Parse("OTHER") });
        result.Should().NotBe(result with { RawPoints = Score.Of(71m) });
        result.Should().NotBe(result with { DeclaredTotal = Score.Of(120m) });
        result.Should().NotBe(result with { Score = Score.Of(71m) });
        result.Should().NotBe(result with { Vetoes = [] });
        result.Should().NotBe(result with { Aspects = result.Aspects.RemoveAt(1) });
        result.Should().NotBe(result with { Explanation = result.Explanation with { Note = LocalizedText.AsGiven("changed") } });
    }

    private static BranchScoreResult Scored() => BranchScorer.Score(Assess("BZ-001-B01", Y2017, 1m, 0.75m, 2m, 1m, 1m), Small());
}
