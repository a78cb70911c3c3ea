using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;
using static PartyBuilding.Core.Tests.Standardization.TierRuleProblemRows;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>
/// Pins <see cref="AspectFloorTierRule"/> (article 004: a "four strong" branch must meet every aspect): its parameters
/// (the three thresholds and an aspect floor from 0 to 1), its published reason naming every aspect below the floor,
/// the aspects it leaves out and its guards.
/// </summary>
public sealed class AspectFloorTierRuleParametersTest
{
    private static ImmutableSortedDictionary<string, decimal> Valid(decimal floor) => Scheme().Parameters.Add(AspectFloorTierRule.AspectFloor, floor);

    [Fact]
    public void ValidateParameters_UnknownParameterAndBadThreshold_ListsBothInOrder() =>
        Rows(new AspectFloorTierRule().ValidateParameters(Params(("aspect-floor", 0.5m), ("standard", 0m), ("advanced", 90m), ("exemplary", 95m), ("weight", 1m)))).Should().Equal(
            ("weight", StandardizationErrorCodes.ParameterUnknown, "'weight' is not a parameter of the method; it takes standard, advanced, exemplary, aspect-floor."),
            ("standard", StandardizationErrorCodes.ParameterInvalid, "'standard' must be above 0."));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void ValidateParameters_FloorOutsideZeroToOne_IsRejectedWithItsMessage(decimal floor) =>
        Rows(new AspectFloorTierRule().ValidateParameters(Valid(floor))).Should().Equal(
            ("aspect-floor", StandardizationErrorCodes.ParameterInvalid, "'aspect-floor' must be a share from 0 to 1."));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void ValidateParameters_FloorAtEitherEnd_IsAccepted(decimal floor) =>
        new AspectFloorTierRule().ValidateParameters(Valid(floor)).Should().BeEmpty();

    [Fact]
    public void ValidateParameters_Null_ThrowsArgumentNullNamingParameters() =>
        FluentActions.Invoking(() => new AspectFloorTierRule().ValidateParameters(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("parameters");

    [Fact]
    public void ThresholdOf_ValidParameters_GivesTheScoreThresholds()
    {
        var rule = new AspectFloorTierRule();

        new[] { BranchTier.Lagging, BranchTier.Standard, BranchTier.Advanced, BranchTier.Exemplary }
            .Select(t => rule.ThresholdOf(t, Valid(0.6m))).Should().Equal(Score.Zero, Score.Of(80m), Score.Of(90m), Score.Of(95m));
    }

    [Fact]
    public void ThresholdOf_FloorAboveOne_ThrowsArgumentNamingTheRuleAndTheProblem() =>
        FluentActions.Invoking(() => new AspectFloorTierRule().ThresholdOf(BranchTier.Standard, Valid(1.5m)))
            .Should().Throw<ArgumentException>().WithMessage("The parameters of 'score-thresholds-aspect-floor' are not valid: 'aspect-floor' must be a share from 0 to 1.*");

    [Fact]
    public void Decide_FloorAboveOne_ThrowsArgumentNamingTheRuleAndTheProblem()
    {
        var result = BranchScorer.Score(Assess("B", Y2017, 1m, 1m, 0m), Small());

        FluentActions.Invoking(() => new AspectFloorTierRule().Decide(result, Valid(1.5m)))
            .Should().Throw<ArgumentException>().WithMessage("The parameters of 'score-thresholds-aspect-floor' are not valid: 'aspect-floor' must be a share from 0 to 1.*");
    }

    [Fact]
    public void Decide_NullResult_ThrowsArgumentNullNamingResult() =>
        FluentActions.Invoking(() => new AspectFloorTierRule().Decide(null!, Valid(0.6m)))
            .Should().Throw<ArgumentNullException>().WithParameterName("result");

    [Fact]
    public void Article004_FourStrong_TwoAspectsBelowTheFloor_NamesLaggingListingBothInCatalogueOrder()
    {
        // A: checklist not met (0) and a rate at the zero-rate (0) = 0 of 50; B: five deductions stop at the floor, 5 of 50.
        var result = BranchScorer.Score(Assess("B", Y2017, 0m, 0.5m, 5m), Small());

        var decision = new AspectFloorTierRule().Decide(result, Valid(0.5m));

        decision.Tier.Should().Be(BranchTier.Lagging);
        decision.Reason.Should().Be("below the aspect floor 0.5 in A 0/50, B 5/50");
    }

    [Fact]
    public void Article004_FourStrong_AnAspectWithoutMaximum_IsNeverHeldToTheFloor()
    {
        // An aspect worth no points (say, vetoes only) has no share to reach, whatever points it shows.
        var full = BranchScorer.Score(Assess("B", Y2017, 1m, 1m, 0m), Small());
        var result = full with
        {
            Aspects = full.Aspects.Add(new AspectResult(
                AspectId.Parse("C"), new LocalizedText("方面C", "Aspect C"), Score.Zero, Score.Of(-1m), [], Explanation.Given(new LocalizedText("方面C", "Aspect C"), -1m))),
        };

        var decision = new AspectFloorTierRule().Decide(result, Valid(0.5m));

        decision.Tier.Should().Be(BranchTier.Exemplary);
        decision.Reason.Should().Be("100.00 ≥ exemplary 95");
    }
}
