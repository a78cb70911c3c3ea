using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>
/// The precedence policy (the library's own documented choice, not an article's): bands from the published total first
/// (quota banding on the rank by total alone), then vetoes and forced downgrades; the published ranking in the policy's
/// order, committee and district alike. And the rule against a silent double penalty (不重复扣分 by default).
/// </summary>
public sealed class PrecedencePolicyTest
{
    // Quota: ⌊4 × 0.25⌋ = 1 good seat, ⌊4 × 0.75⌋ = 3 seats up to fairly good. A has the top total and a veto (the BZ-044
    // case); A and B in D1, C and D in D2.
    private static AssessmentScheme QuotaScheme(PrecedencePolicy? policy = null) => Scheme() with
    {
        Banding = From2024(AssessmentStrategies.Quota, ("good-share", "0.25"), ("fairly-good-share", "0.5"), ("poor-below", "60")),
        Precedence = policy,
    };

    private static AssessmentDataSet TopTotalVetoed(bool vetoed = true) => Data(
        [Member("A"), Member("B"), Member("C", "D2"), Member("D", "D2")],
        Inputs("A", 99.44m, 99.44m, vetoes: vetoed ? [new VetoFlag(Veto, LocalizedText.AsGiven("严重违纪"))] : []),
        Inputs("B", 95m, 95m),
        Inputs("C", 90m, 90m),
        Inputs("D", 85m, 85m));

    private static IEnumerable<(string Org, GradeBand ScoreBand, GradeBand Band, int ScoreRank, int CommitteeRank, int DistrictRank)> Table(AssessmentResult result) =>
        result.Organizations.OrderBy(o => o.Organization).Select(o => (o.Organization.Value, o.ScoreBand, o.Band, o.ScoreRank, o.CommitteeRank, o.DistrictRank));

    [Fact]
    public void Policy_Default_BandsOnTheTotalAlone_ThenVetoes_AndRanksByFinalBandThenTotal()
    {
        var result = AnnualAssessment.Evaluate(TopTotalVetoed(), QuotaScheme(), YearEnd2024);

        result.Policy.Should().Be(PrecedencePolicy.Default);
        result.Policy.Order.Should().Be(PublishedRankOrder.BandThenTotal);
        Table(result).Should().Equal(
            ("A", GradeBand.Good, GradeBand.Average, 1, 3, 2),
            ("B", GradeBand.FairlyGood, GradeBand.FairlyGood, 2, 1, 1),
            ("C", GradeBand.FairlyGood, GradeBand.FairlyGood, 3, 2, 1),
            ("D", GradeBand.Average, GradeBand.Average, 4, 4, 2));
        result.Organizations.Select(o => o.Organization.Value).Should().Equal("B", "C", "A", "D");
        result.Organizations.Should().OnlyContain(o => o.RankedBy == PublishedRankOrder.BandThenTotal);
    }

    [Fact]
    public void Policy_QuotaBanding_IsNotMovedByAVeto()
    {
        // Both sides: with and without A's veto, every organization earns the same band by its total.
        var vetoed = AnnualAssessment.Evaluate(TopTotalVetoed(), QuotaScheme(), YearEnd2024);
        var clean = AnnualAssessment.Evaluate(TopTotalVetoed(vetoed: false), QuotaScheme(), YearEnd2024);

        vetoed.Organizations.OrderBy(o => o.Organization).Select(o => (o.ScoreBand, o.ScoreRank))
            .Should().Equal(clean.Organizations.OrderBy(o => o.Organization).Select(o => (o.ScoreBand, o.ScoreRank)));
        clean[Org("A")].Band.Should().Be(GradeBand.Good);
        vetoed[Org("A")].Band.Should().Be(GradeBand.Average);
    }

    [Theory]
    [InlineData(PublishedRankOrder.BandThenTotal, new[] { 3, 1, 2, 4 }, new[] { 2, 1, 1, 2 })]
    [InlineData(PublishedRankOrder.TotalWithMarks, new[] { 1, 2, 3, 4 }, new[] { 1, 2, 1, 2 })]
    [InlineData(PublishedRankOrder.VetoedLast, new[] { 4, 1, 2, 3 }, new[] { 2, 1, 1, 2 })]
    public void Policy_EachOrder_PlacesTheVetoedTopTotal_InTheCommitteeAndTheDistrictAlike_WithTheSameBands(PublishedRankOrder order, int[] committee, int[] district)
    {
        var result = AnnualAssessment.Evaluate(TopTotalVetoed(), QuotaScheme(new PrecedencePolicy(order)), YearEnd2024);
        var sorted = result.Organizations.OrderBy(o => o.Organization).ToList();

        sorted.Select(o => o.CommitteeRank).Should().Equal(committee);
        sorted.Select(o => o.DistrictRank).Should().Equal(district);
        sorted.Select(o => (o.ScoreBand, o.Band, o.ScoreRank)).Should().Equal(
            (GradeBand.Good, GradeBand.Average, 1), (GradeBand.FairlyGood, GradeBand.FairlyGood, 2),
            (GradeBand.FairlyGood, GradeBand.FairlyGood, 3), (GradeBand.Average, GradeBand.Average, 4));
        sorted.Should().OnlyContain(o => o.RankedBy == order);
        result[Org("A")].Vetoed.Should().BeTrue();
    }

    [Fact]
    public void Policy_BandThenTotal_ADowngradeMovesTheRankIntoTheLowerBand()
    {
        // B (95, fairly good) downgraded one step to average stands after C (90, fairly good) and before D (85, average).
        var data = Data(
            [Member("B"), Member("C", "D2"), Member("D", "D2"), Member("E", "D2")],
            Inputs("B", 95m, 95m, vetoes: [new VetoFlag(Downgrade, LocalizedText.AsGiven("整改逾期"))]),
            Inputs("C", 90m, 90m),
            Inputs("D", 85m, 85m),
            Inputs("E", 99m, 99m));

        var result = AnnualAssessment.Evaluate(data, QuotaScheme(), YearEnd2024);

        result.Organizations.Select(o => (o.Organization.Value, o.Band, o.CommitteeRank)).Should().Equal(
            ("E", GradeBand.Good, 1), ("C", GradeBand.FairlyGood, 2), ("B", GradeBand.Average, 3), ("D", GradeBand.Average, 4));
        result[Org("B")].Downgraded.Should().BeTrue();
    }

    [Fact]
    public void Policy_UndefinedOrder_IsRefusedWithItsCode()
    {
        var report = AnnualAssessment.Validate(TopTotalVetoed(), QuotaScheme(new PrecedencePolicy((PublishedRankOrder)9)), YearEnd2024);

        report.Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(("Scheme.Precedence.Order", AssessmentErrorCodes.PrecedencePolicy));
    }

    [Fact]
    public void Policy_GivenOrNot_TheDefaultIsTheSameCanonicalScheme_AndTheStandingSaysWhenItIsTheDefault()
    {
        var absent = AnnualAssessment.Evaluate(TopTotalVetoed(), QuotaScheme(), YearEnd2024);
        var given = AnnualAssessment.Evaluate(TopTotalVetoed(), QuotaScheme(PrecedencePolicy.Default), YearEnd2024);

        QuotaScheme().Canonical().Should().Be(QuotaScheme(PrecedencePolicy.Default).Canonical());
        QuotaScheme().Should().NotBe(QuotaScheme(PrecedencePolicy.Default), "whether the scheme gives its policy is said in the standing");
        given.Receipt.Should().Be(absent.Receipt);
        absent[Org("A")].Standing!.ZhCn.Should().Contain("采用默认");
        given[Org("A")].Standing!.ZhCn.Should().NotContain("采用默认");
        absent[Org("A")].Standing!.English.Should().Contain("the default");
    }

    [Fact]
    public void Standing_SaysWhyInWords_NamingEveryParameterInForce_WithoutEnglishInTheChineseText()
    {
        var a = AnnualAssessment.Evaluate(TopTotalVetoed(), QuotaScheme(), YearEnd2024)[Org("A")];
        var zh = a.Standing!.ZhCn;
        var en = a.Standing.English;

        zh.Should().Contain("99.44").And.Contain("前25%为好").And.Contain("其后50%为较好").And.Contain("低于60.00为差")
            .And.Contain("应评为好").And.Contain("由好降为一般").And.Contain("先等次、后总分").And.Contain("列全委第3位")
            .And.Contain("1、2、2、4").And.Contain("先按总分评定等次");
        zh.Should().NotMatchRegex("[A-Za-z]{2,}", "no English word, enumeration or strategy name appears in the Chinese text");
        en.Should().Contain("99.44").And.Contain("top 25%").And.Contain("Good → Average").And.Contain("rank 3 of 4")
            .And.Contain("by final band, then total");
        en.Replace("严重违纪", string.Empty, StringComparison.Ordinal).Should().NotMatchRegex(@"\p{IsCJKUnifiedIdeographs}");
        a.Explanation.Summary.Should().Be(a.Standing);
        a.Explanation.ToText(DisplayLanguage.English).Should().Contain(en);
        a.Explanation.Note.Should().BeNull();
    }

    [Fact]
    public void Standing_UnderThresholds_NamesTheThresholdsAndTheTieBreakers()
    {
        var a = AnnualAssessment.Evaluate(TopTotalVetoed(), Scheme(tieBreakers: "DR"), YearEnd2024)[Org("B")];

        a.Standing!.ZhCn.Should().Contain("90.00分及以上为好").And.Contain("总分相同依次比较双述双评得分").And.Contain("未适用一票否决或强制降档");
        a.Standing.English.Should().Contain("good from 90.00").And.Contain("higher score in Double review");
    }

    [Fact]
    public void Illustrative_SchemeIsMarkedWhereItIsCitedAndInTheStanding()
    {
        var scheme = QuotaScheme() with { Illustrative = true };

        var a = AnnualAssessment.Evaluate(TopTotalVetoed(), scheme, YearEnd2024)[Org("A")];

        a.Explanation.Find("component:STD")!.Citation!.Source.Title.ZhCn.Should().EndWith("（示例）");
        a.Standing!.ZhCn.Should().Contain("示例");
        a.Standing.English.Should().Contain("illustrative");
    }

    [Fact]
    public void DoublePenalty_FlagMarkedForARuleThatDoesNotAllowIt_IsRefusedAtTheFlagsPath()
    {
        var data = Data([Member("A")], Inputs("A", 95m, 95m, vetoes: [new VetoFlag(Downgrade, LocalizedText.AsGiven("整改逾期"), Std)]));

        var report = AnnualAssessment.Validate(data, Scheme(), YearEnd2024);

        var problem = report.Problems.Should().ContainSingle().Subject;
        (problem.Path, problem.ErrorCode, problem.AttemptedValue).Should().Be(("Data.Inputs[0].Vetoes[0]", AssessmentErrorCodes.DoublePenalty, "DOWN/STD"));
        problem.Message.Should().Contain("'DOWN'").And.Contain("'STD'");
        FluentActions.Invoking(() => AnnualAssessment.Evaluate(data, Scheme(), YearEnd2024)).Should().Throw<PartyBuilding.Core.Validation.PartyBuildingValidationException>();
    }

    [Fact]
    public void DoublePenalty_UnmarkedFlag_IsAcceptedWhateverTheRule()
    {
        var data = Data([Member("A")], Inputs("A", 95m, 95m, vetoes: [new VetoFlag(Downgrade, LocalizedText.AsGiven("整改逾期"))]));

        var a = AnnualAssessment.Evaluate(data, Scheme(), YearEnd2024)[Org("A")];

        a.Rules.Should().ContainSingle().Which.AlsoLowered.Should().BeEmpty();
        a.Rules[0].Description!.ZhCn.Should().NotContain("重复扣分");
    }

    [Fact]
    public void DoublePenalty_AllowedByTheRule_AppliesAndSaysTheSameCauseAlsoLoweredTheComponent()
    {
        var scheme = Scheme() with
        {
            PrecedenceRules = [.. Scheme().PrecedenceRules.Select(r => r.Id == Downgrade ? r with { AllowDoublePenalty = true } : r)],
        };
        var data = Data([Member("A")], Inputs("A", 95m, 95m, vetoes: [new VetoFlag(Downgrade, LocalizedText.AsGiven("整改逾期"), Std)]));

        var a = AnnualAssessment.Evaluate(data, scheme, YearEnd2024)[Org("A")];

        var rule = a.Rules.Should().ContainSingle().Subject;
        (rule.Before, rule.After).Should().Be((GradeBand.Good, GradeBand.FairlyGood));
        rule.AlsoLowered.Should().Equal(Std);
        rule.Description!.ZhCn.Should().Contain("同一原因已降低“标准化”得分").And.Contain("允许重复扣分");
        rule.Description.English.Should().Contain("double penalty");
        a.Standing!.ZhCn.Should().Contain("允许重复扣分");
    }

    [Fact]
    public void DoublePenalty_LoweredComponentNotInTheScheme_IsRefused()
    {
        var data = Data([Member("A")], Inputs("A", 95m, 95m, vetoes: [new VetoFlag(Downgrade, LocalizedText.AsGiven("整改逾期"), AssessmentComponentId.Parse("RECT"))]));

        var report = AnnualAssessment.Validate(data, Scheme(), YearEnd2024);

        report.Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(("Data.Inputs[0].Vetoes[0].LoweredComponent", AssessmentErrorCodes.ComponentUnknown));
    }
}
