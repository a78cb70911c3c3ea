using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using PartyBuilding.Core.Tests.Golden;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Pins the explanation tree <see cref="BranchScorer"/> publishes (whole, as a golden file under <c>Approved/standardization</c>), its guards and the subjects of its refusals.</summary>
public sealed class BranchScorerExplanationTest
{
    [Fact]
    public void Article002_HundredPointScaleAndOnSiteScoring_TwoVetoes_ExplainEveryNodeWithLabelsParametersNotesAndCitations()
    {
        // A1 met (recorded without evidence) 30; A2 rate 0.75 → 10; B1 2 occurrences → 30; B2 left out → 0; B3 and B4 triggered.
        var assessment = Assess("BZ-001-B01", Y2017, 1m, 0.75m, 2m, 0m, 1m);
        assessment = assessment with
        {
            Scores = [.. assessment.Scores.Where(s => s.IndicatorId.Value != "B2").Select(s => s.IndicatorId.Value == "A1" ? s with { Evidence = null } : s), Obs("B4", 1m)],
        };

        var result = BranchScorer.Score(assessment, TwoVetoCatalogue());

        result.Vetoes.Should().Equal(IndicatorId.Parse("B3"), IndicatorId.Parse("B4"));
        result.Score.Should().Be(Score.Of(70m));
        GoldenTrees.Verify("standardization/branch-scorer-two-vetoes.txt", result.Explanation);
    }

    [Fact]
    public void Article002_HundredPointScale_NoVeto_LeavesTheRootWithoutANote() =>
        BranchScorer.Score(Assess("BZ-001-B01", Y2017, 1m, 1m, 0m), TwoVetoCatalogue()).Explanation.Note.Should().BeNull();

    [Fact]
    public void Score_InvalidCatalogue_IsRefusedAsTheStandardizationCatalogue()
    {
        var act = () => BranchScorer.Score(Assess("BZ-001-B01", Y2017, 1m, 1m, 0m), Small() with { DeclaredTotal = Score.Of(90m) });

        act.Should().Throw<PartyBuildingValidationException>().WithMessage("The standardization catalogue is not valid: 1 problem.*");
    }

    [Fact]
    public void Score_InvalidAssessment_IsRefusedAsTheBranchAssessment()
    {
        var act = () => BranchScorer.Score(Assess("BZ-001-B01", Y2017, 2m, 1m, 0m), Small());

        act.Should().Throw<PartyBuildingValidationException>().WithMessage("The branch assessment is not valid: 1 problem.*");
    }

    [Fact]
    public void Score_NullArguments_ThrowArgumentNullNamingThem()
    {
        var noAssessment = () => BranchScorer.Score(null!, Small());
        var noCatalogue = () => BranchScorer.Score(Assess("BZ-001-B01", Y2017, 1m, 1m, 0m), null!);

        noAssessment.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("assessment");
        noCatalogue.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("catalogue");
    }

    /// <summary>The small catalogue with a second veto item, B4.</summary>
    private static IndicatorCatalogue TwoVetoCatalogue()
    {
        var catalogue = Small();
        return catalogue with
        {
            Aspects = catalogue.Aspects.SetItem(1, catalogue.Aspects[1] with { Indicators = catalogue.Aspects[1].Indicators.Add(Ind("B4", 0m, StandardizationStrategies.Veto)) }),
        };
    }
}
