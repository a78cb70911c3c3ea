using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Pins the guards every built-in method shares, the guards of <see cref="IndicatorScoringRegistry.With"/> and that the validator and the scorer use the registry they are given.</summary>
public sealed class IndicatorScoringRegistryRulesTest
{
    private const string YesNo = "yes-no";

    [Fact]
    public void With_NullMethod_ThrowsArgumentNullNamingMethod()
    {
        var act = () => IndicatorScoringRegistry.Default.With(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("method");
    }

    [Fact]
    public void With_MethodWithABlankName_IsRefusedNamingMethod()
    {
        var act = () => IndicatorScoringRegistry.Default.With(new NamedChecklistScoring(" "));

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("method");
    }

    [Theory]
    [InlineData(ChecklistScoring.MethodName)]
    [InlineData(ProportionalScoring.MethodName)]
    [InlineData(DeductionScoring.MethodName)]
    [InlineData(BonusScoring.MethodName)]
    [InlineData(VetoScoring.MethodName)]
    public void BuiltInMethod_NullParameters_ThrowsArgumentNullNamingParameters(string name)
    {
        var act = () => IndicatorScoringRegistry.Default.Get(name).ValidateParameters(Score.Of(10m), null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("parameters");
    }

    [Theory]
    [InlineData(DeductionScoring.MethodName)]
    [InlineData(BonusScoring.MethodName)]
    public void OccurrenceMethod_FractionalCount_IsRefusedNamingTheObservation(string name)
    {
        var act = () => IndicatorScoringRegistry.Default.Get(name).Score(Score.Of(50m), Params(("per-occurrence", 10m)), 1.5m);

        act.Should().Throw<ArgumentException>().WithMessage("Occurrences are observed as a whole number from 0.*").Which.ParamName.Should().Be("observed");
    }

    [Fact]
    public void CatalogueValidator_MethodOnlyInTheGivenRegistry_IsAccepted() =>
        new IndicatorCatalogueValidator(IndicatorScoringRegistry.Default.With(new NamedChecklistScoring(YesNo)))
            .Check(YesNoCatalogue()).Problems.Should().BeEmpty();

    [Fact]
    public void BranchScorer_MethodOnlyInTheGivenRegistry_ScoresByIt()
    {
        var assessment = new BranchAssessment(OrganizationId.Parse("BZ-001-B01"), Y2017, CatalogueId.Parse("YESNO"), [Obs("Y1", 1m)]);

        var result = BranchScorer.Score(assessment, YesNoCatalogue(), IndicatorScoringRegistry.Default.With(new NamedChecklistScoring(YesNo)));

        result.Score.Should().Be(Score.Of(100m));
        result.AllIndicators().Should().ContainSingle().Which.Method.Should().Be(YesNo);
    }

    private static IndicatorCatalogue YesNoCatalogue() => new(
        CatalogueId.Parse("YESNO"),
        new LocalizedText("是否指标体系", "Yes-no catalogue"),
        Score.Of(100m),
        [new Aspect(AspectId.Parse("Y"), new LocalizedText("方面Y", "Aspect Y"), [Ind("Y1", 100m, YesNo)])]);
}
