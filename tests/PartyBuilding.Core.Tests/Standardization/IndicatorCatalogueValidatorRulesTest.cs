using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Every problem <see cref="StandardizationEngine.ValidateCatalogue"/> reports for a catalogue: path, error code and attempted value, in order.</summary>
public sealed class IndicatorCatalogueValidatorRulesTest
{
    private static readonly LocalizedText Titled = new("标题", "Title");

    [Fact]
    public void Validate_CatalogueBreakingEveryRule_ListsEveryProblemWithPathCodeAndValue()
    {
        var catalogue = new IndicatorCatalogue(
            default,
            null!,
            Score.Of(100m),
            [
                new Aspect(default, null!, [new Indicator(default, null!, Score.Of(10m), Spec(StandardizationStrategies.Checklist), [])]),
                new Aspect(AspectId.Parse("A"), Titled, [Ind("A1", 30m, StandardizationStrategies.Checklist), new Indicator(IndicatorId.Parse("A1"), Titled, Score.Of(5m), Spec("nope"), [(CheckMethod)99])]),
                new Aspect(AspectId.Parse("A"), Titled, []),
            ],
            "nope",
            SourceFile: "x.txt");

        StandardizationEngine.ValidateCatalogue(catalogue).Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue)).Should().Equal(
            ("Id", CommonErrorCodes.IdentifierEmpty, null),
            ("Title", CommonErrorCodes.Required, null),
            ("Source", StandardizationErrorCodes.SourceUnknown, "nope"),
            ("SourceFile", StandardizationErrorCodes.SourceUnknown, "x.txt"),
            ("Aspects[0].Id", CommonErrorCodes.IdentifierEmpty, null),
            ("Aspects[0].Title", CommonErrorCodes.Required, null),
            ("Aspects[0].Indicators[0].Id", CommonErrorCodes.IdentifierEmpty, null),
            ("Aspects[0].Indicators[0].Title", CommonErrorCodes.Required, null),
            ("Aspects[0].Indicators[0].CheckedBy", StandardizationErrorCodes.CheckMethodMissing, null),
            ("Aspects[1].Indicators[1].Id", StandardizationErrorCodes.DuplicateIndicator, "A1"),
            ("Aspects[1].Indicators[1].CheckedBy", CommonErrorCodes.UndefinedEnumValue, "99"),
            ("Aspects[1].Indicators[1].Scoring.Name", CommonErrorCodes.StrategyUnknown, "nope"),
            ("Aspects[2].Id", StandardizationErrorCodes.DuplicateAspect, "A"),
            ("Aspects[2].Indicators", StandardizationErrorCodes.Empty, null));
    }

    [Fact]
    public void Validate_EveryMethodKnown_ChecksTheTotalOfTheCountingIndicators()
    {
        var catalogue = Small() with { Aspects = [Small().Aspects[0]] };

        StandardizationEngine.ValidateCatalogue(catalogue).Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue)).Should().Equal(
            ("DeclaredTotal", StandardizationErrorCodes.TotalMismatch, "50"));
    }

    [Fact]
    public void Validate_NoAspects_SaysACatalogueNeedsOne() =>
        StandardizationEngine.ValidateCatalogue(Small() with { Aspects = [] }).Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(
            ("Aspects", StandardizationErrorCodes.Empty));

    [Fact]
    public void Validate_KnownSourceWithItsOwnFile_IsAccepted() =>
        StandardizationEngine.ValidateCatalogue(Small() with { Source = "article-002", SourceFile = "002_3d274b2eb4d4736e.txt" }).Problems.Should().BeEmpty();
}
