using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Pins every problem <see cref="IndicatorCatalogueValidator"/> publishes: path, error code, message and attempted value, in order.</summary>
public sealed class IndicatorCatalogueValidatorRulesTest
{
    private static readonly LocalizedText Titled = new("标题", "Title");

    [Fact]
    public void Validate_CatalogueBreakingEveryRule_ListsEveryProblemWithPathCodeMessageAndValue()
    {
        var catalogue = new IndicatorCatalogue(
            default,
            null!,
            Score.Of(100m),
            [
                new Aspect(default, null!, [new Indicator(default, null!, Score.Of(10m), ChecklistScoring.MethodName, [])]),
                new Aspect(AspectId.Parse("A"), Titled, [Ind("A1", 30m, ChecklistScoring.MethodName), new Indicator(IndicatorId.Parse("A1"), Titled, Score.Of(5m), "nope", [(CheckMethod)99])]),
                new Aspect(AspectId.Parse("A"), Titled, []),
            ],
            "nope",
            SourceFile: "x.txt");

        Rows(new IndicatorCatalogueValidator().Check(catalogue)).Should().Equal(
            ("Id", CommonErrorCodes.IdentifierEmpty, "'Id' must be a non-empty identifier.", ""),
            ("Title", CommonErrorCodes.Required, "'Title' must not be empty.", null),
            ("Source", StandardizationErrorCodes.SourceUnknown, $"'nope' is not a known source; use one of {string.Join(", ", Sources.All.Select(s => s.Code))}.", "nope"),
            ("SourceFile", StandardizationErrorCodes.SourceUnknown, "'x.txt' is not the file of source 'nope'.", "x.txt"),
            ("Aspects[0].Id", CommonErrorCodes.IdentifierEmpty, "An aspect needs an identifier.", null),
            ("Aspects[0].Title", CommonErrorCodes.Required, "An aspect needs a title.", null),
            ("Aspects[0].Indicators[0].Id", CommonErrorCodes.IdentifierEmpty, "An indicator needs an identifier.", null),
            ("Aspects[0].Indicators[0].Title", CommonErrorCodes.Required, "An indicator needs a title.", null),
            ("Aspects[0].Indicators[0].CheckedBy", StandardizationErrorCodes.CheckMethodMissing, "Indicator '' must name how it is checked.", null),
            ("Aspects[1].Indicators[1].Id", StandardizationErrorCodes.DuplicateIndicator, "Indicator 'A1' appears more than once in the catalogue.", "A1"),
            ("Aspects[1].Indicators[1].CheckedBy", CommonErrorCodes.UndefinedEnumValue, "Not a known way of checking.", "99"),
            ("Aspects[1].Indicators[1].Method", StandardizationErrorCodes.UnknownMethod, "'nope' is not a scoring method; known: bonus, checklist, deduction, proportional, veto.", "nope"),
            ("Aspects[2].Id", StandardizationErrorCodes.DuplicateAspect, "Aspect 'A' appears more than once.", "A"),
            ("Aspects[2].Indicators", StandardizationErrorCodes.Empty, "Aspect 'A' has no indicators.", null),
            ("DeclaredTotal", StandardizationErrorCodes.TotalMismatch, "The maximum points of the counting indicators add up to 40, not to the declared total 100.", "40"));
    }

    [Fact]
    public void Validate_NoAspects_SaysACatalogueNeedsOne() =>
        Rows(new IndicatorCatalogueValidator().Check(Small() with { Aspects = [] })).Should().Equal(
            ("Aspects", StandardizationErrorCodes.Empty, "A catalogue needs at least one aspect.", null));

    [Fact]
    public void Validate_KnownSourceWithItsOwnFile_IsAccepted() =>
        new IndicatorCatalogueValidator().Check(Small() with { Source = "article-002", SourceFile = "002_3d274b2eb4d4736e.txt" }).Problems.Should().BeEmpty();
}
