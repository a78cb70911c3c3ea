using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>
/// The assessment records compare by value, lists and strategy parameters included (issue 20: no hand-written
/// equality), and the result's lookups by organization and district.
/// </summary>
public sealed class AssessmentValueEqualityTest
{
    private static AssessmentResult Result() =>
        AnnualAssessment.Evaluate(Data([Member("B02"), Member("A01")], Inputs("B02", 80m, 90m), Inputs("A01", 80m, 90m)), Scheme(), YearEnd2024);

    [Fact]
    public void SchemeDataAndResult_BuiltTwiceFromEqualParts_AreEqual_AndAnotherListItemOrParameterMakesThemDiffer()
    {
        Scheme().Should().Be(Scheme());
        Scheme().GetHashCode().Should().Be(Scheme().GetHashCode());
        Scheme().Should().NotBe(Scheme(bonusCap: 4m));
        Scheme().Should().NotBe(Scheme(tieBreakers: "DR"));
        Scheme().Should().NotBe(Scheme() with { Bonuses = [] });

        var data = Data([Member("A01")], Inputs("A01", 80m, 90m));
        Data([Member("A01")], Inputs("A01", 80m, 90m)).Should().Be(data);
        Data([Member("A01")], Inputs("A01", 80m, 90m, vetoes: [new VetoFlag(Veto, LocalizedText.AsGiven("v"))])).Should().NotBe(data);

        Result().Should().Be(Result());
        Result().GetHashCode().Should().Be(Result().GetHashCode());
        Result().Should().NotBe(AnnualAssessment.Evaluate(Data([Member("A01")], Inputs("A01", 80m, 90m)), Scheme(), YearEnd2024));
    }

    [Fact]
    public void IdentifierValue_Default_IsEmptyText()
    {
        default(AssessmentComponentId).Value.Should().BeEmpty();
        default(AssessmentFactorId).Value.Should().BeEmpty();
    }

    [Fact]
    public void District_TiedOrganizations_AreListedByRankThenIdentifier() =>
        Result().District(DistrictId.Parse("D1")).Select(o => (o.Organization.Value, o.DistrictRank)).Should().Equal(("A01", 1), ("B02", 1));

    [Fact]
    public void Indexer_OrganizationNotAssessed_ThrowsKeyNotFoundNamingIt() =>
        FluentActions.Invoking(() => Result()[Org("ZZ")]).Should().Throw<KeyNotFoundException>().WithMessage("'ZZ' was not assessed.");

    [Fact]
    public void DocumentKind_AssessmentResult_IsAssessmentResult() => AssessmentResult.DocumentKind.Should().Be("assessment-result");
}
