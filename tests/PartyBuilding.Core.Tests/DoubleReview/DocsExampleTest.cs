using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.DoubleReview;

/// <summary>The examples of docs/double-review.md, verbatim, so that the documentation is known to work.</summary>
public sealed class DocsExampleTest
{
    [Fact]
    public void Docs_EvaluateATwoRoundReview()
    {
        // --- docs/double-review.md: example 1 ---
        var scheme = new DoubleReviewScheme(
            name: "example-2024",
            effectiveFrom: new LocalDate(2024, 1, 1),
            cadence: ReviewCadence.Annual,
            groups:
            [
                new RaterGroupRule(RaterGroup.Members, Proportion.Of(0.6m), RatingScale.Grades(100, 85, 70, 50),
                    StrategySpec.Of(DoubleReviewStrategies.TrimmedMean, (DoubleReviewStrategies.TrimmedMeanCount, "1")), Quorum: Share.FromDecimal(0.8m)),
                new RaterGroupRule(RaterGroup.CommitteeLeaders, Proportion.Of(0.4m), RatingScale.Points(), StrategySpec.Of(DoubleReviewStrategies.WeightedMean)),
            ],
            combination: StrategySpec.Of(DoubleReviewStrategies.WeightedMean),
            gradeBands:
            [
                new ReviewGradeBand(ReviewGrade.Good, Score.Of(90m)),
                new ReviewGradeBand(ReviewGrade.FairlyGood, Score.Of(80m)),
                new ReviewGradeBand(ReviewGrade.Average, Score.Of(60m)),
                new ReviewGradeBand(ReviewGrade.Poor, Score.Zero),
            ],
            annualProportion: Proportion.Of(0.15m));

        var org = OrganizationId.Parse("BZ-001");
        var d1 = DistrictId.Parse("D1");
        var members = Enumerable.Range(1, 5).Select(i => MemberId.Parse($"BZ-001-B01-M{i:000}")).ToImmutableArray();
        var leader = MemberId.Parse("BZ-WC-L01");
        var grades = new[] { ReviewGrade.Good, ReviewGrade.Good, ReviewGrade.FairlyGood, ReviewGrade.Average, ReviewGrade.Good };
        var data = new DoubleReviewDataSet(
            committee: OrganizationId.Parse("BZ-WC"),
            year: AssessmentYear.Create(2024),
            organizations: [new ReviewedOrganization(org, members, d1)],
            ballots:
            [
                .. members.Select((m, i) => new Ballot(RaterGroup.Members, org, m, Grade: grades[i], CollectedBy: d1)),
                new Ballot(RaterGroup.CommitteeLeaders, org, leader, Points: Score.Of(88m), Comment: "责任落实到位，台账还需规范"),
            ],
            committeeLeaders: [leader]);

        var outcome = DoubleReviewEngine.Evaluate(data, scheme, asOf: new LocalDate(2024, 12, 30));
        var result = outcome.ResultOf(org)!;

        // Members: 100, 100, 100, 85, 70 → drop 70 and one 100 → 95; leaders: 88.
        // Combined: 0.6 × 95 + 0.4 × 88 = 57 + 35.2 = 92.20 → 好, entering the annual assessment at 15%.
        Console.WriteLine(result.Explanation.ToText());
        // --- end of example 1 ---

        result.Score.Should().Be(Score.Of(92.20m));
        result.Grade.Should().Be(ReviewGrade.Good);
        result.Proportion.Should().Be(Proportion.Of(0.15m));
        result.Comments.Should().ContainSingle().Which.Text.Should().Be("责任落实到位，台账还需规范");
    }

    [Fact]
    public void Docs_FindRejectedBallotsBeforeEvaluating()
    {
        var scheme = HandExample.Scheme();
        var data = HandExample.Data().WithBallots(HandExample.Ballots().Append(HandExample.Peer(HandExample.A, HandExample.A, 100)));

        // --- docs/double-review.md: example 2 ---
        var report = DoubleReviewEngine.Validate(data, scheme, new LocalDate(2017, 12, 28));
        foreach (var problem in report.Problems)
        {
            Console.WriteLine(problem); // Data.Ballots[34].RaterOrganization: [DR.SELF_RATING] BZ-001 may not rate itself. (value: 'BZ-001')
        }
        // --- end of example 2 ---

        report.IsValid.Should().BeFalse();
        report.Problems.Should().ContainSingle().Which.ToString()
            .Should().Be("Data.Ballots[34].RaterOrganization: [DR.SELF_RATING] BZ-001 may not rate itself. (value: 'BZ-001')");
    }

    [Fact]
    public void Docs_ReviewASecretary()
    {
        // --- docs/double-review.md: example 3 ---
        var scheme = new DoubleReviewScheme(
            name: "secretaries-example-2018",
            effectiveFrom: new LocalDate(2018, 1, 1),
            cadence: ReviewCadence.Annual,
            groups:
            [
                new RaterGroupRule(RaterGroup.Members, Proportion.Of(0.6m), RatingScale.Grades(100, 85, 70, 50),
                    StrategySpec.Of(DoubleReviewStrategies.Median), Quorum: Share.FromDecimal(0.8m)),
                new RaterGroupRule(RaterGroup.CommitteeLeaders, Proportion.Of(0.4m), RatingScale.Points(), StrategySpec.Of(DoubleReviewStrategies.WeightedMean)),
            ],
            combination: StrategySpec.Of(DoubleReviewStrategies.WeightedMean),
            gradeBands:
            [
                new ReviewGradeBand(ReviewGrade.Good, Score.Of(90m)),
                new ReviewGradeBand(ReviewGrade.FairlyGood, Score.Of(80m)),
                new ReviewGradeBand(ReviewGrade.Average, Score.Of(60m)),
                new ReviewGradeBand(ReviewGrade.Poor, Score.Zero),
            ],
            annualProportion: Proportion.Of(0.1m)) { IsIllustrative = true };

        var org = OrganizationId.Parse("BZ-001");
        var secretary = new ReviewedPerson(MemberId.Parse("BZ-001-B01-M001"), "徐国娟");
        var members = Enumerable.Range(1, 6).Select(i => MemberId.Parse($"BZ-001-B01-M{i:000}")).ToImmutableArray();
        var leader = MemberId.Parse("BZ-WC-B01-M001");
        var grades = new[] { ReviewGrade.Good, ReviewGrade.Good, ReviewGrade.Good, ReviewGrade.FairlyGood, ReviewGrade.Poor };
        var data = new DoubleReviewDataSet(
            committee: OrganizationId.Parse("BZ-WC"),
            year: AssessmentYear.Create(2018),
            organizations: [new ReviewedOrganization(org, members, person: secretary)], // the secretary, not the organization, is reviewed
            ballots:
            [
                .. members.Skip(1).Select((m, i) => new Ballot(RaterGroup.Members, org, m, Grade: grades[i])), // the secretary does not rate herself
                new Ballot(RaterGroup.CommitteeLeaders, org, leader, Points: Score.Of(75m), Comment: "履行第一责任人职责到位"),
            ],
            committeeLeaders: [leader]);

        var asOf = new LocalDate(2019, 1, 15);
        var registry = OrganizationRegistry.Create(PartyBuildingJson.Deserialize<OrganizationSnapshot>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "organizations", "binzhou-snapshot.json"))));
        var resolved = DoubleReviewEngine.CheckAgainst(data, registry.AsOf(asOf)); // the person is BZ-001's secretary in the registry
        var result = DoubleReviewEngine.Evaluate(data, scheme, asOf).ResultOf(org)!;

        // Members: 100, 100, 100, 85, 50 → median 100 (5 of 5 eligible: the secretary is not among her raters); leader: 75.
        // Combined: 0.6 × 100 + 0.4 × 75 = 60 + 30 = 90.00 → 好 (on the band's minimum).
        Console.WriteLine(result.Explanation.ToText()); // 书记述职评议得分：徐国娟（BZ-001-B01-M001，BZ-001书记）: 90.00 …
        // --- end of example 3 ---

        resolved.Problems.Should().BeEmpty();
        result.Person.Should().Be(secretary);
        result.Score.Should().Be(Score.Of(90m));
        result.Grade.Should().Be(ReviewGrade.Good);
        result.Groups[0].Eligible.Should().Be(5);
        result.Explanation.ToText().Should().StartWith("书记述职评议得分：徐国娟（BZ-001-B01-M001，BZ-001书记）: 90.00");
    }
}
