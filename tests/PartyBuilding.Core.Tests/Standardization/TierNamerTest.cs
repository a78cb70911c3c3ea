using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

public sealed class TierNamerTest
{
    private static readonly AssessmentYear Y2018 = AssessmentYear.Create(2018);
    private static readonly AssessmentYear Y2019 = AssessmentYear.Create(2019);

    // Scores of the small catalogue: 30·A1 + 20·(rate − 0.5)/0.5 + max(50 − 10·B1, 5) + bonus.
    private static BranchScoreResult Result(string branch, AssessmentYear year, decimal score, bool veto = false)
    {
        var (a1, rate, b1) = score switch
        {
            100m => (1m, 1m, 0m),
            96m => (1m, 0.9m, 0m),
            95m => (1m, 0.875m, 0m),
            94.96m => (1m, 0.874m, 0m),
            90m => (1m, 1m, 1m),
            89.6m => (1m, 0.99m, 1m),
            80m => (1m, 1m, 2m),
            79.6m => (1m, 0.99m, 2m),
            70m => (0m, 1m, 0m),
            _ => throw new ArgumentOutOfRangeException(nameof(score)),
        };
        var result = BranchScorer.Score(Assess(branch, year, a1, rate, b1, 0m, veto ? 1m : 0m), Small());
        result.Score.Should().Be(Score.Of(score));
        return result;
    }

    [Theory]
    [InlineData(79.6, BranchTier.Lagging)]
    [InlineData(80, BranchTier.Standard)]
    [InlineData(89.6, BranchTier.Standard)]
    [InlineData(90, BranchTier.Advanced)]
    [InlineData(94.96, BranchTier.Advanced)]
    [InlineData(95, BranchTier.Exemplary)]
    public void ScoreThresholds_BothSidesOfEachThreshold(decimal score, BranchTier expected)
    {
        Rule(StandardizationStrategies.ScoreThresholds, ("standard", 80m), ("advanced", 90m), ("exemplary", 95m)).Decide(Result("B", Y2017, score)).Tier.Should().Be(expected);
    }

    [Fact]
    public void Article000_StepwiseTiers_ThreeYearsOfClimbing()
    {
        var results = new[]
        {
            // X is eligible for exemplary every year but climbs one tier a year.
            Result("X", Y2017, 96m), Result("X", Y2018, 96m), Result("X", Y2019, 96m),

            // Y is vetoed in 2018 with a full score, then climbs again from lagging.
            Result("Y", Y2017, 80m), Result("Y", Y2018, 100m, veto: true), Result("Y", Y2019, 100m),

            // Z starts lagging and climbs.
            Result("Z", Y2017, 79.6m), Result("Z", Y2018, 80m), Result("Z", Y2019, 90m),

            // W falls straight to its eligible tier.
            Result("W", Y2017, 90m), Result("W", Y2018, 80m), Result("W", Y2019, 79.6m),
        };

        var rounds = TierNamer.NameYears(Scheme(), results.AsEnumerable().Reverse());

        rounds.Select(r => r.Year).Should().Equal(Y2017, Y2018, Y2019);
        string Tiers(string branch) => string.Join(" → ", rounds.Select(r => r.Find(OrganizationId.Parse(branch))!.Tier));
        Tiers("X").Should().Be("Standard → Advanced → Exemplary");
        Tiers("Y").Should().Be("Standard → Lagging → Standard");
        Tiers("Z").Should().Be("Lagging → Standard → Advanced");
        Tiers("W").Should().Be("Standard → Standard → Lagging");
        rounds[0].Namings.Select(n => n.BranchId.Value).Should().Equal("W", "X", "Y", "Z");
    }

    [Fact]
    public void Article002_OneStepAYear_AttemptedSkipIsHeld()
    {
        var round = TierNamer.NameYear(Scheme(), Y2017, [Result("X", Y2017, 96m)], []);

        var naming = round.Namings.Should().ContainSingle().Subject;
        naming.PreviousTier.Should().BeNull();
        naming.EligibleTier.Should().Be(BranchTier.Exemplary);
        naming.Tier.Should().Be(BranchTier.Standard);
        naming.HeldByClimbingLimit.Should().BeTrue();
        naming.Explanation.Citation.Should().Be(StandardizationRules.MaxRisePerYear.Entries[0].Citation);
        naming.Explanation.Note!.English.Should().Contain("rises at most 1");
        naming.Explanation.Note.ZhCn.Should().Contain("最多晋升1级");
        naming.Explanation.Find("eligible")!.Value.Should().Be((int)BranchTier.Exemplary);
    }

    [Fact]
    public void NameYear_ClimbsFromTheLatestEarlierNaming()
    {
        var first = TierNamer.NameYear(Scheme(), Y2017, [Result("X", Y2017, 96m)], []);
        var second = TierNamer.NameYear(Scheme(), Y2018, [Result("X", Y2018, 96m)], [first]);
        var third = TierNamer.NameYear(Scheme(), Y2019, [Result("X", Y2019, 96m)], [second, first]);

        second.Namings[0].PreviousTier.Should().Be(BranchTier.Standard);
        second.Namings[0].Tier.Should().Be(BranchTier.Advanced);
        third.Namings[0].Tier.Should().Be(BranchTier.Exemplary);
        third.Namings[0].HeldByClimbingLimit.Should().BeFalse();
    }

    [Fact]
    public void MaxRiseOfTwo_AllowsTwoSteps()
    {
        var round = TierNamer.NameYear(Scheme(maxRise: 2), Y2017, [Result("X", Y2017, 96m)], []);

        round.Namings[0].Tier.Should().Be(BranchTier.Advanced);
    }

    [Fact]
    public void Veto_NamesLaggingWhateverTheScore()
    {
        var previous = TierNamer.NameYear(Scheme(), Y2017, [Result("Y", Y2017, 80m)], []);

        var naming = TierNamer.NameYear(Scheme(), Y2018, [Result("Y", Y2018, 100m, veto: true)], [previous]).Namings[0];

        naming.EligibleTier.Should().Be(BranchTier.Exemplary);
        naming.Tier.Should().Be(BranchTier.Lagging);
        naming.HeldByClimbingLimit.Should().BeFalse();
        naming.Explanation.Note!.ZhCn.Should().Contain("一票否决").And.Contain("B3");
        naming.Explanation.Note.English.Should().Contain("vetoed").And.Contain("B3");
        naming.Explanation.Parameters["vetoed"].Should().Be("true");
    }

    [Theory]
    [InlineData(0.6, BranchTier.Standard)] // aspect A at 30 of 50 = 0.6 exactly
    [InlineData(0.61, BranchTier.Lagging)]
    public void AspectFloor_BothSidesOfTheFloor(decimal floor, BranchTier expected)
    {
        var result = BranchScorer.Score(Assess("B", Y2017, 1m, 0.5m, 0m), Small());
        result.Score.Should().Be(Score.Of(80m));
        var decision = Rule(StandardizationStrategies.ScoreThresholdsAspectFloor, ("standard", 80m), ("advanced", 90m), ("exemplary", 95m), ("aspect-floor", floor)).Decide(result);

        decision.Tier.Should().Be(expected);
        if (expected == BranchTier.Lagging)
        {
            decision.Reason.Should().Contain("A 30/50");
        }
    }

    [Fact]
    public void NameYear_ResultOfAnotherYearOrTwice_IsRefused()
    {
        var act = () => TierNamer.NameYear(Scheme(), Y2018, [Result("X", Y2017, 80m), Result("Z", Y2018, 80m), Result("Z", Y2018, 90m)], []);

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Select(p => p.Path).Should().Equal("results[0].Year", "results[2].BranchId");
    }

    [Fact]
    public void SchemeValidation_ListsEveryProblem()
    {
        var scheme = new TierScheme(
            Spec(StandardizationStrategies.ScoreThresholds, ("standard", 80m), ("advanced", 80m), ("exemplary", 95m), ("floor", 1m)),
            0,
            null,
            [new CoverageTarget(1, Share.FromDecimal(0.5m)), new CoverageTarget(1, Share.One), new CoverageTarget(0, Share.One, (BranchTier)7)]);

        var problems = StandardizationEngine.ValidateTiers(scheme).Problems;

        problems.Select(p => (p.Path, p.ErrorCode)).Should().BeEquivalentTo(
        [
            ("MaxRisePerYear", StandardizationErrorCodes.MaxRiseInvalid),
            ("Rule.Parameters.floor", CommonErrorCodes.StrategyParameterUnknown),
            ("Rule.Parameters.advanced", CommonErrorCodes.StrategyParameterInvalid),
            ("CoverageTargets[1].CampaignYear", StandardizationErrorCodes.CoverageTargetInvalid),
            ("CoverageTargets[2].CampaignYear", StandardizationErrorCodes.CoverageTargetInvalid),
            ("CoverageTargets[2].MinimumTier", CommonErrorCodes.UndefinedEnumValue),
            ("CampaignStart", StandardizationErrorCodes.CoverageTargetInvalid),
        ]);
    }

    [Fact]
    public void SchemeValidation_UnknownRuleOrMissingThreshold()
    {
        StandardizationEngine.ValidateTiers(new TierScheme(Spec("by-lottery"))).Problems.Should().ContainSingle().Which.ErrorCode.Should().Be(CommonErrorCodes.StrategyUnknown);
        StandardizationEngine.ValidateTiers(new TierScheme(Scheme().Rule with { Name = StandardizationStrategies.ScoreThresholdsAspectFloor })).Problems
            .Should().ContainSingle().Which.Path.Should().Be("Rule.Parameters.aspect-floor");
    }

    [Fact]
    public void Scheme_TargetFor_UsesTheLatestCampaignYearReached()
    {
        var scheme = Scheme();

        scheme.TargetFor(AssessmentYear.Create(2016)).Should().BeNull();
        scheme.TargetFor(Y2017)!.Share.Should().Be(Share.FromDecimal(0.5m));
        scheme.TargetFor(Y2018)!.Share.Should().Be(Share.FromDecimal(0.8m));
        scheme.TargetFor(AssessmentYear.Create(2021))!.Share.Should().Be(Share.One);
        (scheme with { CampaignStart = null }).TargetFor(Y2017).Should().BeNull();
    }

    [Fact]
    public void Round_HasValueEquality()
    {
        var a = TierNamer.NameYear(Scheme(), Y2017, [Result("X", Y2017, 96m)], []);
        var b = TierNamer.NameYear(Scheme(), Y2017, [Result("X", Y2017, 96m)], []);

        b.Should().Be(a);
        b.GetHashCode().Should().Be(a.GetHashCode());
        Scheme().Should().Be(Scheme());
    }
}
