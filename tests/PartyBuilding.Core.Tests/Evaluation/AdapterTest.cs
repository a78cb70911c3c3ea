using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary>Each adapter against a figure computed by hand.</summary>
public sealed class AdapterTest
{
    private static readonly OrganizationId Bz001 = OrganizationId.Parse("BZ-001");
    private static readonly OrganizationId Bz002 = OrganizationId.Parse("BZ-002");
    private static readonly AssessmentYear Year2018 = AssessmentYear.Create(2018);

    private static Explanation Leaf(decimal value) => Explanation.Given(new LocalizedText("输入", "Input"), value);

    [Fact]
    public void Article002_DoubleReviewCountsIntoTheAssessment_PublishedScoreWithTheReviewsTree()
    {
        // BZ-001: 42.5 + 17 + 26.4 = 85.90 (docs/double-review.md); BZ-002 has no result: its members' round missed the quorum.
        var tree = Explanation.Sum(new LocalizedText("双述双评", "Double review"), [Leaf(42.5m), Leaf(17m), Leaf(26.4m)]);
        var result = new OrganizationReviewResult(Bz001, Score.Of(85.90m), Score.Of(85.9m), ReviewGrade.FairlyGood, Proportion.Of(0.2m), tree);
        var failure = new RoundFailure(Bz002, RaterGroup.Members, ReviewRound.ToMembers, RoundFailureReason.BelowQuorum, 14, 20, Share.FromDecimal(0.8m), Leaf(14m));
        var outcome = new DoubleReviewOutcome("bz-wc", Year2018, new LocalDate(2019, 1, 15), [result], [failure]);
        var dr = AssessmentComponentId.Parse("DR");

        var input = DoubleReviewComponents.ToComponentInputs(outcome, dr).Should().ContainSingle().Subject;
        var missing = DoubleReviewComponents.Missing(outcome, dr).Should().ContainSingle().Subject;

        input.Organization.Should().Be(Bz001);
        input.Score.Should().Be(Score.Of(85.90m));
        input.Explanation!.Value.Should().Be(85.90m);
        input.Explanation.Children.Should().Equal(tree);
        input.Explanation.Citation.Should().Be(Sources.Article002.At("“双述双评”按比例计入年度考核"));
        input.Explanation.Key.Should().Be("DR:BZ-001");
        missing.Organization.Should().Be(Bz002);
        missing.Reason.English.Should().Contain("14 of 20 raters took part").And.Contain("80% required (at least 16)");
        missing.Reason.ZhCn.Should().Contain("20人中14人参评，应达80%（至少16人）").And.NotContainAny("BelowQuorum", "ToMembers", "Members");
    }

    [Fact]
    public void Article002_HundredPointBranchScores_RollUpToTheMeanOfTheDepartmentsBranches()
    {
        // BZ-001's branches 90, 85 and 80.5 (vetoed): (90 + 85 + 80.5) / 3 = 85.1666… → 85.17; BZ-002's one branch 70.
        // A branch of another year does not count.
        var tree = OrganizationRegistry.Create(Snapshot()).AsOf(new LocalDate(2019, 1, 15));
        var results = ImmutableArray.Create(
            Branch("BZ-001-B02", 2018, 85m),
            Branch("BZ-001-B01", 2018, 90m),
            Branch("BZ-001-B03", 2018, 80.5m, "BZ-A1-01"),
            Branch("BZ-001-B01", 2017, 10m),
            Branch("BZ-002-B01", 2018, 70m));
        var outcome = new StandardizationOutcome(results, [], []);
        var std = AssessmentComponentId.Parse("STD");
        var veto = AssessmentFactorId.Parse("VETO-STD");

        var inputs = StandardizationComponents.ToComponentInputs(outcome, Year2018, tree, OrganizationId.Parse("BZ-WC"), std, veto);

        inputs.Select(i => (i.Organization, i.Score)).Should().Equal((Bz001, Score.Of(85.17m)), (Bz002, Score.Of(70m)));
        inputs[0].Explanation!.Value.Should().Be(85.17m);
        inputs[0].Explanation!.Children.Should().HaveCount(3);
        inputs[0].Vetoes.Should().ContainSingle().Which.Should().Be(new VetoFlag(veto, new LocalizedText("支部BZ-001-B03因BZ-A1-01被否决", "branch BZ-001-B03 vetoed on BZ-A1-01")));
        inputs[1].Vetoes.Should().BeEmpty();
        StandardizationComponents.ToComponentInputs(outcome, Year2018, tree, OrganizationId.Parse("BZ-WC"), std)[0].Vetoes.Should().BeEmpty();
    }

    [Fact]
    public void Standardization_MeanRoundsHalfAwayFromZero_OnBothSidesOfTheHalf()
    {
        // (80 + 80.01) / 2 = 80.005 → 80.01 (half away from zero); (80 + 80.005) / 2 = 80.0025 → 80.00.
        var tree = OrganizationRegistry.Create(Snapshot()).AsOf(new LocalDate(2019, 1, 15));
        var std = AssessmentComponentId.Parse("STD");
        var up = new StandardizationOutcome([Branch("BZ-001-B01", 2018, 80m), Branch("BZ-001-B02", 2018, 80.01m)], [], []);
        var down = new StandardizationOutcome([Branch("BZ-001-B01", 2018, 80m), Branch("BZ-001-B02", 2018, 80.005m)], [], []);

        StandardizationComponents.ToComponentInputs(up, Year2018, tree, OrganizationId.Parse("BZ-WC"), std)[0].Score.Should().Be(Score.Of(80.01m));
        StandardizationComponents.ToComponentInputs(down, Year2018, tree, OrganizationId.Parse("BZ-WC"), std)[0].Score.Should().Be(Score.Of(80.00m));
    }

    [Fact]
    public void Article002_MemberPointsGradeTheOrganization_StatisticsScoreCarriedUnchanged()
    {
        var stats = new PointsStatistics(Bz001, 18, 17, 16, 5, 9, 2, 0, Score.Of(1500m), Score.Of(83.33m),
            Proportion.FromRatio(17m, 18m), Proportion.FromRatio(14m, 16m), Score.Of(88.5m), Leaf(88.5m));
        var result = new MemberPointsYearResult(Year2018, OrganizationId.Parse("BZ-WC"), new LocalDate(2019, 1, 15), [], [], [], [stats], stats);

        var input = MemberPointsComponents.ToComponentInputs(result, AssessmentComponentId.Parse("PTS")).Should().ContainSingle().Subject;

        input.Score.Should().Be(Score.Of(88.5m));
        input.Explanation!.Children.Should().Equal(stats.Explanation);
        input.Explanation.Citation.Should().Be(MemberPointsComponents.AnnualGrading);
    }

    [Fact]
    public void Responsibilities_ScoreIsScaledToOneHundred()
    {
        // 42.5 of 50 points → 42.5 × 100 / 50 = 85; 20 of 30 → 66.666… → 66.67; a maximum of 100 keeps the score.
        var assessment = new ResponsibilityAssessment("scheme", Year2018, new LocalDate(2019, 1, 15),
        [
            Result(Bz001, 42.5m, 50m),
            Result(Bz002, 20m, 30m),
            Result(OrganizationId.Parse("BZ-003"), 77.25m, 100m),
        ]);

        var inputs = ResponsibilityComponents.ToComponentInputs(assessment, AssessmentComponentId.Parse("RESP"));

        inputs.Select(i => i.Score!.Value.Value).Should().Equal(85m, 66.67m, 77.25m);
        inputs[0].Explanation!.Parameters["max-points"].Should().Be("50");
    }

    [Fact]
    public void Rectification_ShareOfMeasuresNotOverdue_AndTheOverdueRule()
    {
        // BZ-001: 8 measures, 1 overdue → 100 × 7 / 8 = 87.5 and DOWN-RECT raised; BZ-002: none overdue → 100; BZ-003: no measure → 100.
        var status = new RectificationLedgerStatus(RectificationLedgerId.Parse("L-2018"), new LocalDate(2019, 1, 15), [],
        [
            new RectificationRollup(Bz001, 3, 8, 6, 0, 1, 1, 2, Leaf(8m)),
            new RectificationRollup(Bz002, 1, 2, 2, 0, 0, 0, 1, Leaf(2m)),
            new RectificationRollup(OrganizationId.Parse("BZ-003"), 0, 0, 0, 0, 0, 0, 0, Leaf(0m)),
        ]);
        var rule = AssessmentFactorId.Parse("DOWN-RECT");

        var inputs = RectificationComponents.ToComponentInputs(status, AssessmentComponentId.Parse("RECT"), rule);

        inputs.Select(i => i.Score!.Value.Value).Should().Equal(87.5m, 100m, 100m);
        // The overdue measure already lowered RECT: the flag says so, so that the assessment refuses a double penalty the scheme does not allow.
        inputs[0].Vetoes.Should().Equal(new VetoFlag(rule, new LocalizedText("8项整改措施中1项逾期", "1 of 8 rectification measures overdue"), AssessmentComponentId.Parse("RECT")));
        inputs[1].Vetoes.Should().BeEmpty();
    }

    private static OrganizationResponsibilityResult Result(OrganizationId organization, decimal score, decimal max) =>
        new(organization, Year2018, new LocalDate(2019, 1, 15), Score.Of(score), Score.Of(max), "proportional", [], Leaf(score));

    private static BranchScoreResult Branch(string branch, int year, decimal score, params string[] vetoes) =>
        new(OrganizationId.Parse(branch), AssessmentYear.Create(year), CatalogueId.Parse("BZ-2017"), Score.Of(score), Score.Of(100m), Score.Of(score),
            [.. vetoes.Select(IndicatorId.Parse)], [], Leaf(score));

    private static OrganizationSnapshot Snapshot() =>
        PartyBuildingJson.Deserialize<OrganizationSnapshot>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "organizations", "binzhou-snapshot.json")));
}
