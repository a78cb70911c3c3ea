using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Standardization.StandardizationStrategies;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>
/// The built-in tier rules by their inputs and outputs: the thresholds (0 &lt; standard &lt; advanced &lt; exemplary, each bound
/// excluded) and the aspect floor (article 004: a "four strong" branch must meet every aspect) with every problem by path
/// and code in one pass, the reason of each decision, and the aspects the floor leaves out.
/// </summary>
public sealed class TierRuleRulesTest
{
    private static readonly (string, decimal)[] Thresholds = [("standard", 80m), ("advanced", 90m), ("exemplary", 95m)];

    private static ITierRule Floor(decimal floor) => Rule(ScoreThresholdsAspectFloor, [.. Thresholds, ("aspect-floor", floor)]);

    public static TheoryData<string, (string, decimal)[], (string, string)[]> ParameterProblems => new()
    {
        {
            ScoreThresholds, [("standard", 0m), ("advanced", 0m), ("exemplary", 0m)],
            [
                ("Parameters.standard", CommonErrorCodes.StrategyParameterInvalid),
                ("Parameters.advanced", CommonErrorCodes.StrategyParameterInvalid),
                ("Parameters.exemplary", CommonErrorCodes.StrategyParameterInvalid),
            ]
        },
        { ScoreThresholds, [("standard", 80m), ("advanced", 90m), ("exemplary", 90m)], [("Parameters.exemplary", CommonErrorCodes.StrategyParameterInvalid)] },
        {
            ScoreThresholds, [],
            [
                ("Parameters.standard", CommonErrorCodes.StrategyParameterMissing),
                ("Parameters.advanced", CommonErrorCodes.StrategyParameterMissing),
                ("Parameters.exemplary", CommonErrorCodes.StrategyParameterMissing),
            ]
        },
        {
            ScoreThresholdsAspectFloor, [("aspect-floor", 0.5m), ("standard", 0m), ("advanced", 90m), ("exemplary", 95m), ("weight", 1m)],
            [("Parameters.standard", CommonErrorCodes.StrategyParameterInvalid), ("Parameters.weight", CommonErrorCodes.StrategyParameterUnknown)]
        },
        { ScoreThresholdsAspectFloor, [.. Thresholds, ("aspect-floor", -0.01m)], [("Parameters.aspect-floor", CommonErrorCodes.StrategyParameterInvalid)] },
        { ScoreThresholdsAspectFloor, [.. Thresholds, ("aspect-floor", 1.01m)], [("Parameters.aspect-floor", CommonErrorCodes.StrategyParameterInvalid)] },
        { ScoreThresholdsAspectFloor, Thresholds, [("Parameters.aspect-floor", CommonErrorCodes.StrategyParameterMissing)] },
    };

    [Theory]
    [MemberData(nameof(ParameterProblems))]
    public void Parameters_BadMissingOrUnknown_AreEachReportedAtTheirPathInOnePass(string rule, (string, decimal)[] parameters, (string, string)[] expected) =>
        RuleProblems(rule, parameters).Should().BeEquivalentTo(expected);

    [Fact]
    public void Thresholds_JustAboveEachBound_AreAccepted() =>
        RuleProblems(ScoreThresholds, ("standard", 0.01m), ("advanced", 0.02m), ("exemplary", 0.03m)).Should().BeEmpty();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void AspectFloor_AtEitherEnd_IsAccepted(decimal floor) =>
        RuleProblems(ScoreThresholdsAspectFloor, [.. Thresholds, ("aspect-floor", floor)]).Should().BeEmpty();

    [Theory]
    [InlineData(ScoreThresholds)]
    [InlineData(ScoreThresholdsAspectFloor)]
    public void ThresholdOf_EachTier_GivesItsThreshold(string name)
    {
        var rule = name == ScoreThresholds ? Rule(name, Thresholds) : Floor(0.6m);

        new[] { BranchTier.Lagging, BranchTier.Standard, BranchTier.Advanced, BranchTier.Exemplary }
            .Select(rule.ThresholdOf).Should().Equal(Score.Zero, Score.Of(80m), Score.Of(90m), Score.Of(95m));
    }

    [Theory]
    [InlineData(1, 1, 0, "100.00 ≥ exemplary 95")]
    [InlineData(1, 1, 1, "90.00 ≥ advanced 90")]
    [InlineData(1, 1, 2, "80.00 ≥ standard 80")]
    [InlineData(1, 0.99, 2, "79.60 < standard 80")]
    public void Decide_EachTier_GivesTheScoreAndTheThresholdAsItsReason(decimal a1, decimal rate, decimal b1, string reason)
    {
        var result = BranchScorer.Score(Assess("B", Y2017, a1, rate, b1), Small());

        Rule(ScoreThresholds, Thresholds).Decide(result).Reason.Should().Be(reason);
    }

    [Fact]
    public void Decide_NullResult_ThrowsArgumentNullNamingResult()
    {
        FluentActions.Invoking(() => Rule(ScoreThresholds, Thresholds).Decide(null!)).Should().Throw<ArgumentNullException>().WithParameterName("result");
        FluentActions.Invoking(() => Floor(0.6m).Decide(null!)).Should().Throw<ArgumentNullException>().WithParameterName("result");
    }

    [Fact]
    public void Article004_FourStrong_TwoAspectsBelowTheFloor_NamesLaggingListingBothInCatalogueOrder()
    {
        // A: checklist not met (0) and a rate at the zero-rate (0) = 0 of 50; B: five deductions stop at the floor, 5 of 50.
        var result = BranchScorer.Score(Assess("B", Y2017, 0m, 0.5m, 5m), Small());

        var decision = Floor(0.5m).Decide(result);

        decision.Tier.Should().Be(BranchTier.Lagging);
        decision.Reason.Should().Be("below the aspect floor 0.5 in A 0/50, B 5/50");
    }

    [Fact]
    public void Article004_FourStrong_AnAspectWithoutMaximum_IsNeverHeldToTheFloor()
    {
        // An aspect worth no points (say, vetoes only) has no share to reach, whatever points it shows.
        var full = BranchScorer.Score(Assess("B", Y2017, 1m, 1m, 0m), Small());
        var result = new BranchScoreResult(
            full.BranchId,
            full.Year,
            full.CatalogueId,
            full.RawPoints,
            full.DeclaredTotal,
            full.Score,
            full.Vetoes,
            [.. full.Aspects, new AspectResult(
                AspectId.Parse("C"), new LocalizedText("方面C", "Aspect C"), Score.Zero, Score.Of(-1m), [], Explanation.Given(new LocalizedText("方面C", "Aspect C"), -1m))],
            full.Explanation);

        var decision = Floor(0.5m).Decide(result);

        decision.Tier.Should().Be(BranchTier.Exemplary);
        decision.Reason.Should().Be("100.00 ≥ exemplary 95");
    }
}
