using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// One list scored by each strategy, against figures computed by hand. As of 2019-12-31:
/// P1 (once by 31 March, done) completion 1; P2 (quarterly, done in Q1 and Q3, Q2 overdue, Q4 still due) 2/3;
/// A1 (once by 30 November, no evidence) 0; A2 (half-yearly, done in H1, H2 still due) 1.
/// </summary>
public sealed class ScoringStrategiesTest
{
    private static readonly LocalDate AsOf = D(2019, 12, 31);

    private static ResponsibilityList Sample => List(
        Item("P1", ResponsibilityLevel.Principal, DueRule.Once(D(2019, 3, 31))),
        Item("P2", ResponsibilityLevel.Principal, DueRule.Recurring(RecurrencePeriod.Quarter)),
        Item("A1", ResponsibilityLevel.Assisting, DueRule.Once(D(2019, 11, 30))),
        Item("A2", ResponsibilityLevel.Assisting, DueRule.Recurring(RecurrencePeriod.HalfYear)));

    private static ImmutableArray<EvidenceRecord> SampleEvidence =>
    [
        Record("P1", D(2019, 3, 1)),
        Record("P2", D(2019, 2, 1)),
        Record("P2", D(2019, 8, 1)),
        Record("A2", D(2019, 6, 30)),
    ];

    private static ImmutableArray<ItemStatus> Items => ResponsibilityStatusEngine.Evaluate(Sample, SampleEvidence, AsOf).Items;

    [Fact]
    public void Proportional_HandComputed_MeanOfItemCompletions()
    {
        // (1 + 2/3 + 0 + 1) / 4 = 2/3 → 66.666… points; published 66.67.
        var score = new ProportionalScoring(new Score(100m)).Score(Items);

        score.Value.Round().Should().Be(new Score(66.67m));
        score.Value.Value.Should().Be(66.66666667m);
        score.Explanation.Strategy.Should().Be("proportional");
        score.Explanation.Children.Single().Children.Should().HaveCount(4);
    }

    [Fact]
    public void LevelWeighted_HandComputed_RebasesOverLevelsPresent()
    {
        // principal (1 + 2/3)/2 = 5/6, assisting (0 + 1)/2 = 1/2; supervising absent, implementing weight 0:
        // 100 × (0.5 × 5/6 + 0.3 × 1/2) / 0.8 = 70.8333… → 70.83.
        var strategy = Strategy(ResponsibilityStrategies.LevelWeighted);

        var score = strategy.Score(Items);

        score.Value.Round().Should().Be(new Score(70.83m));
        score.Explanation.Children.Select(c => c.Key).Should().Equal("Principal", "Assisting");
        score.Explanation.Parameters["countedWeight"].Should().Be("0.8");
    }

    [Fact]
    public void OverdueDeduction_HandComputed_TwoOverdueOccurrences()
    {
        // P2's Q2 and A1 are overdue: 100 − 2 × 5 = 90.
        var strategy = new OverdueDeductionScoring(new Score(100m), new Score(5m), new Score(60m));

        var score = strategy.Score(Items);

        score.Value.Should().Be(new Score(90m));
        score.Explanation.Children[1].Value.Should().Be(-10m);
        score.Explanation.Note!.English.Should().NotContain("below the floor");
    }

    [Theory]
    [InlineData(19, 62)]
    [InlineData(20, 60)]
    [InlineData(21, 60)]
    [InlineData(25, 60)]
    public void OverdueDeduction_Floor_BothSidesOfTheFloor(int deduction, int expected)
    {
        var strategy = new OverdueDeductionScoring(new Score(100m), new Score(deduction), new Score(60m));

        var score = strategy.Score(Items);

        score.Value.Should().Be(new Score(expected));
        score.Explanation.Note!.English.Contains("below the floor", StringComparison.Ordinal).Should().Be(100 - (2 * deduction) < 60);
    }

    [Fact]
    public void Strategies_NothingDecidedYet_GiveFullPoints()
    {
        var early = ResponsibilityStatusEngine.Evaluate(Sample, [], D(2019, 1, 15)).Items;

        new ProportionalScoring(new Score(100m)).Score(early).Value.Should().Be(new Score(100m));
        Strategy(ResponsibilityStrategies.LevelWeighted).Score(early).Value.Should().Be(new Score(100m));
        new OverdueDeductionScoring(new Score(100m), new Score(2m), Score.Zero).Score(early).Value.Should().Be(new Score(100m));
    }

    [Fact]
    public void Strategies_AreIndependentOfItemOrder()
    {
        ResponsibilityStrategies.Default.Scoring.Names.Should().NotBeEmpty();
        foreach (var name in ResponsibilityStrategies.Default.Scoring.Names)
        {
            var strategy = Strategy(name);
            strategy.Score(Items.Reverse()).Should().Be(strategy.Score(Items), name);
        }
    }

    [Fact]
    public void Create_ByName_UsesDefaultsAndGivenParameters()
    {
        var strategy = Strategy(ResponsibilityStrategies.OverdueDeduction, (ResponsibilityStrategies.Floor, "40"));

        var created = strategy.Should().BeOfType<OverdueDeductionScoring>().Which;
        created.Floor.Should().Be(new Score(40m));
        created.Defaults.Should().BeEquivalentTo(ResponsibilityStrategies.MaxPoints, ResponsibilityStrategies.DeductionPerOverdue);
        strategy.Parameters.Should().Contain("deduction-per-overdue", "2").And.Contain("max-points", "100").And.Contain("floor", "40");
        ResponsibilityStrategies.Default.Scoring.Names.Should().Equal("level-weighted", "overdue-deduction", "proportional");
    }

    [Fact]
    public void Create_UnknownStrategy_IsRejectedWithItsCode()
    {
        var problem = StrategyProblems("median").Problems.Should().ContainSingle().Which;

        problem.ErrorCode.Should().Be(CommonErrorCodes.StrategyUnknown);
        problem.Path.Should().Be("Name");
    }

    [Fact]
    public void Create_BadParameters_ListsEveryProblem()
    {
        var report = StrategyProblems(
            ResponsibilityStrategies.LevelWeighted,
            (ResponsibilityStrategies.MaxPoints, "0"),
            (ResponsibilityStrategies.WeightPrincipal, "1.5"),
            ("bonus", "1"));

        report.Problems.Select(p => (p.Path, p.ErrorCode)).Should().BeEquivalentTo(
        [
            ("Parameters.bonus", CommonErrorCodes.StrategyParameterUnknown),
            ("Parameters.max-points", CommonErrorCodes.StrategyParameterInvalid),
            ("Parameters.weight-principal", CommonErrorCodes.StrategyParameterInvalid),
        ]);
    }

    [Theory]
    [InlineData("0.5", "0.3", "0.2", "0", true)]
    [InlineData("0.5", "0.3", "0.2", "0.01", false)]
    [InlineData("0.5", "0.3", "0.19", "0", false)]
    public void Create_LevelWeights_MustAddUpToExactlyOne(string principal, string assisting, string supervising, string implementing, bool valid)
    {
        var report = StrategyProblems(
            ResponsibilityStrategies.LevelWeighted,
            (ResponsibilityStrategies.WeightPrincipal, principal),
            (ResponsibilityStrategies.WeightAssisting, assisting),
            (ResponsibilityStrategies.WeightGuidingAndSupervising, supervising),
            (ResponsibilityStrategies.WeightImplementing, implementing));

        if (valid)
        {
            report.IsValid.Should().BeTrue();
        }
        else
        {
            report.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Path == "Parameters" && p.ErrorCode == ResponsibilitiesErrorCodes.ScoringWeightsSum);
        }
    }

    [Theory]
    [InlineData(0.0, false)]
    [InlineData(0.01, true)]
    [InlineData(100.0, true)]
    [InlineData(100.01, false)]
    public void Validate_DeductionPerOverdue_BothSidesOfItsRange(double deduction, bool valid)
    {
        var text = ((decimal)deduction).ToString(CultureInfo.InvariantCulture);

        StrategyProblems(ResponsibilityStrategies.OverdueDeduction, (ResponsibilityStrategies.DeductionPerOverdue, text)).IsValid.Should().Be(valid);
    }

    [Theory]
    [InlineData(-0.01, false)]
    [InlineData(0.0, true)]
    [InlineData(100.0, true)]
    [InlineData(100.01, false)]
    public void Validate_Floor_BothSidesOfItsRange(double floor, bool valid)
    {
        var text = ((decimal)floor).ToString(CultureInfo.InvariantCulture);

        StrategyProblems(ResponsibilityStrategies.OverdueDeduction, (ResponsibilityStrategies.Floor, text)).IsValid.Should().Be(valid);
    }

    [Fact]
    public void AssessmentEngine_PublishesRoundedScoreWithExactChild()
    {
        var scheme = new ResponsibilityScheme("test", new LocalizedText("方案", "Scheme"), OrganizationId.Parse("BZ-WC"), [], StrategySpec.Of(ResponsibilityStrategies.Proportional));
        var data = new ResponsibilityDataSet(Y2019, [Sample], SampleEvidence);

        var result = ResponsibilityAssessmentEngine.Evaluate(data, scheme, AsOf).For(Org)!;

        result.Score.Should().Be(new Score(66.67m));
        result.MaxPoints.Should().Be(new Score(100m));
        result.Explanation.Strategy.Should().Be("round-half-away-from-zero");
        result.Explanation.Children.Single().Value.Should().Be(66.66666667m);
        result.Explanation.Verify().Should().BeEmpty();
        result.Count(DutyStatus.Overdue).Should().Be(2);
        result.Levels.Select(l => l.Level).Should().Equal(ResponsibilityLevel.Principal, ResponsibilityLevel.Assisting);
        result.ShareOfMax.Should().Be(Proportion.Of(0.6667m));
    }
}
