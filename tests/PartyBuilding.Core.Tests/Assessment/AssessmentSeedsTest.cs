using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;

namespace PartyBuilding.Core.Tests.Assessment;

public sealed class AssessmentSeedsTest
{
    /// <summary>
    /// The 2024 committee under the 2024 scheme as of 2025-01-15, computed by hand (see docs/assessment.md):
    /// organization, district, regular score, bonus, deduction, exact total, published total, score band, final band,
    /// committee rank, district rank. Ranked by the default precedence policy (final band, then total): the vetoed BZ-003
    /// stands first of the Average band, the downgraded BZ-022 last, in the committee and in its district alike.
    /// </summary>
    private static readonly (string Org, string District, decimal Regular, decimal Bonus, decimal Deduction, decimal Total, decimal Published, GradeBand ScoreBand, GradeBand Band, int CommitteeRank, int DistrictRank)[] Table2024 =
    [
        ("BZ-001", "D1", 94.70m, 4m, 0m, 98.70m, 98.70m, GradeBand.Good, GradeBand.Good, 1, 1),
        ("BZ-021", "D2", 91.05m, 0m, 1.5m, 89.55m, 89.55m, GradeBand.FairlyGood, GradeBand.FairlyGood, 2, 1),
        ("BZ-005", "D1", 89.10m, 0m, 0m, 89.10m, 89.10m, GradeBand.FairlyGood, GradeBand.FairlyGood, 3, 2),
        ("BZ-002", "D1", 89.10m, 0m, 0m, 89.10m, 89.10m, GradeBand.FairlyGood, GradeBand.FairlyGood, 4, 3),
        ("BZ-023", "D2", 86.85m, 0m, 0m, 86.85m, 86.85m, GradeBand.FairlyGood, GradeBand.FairlyGood, 5, 2),
        ("BZ-024", "D2", 83.85m, 0m, 0m, 83.85m, 83.85m, GradeBand.FairlyGood, GradeBand.FairlyGood, 6, 3),
        ("BZ-003", "D1", 94.15m, 0m, 0m, 94.15m, 94.15m, GradeBand.Good, GradeBand.Average, 7, 4),
        ("BZ-004", "D1", 81.35m, 0m, 0m, 81.35m, 81.35m, GradeBand.Average, GradeBand.Average, 8, 5),
        ("BZ-025", "D2", 71.85m, 0m, 3m, 68.85m, 68.85m, GradeBand.Average, GradeBand.Average, 9, 4),
        ("BZ-022", "D2", 76.25m, 0m, 0m, 76.25m, 76.25m, GradeBand.Average, GradeBand.Poor, 10, 5),
    ];

    public static TheoryData<string> Organizations2024 => new(Table2024.Select(r => r.Org));

    private static AssessmentResult Result2024 => AnnualAssessment.Evaluate(SeedData(2024), SeedScheme(2024), YearEnd2024);

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    public void Seeds_LoadAndValidate(int year)
    {
        var scheme = SeedScheme(year);
        var data = SeedData(year);

        AnnualAssessment.ValidateScheme(scheme).Problems.Should().BeEmpty();
        AnnualAssessment.Validate(data, scheme, new LocalDate(year + 1, 1, 15)).Problems.Should().BeEmpty();
        scheme.Components.Select(c => c.Kind).Should().BeEquivalentTo(
            [ComponentKind.DoubleReview, ComponentKind.Standardization, ComponentKind.Responsibilities, ComponentKind.Rectification,
             ComponentKind.MemberPoints, ComponentKind.RoutineWork, ComponentKind.KeyWork]);
        scheme.Reference.Should().Be("002_3d274b2eb4d4736e.txt");
        data.Organizations.Should().HaveCount(10);
    }

    [Theory]
    [MemberData(nameof(Organizations2024))]
    public void Evaluate_Seed2024_MatchesHandComputedTable(string org)
    {
        var (_, district, regular, bonus, deduction, total, published, scoreBand, band, committeeRank, districtRank) = Table2024.Single(r => r.Org == org);
        var a = Result2024[Org(org)];

        a.District.Should().Be(DistrictId.Parse(district));
        a.RegularScore.Value.Should().Be(regular);
        a.Bonus.Value.Should().Be(bonus);
        a.Deduction.Value.Should().Be(deduction);
        a.Total.Value.Should().Be(total);
        a.PublishedTotal.Value.Should().Be(published);
        a.ScoreBand.Should().Be(scoreBand);
        a.Band.Should().Be(band);
        a.CommitteeRank.Should().Be(committeeRank);
        a.DistrictRank.Should().Be(districtRank);
        a.Breakdown.Total.Should().Be(a.Total);
        a.Explanation.Value.Should().Be(published);
        a.Explanation.Verify().Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_Seed2024_OrdersByCommitteeRankAndListsDistricts()
    {
        var result = Result2024;

        result.Organizations.Select(o => o.Organization.Value).Should().Equal(Table2024.Select(row => row.Org));
        result.District(DistrictId.Parse("D2")).Select(o => o.DistrictRank).Should().Equal(1, 2, 3, 4, 5);
        result.Banding.Name.Should().Be("thresholds");
        result.Ranking.Parameters["tie-breakers"].Should().Be("DR");
    }

    [Fact]
    public void Evaluate_Seed2024_ExplanationReachesTheAreaInputs()
    {
        var bz001 = Result2024[Org("BZ-001")];

        var dr = bz001.Explanation.Find("component:DR")!;
        dr.Value.Should().Be(23.8m);
        dr.Citation!.Source.Should().Be(Sources.Article002);
        dr.Parameters["weight"].Should().Be("0.25");
        var areaNode = dr.Children.Should().ContainSingle().Subject;
        areaNode.Key.Should().Be("DR/BZ-001");
        areaNode.Children.Select(c => c.Value).Should().Equal(38.4m, 28.2m, 28.6m);
        bz001.Explanation.Find("bonus:AWARD")!.Children.Select(c => c.Note!.ZhCn).Should().BeEquivalentTo(["省级先进基层党组织", "市级党建品牌"]);
        bz001.Explanation.Find("input:BZ-001/ROUTINE")!.Parameters["grade"].Should().Be("Good");
    }

    [Fact]
    public void Evaluate_Seed2024_BonusCapsAreExplained()
    {
        var bz001 = Result2024[Org("BZ-001")];

        bz001.Bonuses.Should().Equal(
            new FactorLine(Award, Score.Of(4m), Score.Of(3m), Score.Of(3m)),
            new FactorLine(AssessmentFactorId.Parse("INNOV"), Score.Of(2m), Score.Of(2m), Score.Of(2m)));
        var bonus = bz001.Explanation.Find("bonus")!;
        bonus.Parameters["cap"].Should().Be("4");
        bonus.Children.Sum(c => c.Value).Should().Be(5m);
        bonus.Value.Should().Be(4m);
    }

    [Fact]
    public void Evaluate_DatedBonusCap_UsesTheValueInForceOnTheEvaluationDate()
    {
        var beforeRevision = AnnualAssessment.Evaluate(SeedData(2024), SeedScheme(2024), new LocalDate(2024, 6, 30));
        var onRevision = AnnualAssessment.Evaluate(SeedData(2024), SeedScheme(2024), new LocalDate(2024, 7, 1));

        beforeRevision[Org("BZ-001")].Bonus.Should().Be(Score.Of(5m));
        beforeRevision[Org("BZ-001")].PublishedTotal.Should().Be(Score.Of(99.70m));
        onRevision[Org("BZ-001")].Bonus.Should().Be(Score.Of(4m));
    }

    [Fact]
    public void Evaluate_SameDataUnderTwoYearsSchemes_UsesEachYearsWeightsAndThresholds()
    {
        var data = SeedData(2024);
        var under2023 = AnnualAssessment.Evaluate(data with { Year = AssessmentYear.Create(2023) }, SeedScheme(2023), new LocalDate(2024, 1, 15));
        var under2024 = Result2024;

        // 2023 weights: DR 0.30, STD 0.20, RESP 0.15, RECT 0.05, PTS 0.10, ROUTINE 0.10, KEY 0.10; bonus cap 5.
        under2023[Org("BZ-001")].RegularScore.Should().Be(Score.Of(94.71m));
        under2023[Org("BZ-001")].PublishedTotal.Should().Be(Score.Of(99.71m));
        under2024[Org("BZ-001")].PublishedTotal.Should().Be(Score.Of(98.70m));
        under2023[Org("BZ-021")].PublishedTotal.Should().Be(Score.Of(89.65m));
        under2023[Org("BZ-004")].ScoreBand.Should().Be(GradeBand.FairlyGood, "80.xx is fairly good under 2023's threshold of 80");
        under2024[Org("BZ-004")].ScoreBand.Should().Be(GradeBand.Average, "81.35 is below 2024's threshold of 82");
        under2023.Receipt.Sha256.Should().NotBe(under2024.Receipt.Sha256);
    }

    [Fact]
    public void Article002_DoubleReviewCountsByProportion_WeightIsTheSchemesProportion()
    {
        var scheme = SeedScheme(2024);
        var dr = scheme.Components.Single(c => c.Kind == ComponentKind.DoubleReview);

        dr.Weights.Should().ContainSingle().Which.Value.Should().Be(Proportion.Of(0.25m));
        Proportion.SumsToOne(scheme.Components.Select(c => c.Weights[0].Value)).Should().BeTrue();
        Result2024[Org("BZ-001")].Components.Single(c => c.Component == Dr).Contribution.Should().Be(Score.Of(95.2m * 0.25m));
    }

    [Fact]
    public void Evaluate_InvalidRequest_ListsEveryProblemAndComputesNothing()
    {
        var data = SeedData(2024);
        var broken = data with
        {
            Inputs = data.Inputs
                .Where(i => !(i.Organization == Org("BZ-002") && i.Component == Std))
                .Select(i => i.Organization == Org("BZ-001") && i.Component == Dr ? i with { Score = Score.Of(101m), Explanation = null } : i)
                .Append(new ComponentInput(Org("BZ-999"), Dr, Score.Of(50m)))
                .ToImmutableArray(),
        };

        var act = () => AnnualAssessment.Evaluate(broken, SeedScheme(2024), new LocalDate(2023, 12, 31));

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Select(p => p.ErrorCode).Should().BeEquivalentTo(
        [
            AssessmentErrorCodes.ScoreRange, AssessmentErrorCodes.OrganizationUnknown, AssessmentErrorCodes.ComponentInputMissing,
            AssessmentErrorCodes.AsOfBeforeScheme,
        ]);
    }
}
