using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

public sealed class BranchScorerTest
{
    [Fact]
    public void Score_SmallCatalogue_SumsAspectsExactly()
    {
        // A1 met 30; A2 rate 0.75 → 10; B1 2 occurrences → 30; B2 1 bonus → 2; B3 not triggered.
        var result = BranchScorer.Score(Assess("BZ-001-B01", Y2017, 1m, 0.75m, 2m, 1m), Small());

        result.RawPoints.Should().Be(Score.Of(72m));
        result.Score.Should().Be(Score.Of(72m));
        result.Aspects.Select(a => a.Points.Value).Should().Equal(40m, 32m);
        result.Aspects.Select(a => a.MaxPoints.Value).Should().Equal(50m, 50m);
        result.IsVetoed.Should().BeFalse();
        result.Explanation.Verify().Should().BeEmpty();
    }

    [Fact]
    public void Article002_HundredPointScale_NormalisesAnotherTotal()
    {
        // The same catalogue declared out of 120 points (A1 worth 50): 50 + 10 + 30 = 90 of 120 → 75 on the 100-point scale.
        var catalogue = Small();
        catalogue = catalogue with
        {
            DeclaredTotal = Score.Of(120m),
            Aspects = catalogue.Aspects.SetItem(0, catalogue.Aspects[0] with { Indicators = catalogue.Aspects[0].Indicators.SetItem(0, Ind("A1", 50m, "checklist")) }),
        };

        var result = BranchScorer.Score(Assess("BZ-001-B01", Y2017, 1m, 0.75m, 2m), catalogue);

        result.RawPoints.Should().Be(Score.Of(90m));
        result.Score.Should().Be(Score.Of(75m));
        result.Explanation.Strategy.Should().Be("round-half-away-from-zero");
        result.Explanation.Citation.Should().Be(StandardizationRules.HundredPointScale);
        result.Explanation.Children[0].Strategy.Should().Be("scale-to-100");
    }

    [Fact]
    public void Article002_HundredPointScale_RoundsHalfAwayFromZeroOnlyWhenPublished()
    {
        // 70 of 120 = 58.333… → 58.33; the exact figure stays in the explanation.
        var catalogue = Small();
        catalogue = catalogue with
        {
            DeclaredTotal = Score.Of(120m),
            Aspects = catalogue.Aspects.SetItem(0, catalogue.Aspects[0] with { Indicators = catalogue.Aspects[0].Indicators.SetItem(0, Ind("A1", 50m, "checklist")) }),
        };

        var result = BranchScorer.Score(Assess("BZ-001-B01", Y2017, 0m, 1m, 0m), catalogue);

        result.Score.Should().Be(Score.Of(58.33m));
        result.Explanation.Children[0].Value.Should().Be(70m * 100m / 120m);
    }

    [Fact]
    public void Score_Veto_IsReportedWithTheScoreKept()
    {
        var result = BranchScorer.Score(Assess("BZ-001-B01", Y2017, 1m, 1m, 0m, 0m, 1m), Small());

        result.Score.Should().Be(Score.Of(100m));
        result.Vetoes.Should().Equal(IndicatorId.Parse("B3"));
        result.IsVetoed.Should().BeTrue();
        result.Explanation.Note!.ZhCn.Should().Contain("B3");
        result.Explanation.Note.English.Should().Contain("B3");
    }

    [Fact]
    public void Score_OptionalIndicatorsLeftOut_UseTheirDefaults()
    {
        var assessment = Assess("BZ-001-B01", Y2017, 1m, 1m, 0m);
        assessment = assessment with { Scores = assessment.Scores.RemoveAll(s => s.IndicatorId.Value is "B2" or "B3") };

        var result = BranchScorer.Score(assessment, Small());

        result.Score.Should().Be(Score.Of(100m));
        result.Explanation.Find("B3")!.Children[0].Label.English.Should().Contain("not recorded");
    }

    [Fact]
    public void Explanation_ReachesEveryObservationWithAssessorDateAndEvidence()
    {
        var result = BranchScorer.Score(Assess("BZ-001-B01", Y2017, 1m, 0.75m, 2m), Small());

        var b1 = result.Explanation.Find("B1")!;
        b1.Value.Should().Be(30m);
        b1.Strategy.Should().Be("deduction");
        b1.Parameters.Should().Contain(new KeyValuePair<string, string>("per-occurrence", "10"));
        b1.Parameters.Should().Contain(new KeyValuePair<string, string>("max-points", "50"));
        b1.Note!.ZhCn.Should().Be("50 − 2 × 10 = 30");
        b1.Citation.Should().Be(Sources.Article002.At(null));
        var observed = b1.Children.Should().ContainSingle().Subject;
        observed.Value.Should().Be(2m);
        observed.Note!.ZhCn.Should().Be("第一督导组, 2017-06-12, 查档案: 支部档案");
        observed.Citation.Should().Be(StandardizationRules.OnSiteScoring);
        result.Explanation.Find("A")!.Combination.Should().Be(ExplanationCombination.Sum);
    }

    [Fact]
    public void Score_IsIndependentOfTheOrderOfRecords()
    {
        var assessment = Assess("BZ-001-B01", Y2017, 1m, 0.75m, 2m, 1m);
        var reversed = assessment with { Scores = [.. assessment.Scores.Reverse()] };

        var a = BranchScorer.Score(assessment, Small());
        var b = BranchScorer.Score(reversed, Small());

        b.Should().Be(a);
        PartyBuildingJson.Serialize(b).Should().Be(PartyBuildingJson.Serialize(a));
    }

    [Fact]
    public void Result_RoundTripsThroughJson()
    {
        var result = BranchScorer.Score(Assess("BZ-001-B01", Y2017, 1m, 0.75m, 2m, 1m, 1m), Small());

        var back = PartyBuildingJson.Deserialize<BranchScoreResult>(PartyBuildingJson.Serialize(result));

        back.Should().Be(result);
        back.GetHashCode().Should().Be(result.GetHashCode());
    }

    [Fact]
    public void Score_InvalidAssessment_ListsEveryProblemAndScoresNothing()
    {
        var assessment = new BranchAssessment(
            OrganizationId.Parse("BZ-001-B01"),
            Y2017,
            CatalogueId.Parse("OTHER"),
            [
                Obs("A1", 0.5m),
                Obs("A1", 1m),
                Obs("Z9", 1m),
                Obs("A2", 0.8m) with { Assessor = " " },
                Obs("B1", 1m) with { AssessedOn = new LocalDate(2018, 1, 2) },
            ]);

        var act = () => BranchScorer.Score(assessment, Small());

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Select(p => (p.Path, p.ErrorCode)).Should().BeEquivalentTo(
        [
            ("CatalogueId", StandardizationErrorCodes.CatalogueMismatch),
            ("Scores[0].Observed", StandardizationErrorCodes.ObservationInvalid),
            ("Scores[1].IndicatorId", StandardizationErrorCodes.ScoreDuplicate),
            ("Scores[2].IndicatorId", StandardizationErrorCodes.IndicatorUnknown),
            ("Scores[3].Assessor", StandardizationErrorCodes.AssessorMissing),
            ("Scores[4].AssessedOn", StandardizationErrorCodes.DateOutsideYear),
        ]);
    }

    [Fact]
    public void Score_RequiredIndicatorLeftOut_IsMissing()
    {
        var assessment = Assess("BZ-001-B01", Y2017, 1m, 0.75m, 2m);
        assessment = assessment with { Scores = assessment.Scores.RemoveAll(s => s.IndicatorId.Value == "A2") };

        var act = () => BranchScorer.Score(assessment, Small());

        var problem = act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Subject;
        problem.ErrorCode.Should().Be(StandardizationErrorCodes.ScoreMissing);
        problem.AttemptedValue.Should().Be("A2");
    }

    [Fact]
    public void Score_InvalidCatalogue_IsRefusedBeforeScoring()
    {
        var act = () => BranchScorer.Score(Assess("BZ-001-B01", Y2017, 1m, 0.75m, 2m), Small() with { DeclaredTotal = Score.Of(90m) });

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle().Which.ErrorCode.Should().Be(StandardizationErrorCodes.TotalMismatch);
    }

    [Fact]
    public void Assessment_HasValueEquality()
    {
        Assess("B", Y2017, 1m, 1m, 0m).Should().Be(Assess("B", Y2017, 1m, 1m, 0m));
        Assess("B", Y2017, 1m, 1m, 0m).Should().NotBe(Assess("B", Y2017, 1m, 1m, 1m));
    }
}
