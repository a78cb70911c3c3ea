using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

public sealed class IndicatorCatalogueValidatorTest
{

    private static ValidationProblem Single(IndicatorCatalogue catalogue)
    {
        var report = StandardizationEngine.ValidateCatalogue(catalogue);
        report.IsValid.Should().BeFalse();
        return report.Problems.Should().ContainSingle().Subject;
    }

    private static IndicatorCatalogue WithAspectB(IndicatorCatalogue c, Func<Aspect, Aspect> change) =>
        c with { Aspects = c.Aspects.SetItem(1, change(c.Aspects[1])) };

    [Fact]
    public void Small_IsValid()
    {
        StandardizationEngine.ValidateCatalogue(Small()).Problems.Should().BeEmpty();
    }

    [Fact]
    public void NoAspects_IsEmpty()
    {
        var problem = Single(Small() with { Aspects = [] });

        problem.ErrorCode.Should().Be(StandardizationErrorCodes.Empty);
        problem.Path.Should().Be("Aspects");
    }

    [Fact]
    public void AspectWithoutIndicators_IsEmpty()
    {
        var catalogue = Small();
        catalogue = catalogue with
        {
            DeclaredTotal = Score.Of(50m),
            Aspects = catalogue.Aspects.SetItem(0, catalogue.Aspects[0] with { Indicators = [] }),
        };

        var problem = Single(catalogue);

        problem.ErrorCode.Should().Be(StandardizationErrorCodes.Empty);
        problem.Path.Should().Be("Aspects[0].Indicators");
    }

    [Fact]
    public void DuplicateAspectId_IsReportedAtTheSecond()
    {
        var problem = Single(WithAspectB(Small(), b => b with { Id = AspectId.Parse("A") }));

        problem.ErrorCode.Should().Be(StandardizationErrorCodes.DuplicateAspect);
        problem.Path.Should().Be("Aspects[1].Id");
        problem.AttemptedValue.Should().Be("A");
    }

    [Fact]
    public void DuplicateIndicatorIdAcrossAspects_IsReported()
    {
        var problem = Single(WithAspectB(Small(), b => b with { Indicators = b.Indicators.SetItem(2, b.Indicators[2] with { Id = IndicatorId.Parse("A1") }) }));

        problem.ErrorCode.Should().Be(StandardizationErrorCodes.DuplicateIndicator);
        problem.Path.Should().Be("Aspects[1].Indicators[2].Id");
    }

    [Fact]
    public void EmptyIndicatorId_IsReported()
    {
        var problem = Single(WithAspectB(Small(), b => b with { Indicators = b.Indicators.SetItem(2, b.Indicators[2] with { Id = default }) }));

        problem.ErrorCode.Should().Be(CommonErrorCodes.IdentifierEmpty);
    }

    [Theory]
    [InlineData(99.99)]
    [InlineData(100.01)]
    public void PointsNotAddingUpToDeclaredTotal_AreReported(decimal declared)
    {
        var problem = Single(Small() with { DeclaredTotal = Score.Of(declared) });

        problem.ErrorCode.Should().Be(StandardizationErrorCodes.TotalMismatch);
        problem.AttemptedValue.Should().Be("100");
    }

    [Fact]
    public void BonusAndVeto_DoNotCountTowardsTheTotal()
    {
        // 30 + 20 + 50 = 100; the bonus's 5 points stay outside.
        StandardizationEngine.ValidateCatalogue(Small() with { DeclaredTotal = Score.Of(100m) }).IsValid.Should().BeTrue();
        Single(Small() with { DeclaredTotal = Score.Of(105m) }).ErrorCode.Should().Be(StandardizationErrorCodes.TotalMismatch);
    }

    [Fact]
    public void NonPositiveDeclaredTotal_IsReported()
    {
        var report = StandardizationEngine.ValidateCatalogue(Small() with { DeclaredTotal = Score.Zero });

        report.Problems.Select(p => p.ErrorCode).Should().Equal(StandardizationErrorCodes.DeclaredTotalInvalid);
    }

    [Fact]
    public void UnknownMethod_IsReportedWithTheKnownOnes()
    {
        var problem = Single(WithAspectB(Small(), b => b with { Indicators = b.Indicators.SetItem(2, b.Indicators[2] with { Scoring = Spec("lottery") }) }));

        problem.ErrorCode.Should().Be(CommonErrorCodes.StrategyUnknown);
        problem.Path.Should().Be("Aspects[1].Indicators[2].Scoring.Name");
        problem.Message.Should().Contain("checklist");
    }

    [Fact]
    public void MissingParameter_IsReportedAtItsPath()
    {
        var problem = Single(WithAspectB(Small(), b => b with { Indicators = b.Indicators.SetItem(0, b.Indicators[0] with { Scoring = Spec(StandardizationStrategies.Deduction, ("floor", 5m)) }) }));

        problem.ErrorCode.Should().Be(CommonErrorCodes.StrategyParameterMissing);
        problem.Path.Should().Be("Aspects[1].Indicators[0].Scoring.Parameters.per-occurrence");
    }

    [Fact]
    public void InvalidParameter_IsReportedWithItsValue()
    {
        var problem = Single(WithAspectB(Small(), b => b with { Indicators = b.Indicators.SetItem(0, b.Indicators[0] with { Scoring = Spec(StandardizationStrategies.Deduction, ("per-occurrence", -2m)) }) }));

        problem.ErrorCode.Should().Be(CommonErrorCodes.StrategyParameterInvalid);
        problem.AttemptedValue.Should().Be("-2");
    }

    [Fact]
    public void UnknownParameter_IsReported()
    {
        var problem = Single(WithAspectB(Small(), b => b with { Indicators = b.Indicators.SetItem(1, b.Indicators[1] with { Scoring = Spec(StandardizationStrategies.Bonus, ("per-occurrence", 2m), ("cap", 5m)) }) }));

        problem.ErrorCode.Should().Be(CommonErrorCodes.StrategyParameterUnknown);
        problem.Path.Should().Be("Aspects[1].Indicators[1].Scoring.Parameters.cap");
    }

    [Fact]
    public void VetoWithPoints_IsReportedOnMaxPoints()
    {
        var catalogue = WithAspectB(Small(), b => b with { Indicators = b.Indicators.SetItem(2, b.Indicators[2] with { MaxPoints = Score.Of(5m) }) });

        var problem = Single(catalogue);

        problem.ErrorCode.Should().Be(StandardizationErrorCodes.MaxPointsInvalid);
        problem.Path.Should().Be("Aspects[1].Indicators[2].MaxPoints");
    }

    [Fact]
    public void IndicatorWithoutCheckMethod_IsReported()
    {
        var problem = Single(WithAspectB(Small(), b => b with { Indicators = b.Indicators.SetItem(2, b.Indicators[2] with { CheckedBy = [] }) }));

        problem.ErrorCode.Should().Be(StandardizationErrorCodes.CheckMethodMissing);
    }

    [Fact]
    public void UndefinedCheckMethod_IsReported()
    {
        var problem = Single(WithAspectB(Small(), b => b with { Indicators = b.Indicators.SetItem(2, b.Indicators[2] with { CheckedBy = [(CheckMethod)9] }) }));

        problem.ErrorCode.Should().Be(CommonErrorCodes.UndefinedEnumValue);
    }

    [Fact]
    public void MissingTitles_AreReported()
    {
        var catalogue = WithAspectB(Small(), b => b with { Title = null!, Indicators = b.Indicators.SetItem(0, b.Indicators[0] with { Title = null! }) });

        StandardizationEngine.ValidateCatalogue(catalogue).Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(
            ("Aspects[1].Title", CommonErrorCodes.Required), ("Aspects[1].Indicators[0].Title", CommonErrorCodes.Required));
    }

    [Fact]
    public void CatalogueDocument_WithErrors_IsReadThenRejectedWithPaths()
    {
        var json = """
            {"schemaVersion":"1.0","kind":"standardization-catalogue","content":{
              "id":"DOC","title":{"zhCn":"文档","english":"Document"},"declaredTotal":100,
              "aspects":[{"id":"A","title":{"zhCn":"方面","english":"Aspect"},"indicators":[
                {"id":"A1","title":{"zhCn":"指标","english":"Indicator"},"maxPoints":60,"scoring":{"name":"deduction","parameters":{"per-occurrence":"0"}},"checkedBy":["CheckingFiles"]},
                {"id":"A1","title":{"zhCn":"指标","english":"Indicator"},"maxPoints":30,"scoring":{"name":"checklist"},"checkedBy":["OnSite"]}]}]}}
            """;

        var catalogue = PartyBuilding.Core.Serialization.PartyBuildingJson.Deserialize<IndicatorCatalogue>(json);

        StandardizationEngine.ValidateCatalogue(catalogue).Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(
            ("Aspects[0].Indicators[0].Scoring.Parameters.per-occurrence", CommonErrorCodes.StrategyParameterInvalid),
            ("Aspects[0].Indicators[1].Id", StandardizationErrorCodes.DuplicateIndicator));
    }

    [Fact]
    public void UnknownSource_IsReported()
    {
        var problem = Single(Small() with { Source = "article-999" });

        problem.ErrorCode.Should().Be(StandardizationErrorCodes.SourceUnknown);
        (Small() with { Source = null }).GetCitation().Should().BeNull();
        Small().GetCitation().Should().Be(Sources.Article002.At(null));
    }

    [Fact]
    public void SeveralProblems_AreAllListed()
    {
        var catalogue = WithAspectB(Small(), b => b with
        {
            Id = AspectId.Parse("A"),
            Indicators = b.Indicators.SetItem(2, b.Indicators[2] with { Scoring = Spec("lottery"), CheckedBy = [] }),
        });

        StandardizationEngine.ValidateCatalogue(catalogue).Problems.Select(p => p.ErrorCode).Should().BeEquivalentTo(
        [
            StandardizationErrorCodes.DuplicateAspect, StandardizationErrorCodes.CheckMethodMissing, CommonErrorCodes.StrategyUnknown,
        ]);
    }

    [Fact]
    public void Catalogue_HasValueEquality()
    {
        Small().Should().Be(Small());
        Small().GetHashCode().Should().Be(Small().GetHashCode());
        Small().Should().NotBe(WithAspectB(Small(), b => b with { Illustrative = true }));
    }
}
