using System.Globalization;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;

namespace PartyBuilding.Core.Tests.Assessment;

public sealed class RankingAndBandsTest
{
    // Totals: A 90, B 85, C 85 (tied with B, same double-review score), D 80. A and B in D1, C and D in D2.
    private static AssessmentDataSet FourWithATie(ImmutableArray<VetoFlag> vetoOnD = default) => Data(
        [Member("A"), Member("B"), Member("C", "D2"), Member("D", "D2")],
        Inputs("A", 90m, 90m),
        Inputs("B", 85m, 85m),
        Inputs("C", 85m, 85m),
        Inputs("D", 80m, 80m, vetoes: vetoOnD));

    // Quota banding with a good share of 0.2 (one seat among five).
    private static AssessmentScheme Quota(AssessmentScheme scheme, string fairlyGoodShare, string poorBelow) => scheme with
    {
        Banding = From2024(AssessmentStrategies.Quota, ("good-share", "0.2"), ("fairly-good-share", fairlyGoodShare), ("poor-below", poorBelow)),
    };

    // Five organizations A to E in district D1, each with the given total as both of its inputs.
    private static AssessmentDataSet Five(params decimal[] totals) => Data(
        [.. "ABCDE".Select(c => Member(c.ToString()))],
        [.. "ABCDE".Select((c, i) => Inputs(c.ToString(), totals[i], totals[i]))]);

    private static ImmutableArray<int> Ranks(AssessmentResult result, params string[] orgs) => [.. orgs.Select(o => result[Org(o)].CommitteeRank)];

    [Fact]
    public void StandardCompetition_Ties_Share_AndSkipTheNextRank()
    {
        var result = AnnualAssessment.Evaluate(FourWithATie(), Scheme(), YearEnd2024);

        Ranks(result, "A", "B", "C", "D").Should().Equal(1, 2, 2, 4);
        result.Organizations.Select(o => o.Organization.Value).Should().Equal("A", "B", "C", "D");
    }

    [Fact]
    public void Dense_Ties_Share_WithoutSkipping()
    {
        var result = AnnualAssessment.Evaluate(FourWithATie(), Scheme(AssessmentStrategies.Dense), YearEnd2024);

        Ranks(result, "A", "B", "C", "D").Should().Equal(1, 2, 2, 3);
    }

    [Fact]
    public void TieBreaker_HigherDoubleReviewScore_RanksFirst()
    {
        // B and C both total 85: B by DR 82 / STD 87 (32.8 + 52.2), C by DR 85 / STD 85.
        var data = Data(
            [Member("B"), Member("C")],
            Inputs("B", 82m, 87m),
            Inputs("C", 85m, 85m));

        var noBreaker = AnnualAssessment.Evaluate(data, Scheme(), YearEnd2024);
        var withBreaker = AnnualAssessment.Evaluate(data, Scheme(tieBreakers: "DR"), YearEnd2024);

        noBreaker[Org("B")].Total.Should().Be(noBreaker[Org("C")].Total);
        Ranks(noBreaker, "B", "C").Should().Equal(1, 1);
        Ranks(withBreaker, "C", "B").Should().Equal(1, 2);
    }

    [Fact]
    public void Ranking_IsIndependentOfInputOrder()
    {
        var data = FourWithATie();
        var shuffled = data with
        {
            Organizations = [.. data.Organizations.Reverse()],
            Inputs = [.. data.Inputs.OrderByDescending(i => i.Component).ThenByDescending(i => i.Organization)],
        };

        var a = AnnualAssessment.Evaluate(data, Scheme(), YearEnd2024);
        var b = AnnualAssessment.Evaluate(shuffled, Scheme(), YearEnd2024);

        b.Should().Be(a);
    }

    [Fact]
    public void DistrictRanks_AreWithinEachDistrict()
    {
        var result = AnnualAssessment.Evaluate(FourWithATie(), Scheme(), YearEnd2024);

        result.District(DistrictId.Parse("D1")).Select(o => (o.Organization.Value, o.DistrictRank)).Should().Equal(("A", 1), ("B", 2));
        result.District(DistrictId.Parse("D2")).Select(o => (o.Organization.Value, o.DistrictRank)).Should().Equal(("C", 1), ("D", 2));
    }

    [Fact]
    public void Veto_CapsTheBandWhateverTheScore_AndByDefaultRanksByFinalBandThenTotal()
    {
        // The default policy changed from "vetoed last" to "final band, then total": A (100, vetoed to Average) and B (61,
        // Average by score) share the final band, so A's higher total ranks it first within it.
        var data = Data(
            [Member("A"), Member("B")],
            Inputs("A", 100m, 100m, vetoes: [new VetoFlag(Veto, LocalizedText.AsGiven("严重违纪"))]),
            Inputs("B", 61m, 61m));

        var result = AnnualAssessment.Evaluate(data, Scheme(), YearEnd2024);

        var a = result[Org("A")];
        a.PublishedTotal.Should().Be(Score.Of(100m));
        a.ScoreBand.Should().Be(GradeBand.Good);
        a.Band.Should().Be(GradeBand.Average);
        a.Vetoed.Should().BeTrue();
        a.Rules.Select(r => (r.Rule, r.Kind, r.Precedence, r.Before, r.After, r.Reason, r.Label))
            .Should().Equal((Veto, PrecedenceRuleKind.Veto, 1, GradeBand.Good, GradeBand.Average, LocalizedText.AsGiven("严重违纪"), T("一票否决", "Veto")));
        a.CommitteeRank.Should().Be(1);
        a.RankedBy.Should().Be(PublishedRankOrder.BandThenTotal);
        result[Org("B")].CommitteeRank.Should().Be(2);
        a.Explanation.Summary.Should().Be(a.Standing);
    }

    [Fact]
    public void Policy_VetoedLast_RanksAVetoedOrganizationAfterAnUnvetoedOneOfTheSameBand()
    {
        var scheme = Scheme() with { Precedence = new PrecedencePolicy(PublishedRankOrder.VetoedLast) };
        var data = Data(
            [Member("A"), Member("B")],
            Inputs("A", 100m, 100m, vetoes: [new VetoFlag(Veto, LocalizedText.AsGiven("严重违纪"))]),
            Inputs("B", 61m, 61m));

        var result = AnnualAssessment.Evaluate(data, scheme, YearEnd2024);

        Ranks(result, "A", "B").Should().Equal(2, 1);
        result[Org("A")].Band.Should().Be(GradeBand.Average);
    }

    [Fact]
    public void Article002_RegularAndBonusFactorsAndUnifiedRanking_AreCitedInTheExplanation()
    {
        var a = AnnualAssessment.Evaluate(FourWithATie(), Scheme(), YearEnd2024)[Org("A")];

        a.Explanation.Citation.Should().Be(Sources.Article002.At("统一量化排名"));
        a.Explanation.Find("bonus")!.Citation.Should().Be(Sources.Article002.At("常规因素与加分因素相结合"));
        a.Explanation.Find("regular")!.Citation!.Source.Should().Be(Sources.Article002);
        a.Explanation.Find("component:DR")!.Citation.Should().Be(Sources.Article002.At("“双述双评”按比例计入年度考核"));
        a.Explanation.Find("component:STD")!.Citation!.Source.Kind.Should().Be(CitationSourceKind.Scheme);
    }

    [Fact]
    public void Veto_DoesNotRaiseABandThatIsAlreadyWorse()
    {
        var data = Data([Member("A")], Inputs("A", 50m, 50m, vetoes: [new VetoFlag(Veto, LocalizedText.AsGiven("严重违纪"))]));

        var a = AnnualAssessment.Evaluate(data, Scheme(), YearEnd2024)[Org("A")];

        a.ScoreBand.Should().Be(GradeBand.Poor);
        a.Band.Should().Be(GradeBand.Poor);
    }

    [Fact]
    public void VetoThenDowngrade_ApplyInPrecedenceOrder()
    {
        var data = Data([Member("A")], Inputs("A", 95m, 95m, vetoes: [new VetoFlag(Downgrade, LocalizedText.AsGiven("整改逾期")), new VetoFlag(Veto, LocalizedText.AsGiven("严重违纪"))]));

        var a = AnnualAssessment.Evaluate(data, Scheme(), YearEnd2024)[Org("A")];

        a.Rules.Select(r => (r.Rule, r.Before, r.After)).Should().Equal((Veto, GradeBand.Good, GradeBand.Average), (Downgrade, GradeBand.Average, GradeBand.Poor));
        a.Band.Should().Be(GradeBand.Poor);
    }

    [Fact]
    public void ForcedDowngrade_NeverGoesBelowPoor_AndRanksByTotalWithinItsFinalBand()
    {
        var data = Data(
            [Member("A"), Member("B")],
            Inputs("A", 59m, 59m, vetoes: [new VetoFlag(Downgrade, LocalizedText.AsGiven("整改逾期"))]),
            Inputs("B", 58m, 58m));

        var result = AnnualAssessment.Evaluate(data, Scheme(), YearEnd2024);

        result[Org("A")].Band.Should().Be(GradeBand.Poor);
        result[Org("A")].Vetoed.Should().BeFalse();
        result[Org("A")].CommitteeRank.Should().Be(1);
    }

    [Theory]
    [InlineData(90, GradeBand.Good)]
    [InlineData(89.99, GradeBand.FairlyGood)]
    [InlineData(80, GradeBand.FairlyGood)]
    [InlineData(79.99, GradeBand.Average)]
    [InlineData(60, GradeBand.Average)]
    [InlineData(59.99, GradeBand.Poor)]
    public void Thresholds_BothSidesOfEachThreshold(decimal total, GradeBand expected)
    {
        var data = Data([Member("A")], Inputs("A", total, total));

        AnnualAssessment.Evaluate(data, Scheme(), YearEnd2024)[Org("A")].ScoreBand.Should().Be(expected);
    }

    [Fact]
    public void Thresholds_UseThePublishedTotal()
    {
        // 0.4 × 89.995 + 0.6 × 89.995 = 89.995, published 90.00 (half away from zero).
        var data = Data([Member("A")], Inputs("A", 89.995m, 89.995m));

        var a = AnnualAssessment.Evaluate(data, Scheme(), YearEnd2024)[Org("A")];

        a.Total.Should().Be(Score.Of(89.995m));
        a.PublishedTotal.Value.Should().Be(90.00m);
        a.ScoreBand.Should().Be(GradeBand.Good);
    }

    [Fact]
    public void Quota_BandsByRank_WithBothSidesOfTheQuota()
    {
        var scheme = Quota(Scheme(), "0.4", "60");
        var data = Five(99m, 98m, 97m, 96m, 59m);

        var result = AnnualAssessment.Evaluate(data, scheme, YearEnd2024);

        // 5 × 0.2 = 1 good seat; 5 × 0.6 = 3 seats up to fairly good.
        result.Organizations.Select(o => o.Band).Should().Equal(GradeBand.Good, GradeBand.FairlyGood, GradeBand.FairlyGood, GradeBand.Average, GradeBand.Poor);
        result.Banding.Name.Should().Be("quota");
    }

    [Fact]
    public void Quota_TiedAtTheBoundary_ShareTheBetterBand()
    {
        var scheme = Quota(Scheme(), "0", "0");
        var data = Five(99m, 99m, 97m, 96m, 95m);

        var result = AnnualAssessment.Evaluate(data, scheme, YearEnd2024);

        result.Organizations.Select(o => o.Band).Should().Equal(GradeBand.Good, GradeBand.Good, GradeBand.Average, GradeBand.Average, GradeBand.Average);
    }

    [Fact]
    public void LibraryRule_QuotaUnderDenseRanking_CountsSeatsByPosition_SoATieAboveLiftsNoOneBelowIntoABand()
    {
        // 1 good seat and 3 up to fairly good among 5. Dense ranks 1, 1, 2, 3, 4; positions 1, 1, 3, 4, 5: D ranks 3rd
        // but stands 4th, outside the three seats, as it does under standard-competition ranking.
        var scheme = Quota(Scheme(AssessmentStrategies.Dense), "0.4", "0");
        var data = Five(99m, 99m, 97m, 96m, 95m);

        var dense = AnnualAssessment.Evaluate(data, scheme, YearEnd2024);
        var competition = AnnualAssessment.Evaluate(data, scheme with { Ranking = Scheme().Ranking }, YearEnd2024);

        dense.Organizations.Select(o => o.ScoreRank).Should().Equal(1, 1, 2, 3, 4);
        dense.Organizations.Select(o => o.Band).Should().Equal(GradeBand.Good, GradeBand.Good, GradeBand.FairlyGood, GradeBand.Average, GradeBand.Average);
        competition.Organizations.Select(o => o.Band).Should().Equal(dense.Organizations.Select(o => o.Band));
        dense[Org("D")]!.Standing!.ZhCn.Should().Contain("列第3位（名次连续计；其前有3个单位，按比例评定等次时以第4名计）");
        dense[Org("D")]!.Standing!.English.Should().Contain("rank 3 of 5 in the committee by total alone (before any veto or downgrade) (3 organizations ahead: position 4 for the quota)");
        competition[Org("D")]!.Standing!.English.Should().NotContain("position");
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(2, 2)]
    public void BonusCaps_PerItemThenOverall_BothSides(decimal claimed, decimal counted)
    {
        // Item cap 3, overall cap 5 (not reached by one item).
        var data = Data([Member("A")], Inputs("A", 80m, 80m, bonuses: [new FactorEntry(Award, Score.Of(claimed), "表彰")]));

        var a = AnnualAssessment.Evaluate(data, Scheme(), YearEnd2024)[Org("A")];

        a.Bonus.Should().Be(Score.Of(counted));
        a.Bonuses.Should().Equal(new FactorLine(Award, Score.Of(claimed), Score.Of(3m), Score.Of(counted)));
        a.Total.Should().Be(Score.Of(80m + counted));
    }

    [Theory]
    [InlineData(2.5, 2.5)]
    [InlineData(3, 2.5)]
    public void BonusCaps_OverallCapLimitsTheSum(decimal claimed, decimal counted)
    {
        var data = Data([Member("A")], Inputs("A", 80m, 80m, bonuses: [new FactorEntry(Award, Score.Of(claimed), "表彰")]));

        var a = AnnualAssessment.Evaluate(data, Scheme(bonusCap: 2.5m), YearEnd2024)[Org("A")];

        a.Bonus.Should().Be(Score.Of(counted));
        a.Explanation.Find("bonus")!.Parameters["cap"].Should().Be("2.5");
    }

    [Fact]
    public void Deduction_IsCappedAndSubtracted_AndTheBreakdownAddsUp()
    {
        var inputs = Inputs("A", 80m, 90m);
        inputs = inputs.SetItem(0, inputs[0] with { Deductions = [new FactorEntry(Late, Score.Of(2m), "逾期一"), new FactorEntry(Late, Score.Of(2m), "逾期二")] });
        var data = Data([Member("A")], inputs);

        var a = AnnualAssessment.Evaluate(data, Scheme(), YearEnd2024)[Org("A")];

        a.Deduction.Should().Be(Score.Of(3m));
        a.Total.Should().Be(Score.Of(86m - 3m));
        a.Breakdown.Lines.Select(l => (l.Key, l.Score.Value)).Should().Equal(
            ("bonus", 0m), ("component:DR", 32.0m), ("component:STD", 54.0m), ("deduction", -3m));
        a.Explanation.Find("deduction")!.Value.Should().Be(-3m);
        a.Explanation.Verify().Should().BeEmpty();
    }

    [Fact]
    public void Explanation_ChildrenCombineExactlyToEachNode()
    {
        var result = AnnualAssessment.Evaluate(FourWithATie(), Scheme(), YearEnd2024);

        result.Organizations.Should().HaveCount(4);
        foreach (var a in result.Organizations)
        {
            a.Explanation.Verify().Should().BeEmpty();
            var total = a.Explanation.Children.Should().ContainSingle().Subject;
            total.Value.Should().Be(a.Total.Value);
            total.Children.Select(c => c.Key).Should().Equal("regular", "bonus", "deduction");
            foreach (var weighted in total.Children[0].Children)
            {
                weighted.Value.Should().Be(weighted.Children.Single().Value * decimal.Parse(weighted.Parameters["weight"], CultureInfo.InvariantCulture));
            }
        }
    }
}
