using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Pins the explanation tree <see cref="BranchScorer"/> publishes node by node, its guards and the subjects of its refusals.</summary>
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

        var scale = Cite(BranchScorer.HundredPointScale);
        var onSite = Cite(BranchScorer.OnSiteScoring);
        var article = Cite(Sources.Article002.At(null));
        result.Vetoes.Should().Equal(IndicatorId.Parse("B3"), IndicatorId.Parse("B4"));
        Flatten(result.Explanation).Should().Equal(
            (0, "BZ-001-B01", "支部标准化得分", "Branch standardization score", "70.00", "round-half-away-from-zero", "scale=2", "一票否决：B3、B4 (vetoed: B3, B4)", scale),
            (1, null, "百分制折算", "Scaled to 100 points", "70.0", "scale-to-100", "declared-total=100", null, scale),
            (2, "raw", "原始得分", "Raw points", "70.0", "sum", "", null, null),
            (3, "A", "方面A", "Aspect A", "40.0", "sum", "", null, article),
            (4, "A1", "指标 A1", "Indicator A1", "30", "checklist", "max-points=30", "达标：30 (met: 30)", article),
            (5, null, "观测值", "Observed", "1", null, "", "第一督导组, 2017-06-12, 查档案", onSite),
            (4, "A2", "指标 A2", "Indicator A2", "10.0", "proportional", "max-points=20,zero-rate=0.5", "20 × (0.75 − 0.5) ÷ (1 − 0.5) = 10.0", article),
            (5, null, "观测值", "Observed", "0.75", null, "", "第一督导组, 2017-06-12, 查档案: 支部档案", onSite),
            (3, "B", "方面B", "Aspect B", "30", "sum", "", null, article),
            (4, "B1", "指标 B1", "Indicator B1", "30", "deduction", "floor=5,max-points=50,per-occurrence=10", "50 − 2 × 10 = 30", article),
            (5, null, "观测值", "Observed", "2", null, "", "第一督导组, 2017-06-12, 查档案: 支部档案", onSite),
            (4, "B2", "指标 B2", "Indicator B2", "0", "bonus", "max-points=5,per-occurrence=2", "0 × 2 = 0", article),
            (5, null, "观测值（未记录，取默认）", "Observed (not recorded, default)", "0", null, "", null, null),
            (4, "B3", "指标 B3", "Indicator B3", "0", "veto", "max-points=0", "triggered: the branch is vetoed", article),
            (5, null, "观测值", "Observed", "1", null, "", "第一督导组, 2017-06-12, 查档案: 支部档案", onSite),
            (4, "B4", "指标 B4", "Indicator B4", "0", "veto", "max-points=0", "triggered: the branch is vetoed", article),
            (5, null, "观测值", "Observed", "1", null, "", "第一督导组, 2017-06-12, 查档案: 支部档案", onSite));
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
            Aspects = catalogue.Aspects.SetItem(1, catalogue.Aspects[1] with { Indicators = catalogue.Aspects[1].Indicators.Add(Ind("B4", 0m, VetoScoring.MethodName)) }),
        };
    }
}
