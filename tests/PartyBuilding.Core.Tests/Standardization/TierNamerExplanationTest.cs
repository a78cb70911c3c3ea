using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using PartyBuilding.Core.Tests.Golden;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>
/// Pins the published explanation of <see cref="TierNamer"/> (whole, as a golden file under <c>Approved/standardization</c>) (article 000: 标准党支部、先进党支部和过硬党支部梯级创建;
/// the library's own rule of at most one tier a year), the history it climbs from, its round checks and its guards.
/// </summary>
public sealed class TierNamerExplanationTest
{
    private static readonly AssessmentYear Y2018 = AssessmentYear.Create(2018);

    private static BranchScoreResult R(string branch, AssessmentYear year, decimal a1, decimal rate, decimal b1, decimal veto = 0m) =>
        BranchScorer.Score(Assess(branch, year, a1, rate, b1, 0m, veto), Small());

    /// <summary>2017: B01 standard, B02 lagging; a stale 2018 round naming B01 exemplary must not count as history of 2018.</summary>
    private static ImmutableArray<TierNamingRound> History()
    {
        var first = TierNamer.NameYear(Scheme(), Y2017, [R("BZ-001-B01", Y2017, 1m, 1m, 2m), R("BZ-001-B02", Y2017, 1m, 0.99m, 2m)], []);
        var named = first.Namings[0];
        var stale = new TierNamingRound(Y2018, [new BranchTierNaming(named.BranchId, Y2018, named.EligibleTier, BranchTier.Exemplary, named.Result, named.Explanation, named.PreviousTier)]);
        return [first, stale];
    }

    [Fact]
    public void Article000_StepwiseTiers_SecondYear_ExplainsEveryNamingNodeByNode()
    {
        var round = TierNamer.NameYear(
            Scheme(),
            Y2018,
            [
                R("BZ-031-B01", Y2018, 1m, 1m, 2m), // 80, first named: standard is exactly its ceiling
                R("BZ-002-B01", Y2018, 1m, 1m, 0m), // 100, not named before: held at standard
                R("BZ-001-B02", Y2018, 1m, 1m, 0m, 1m), // 100 but vetoed
                R("BZ-001-B01", Y2018, 1m, 0.9m, 1m), // 86, standard again
            ],
            History());

        GoldenTrees.Verify("standardization/tier-namer-stepwise-second-year.txt", round.Namings.Select(n => n.Explanation));
        round.Namings.Select(n => (n.BranchId.Value, n.EligibleTier, n.Tier, n.PreviousTier)).Should().Equal(
            ("BZ-001-B01", BranchTier.Standard, BranchTier.Standard, (BranchTier?)BranchTier.Standard),
            ("BZ-001-B02", BranchTier.Exemplary, BranchTier.Lagging, (BranchTier?)BranchTier.Lagging),
            ("BZ-002-B01", BranchTier.Exemplary, BranchTier.Standard, (BranchTier?)null),
            ("BZ-031-B01", BranchTier.Standard, BranchTier.Standard, (BranchTier?)null));
    }

    [Fact]
    public void NameYear_ResultsOfAnotherYearAndTwiceForOneBranch_ListsEveryProblemWithPathCodeMessageAndValue()
    {
        var act = () => TierNamer.NameYear(
            Scheme(), Y2018, [R("BZ-001-B01", Y2018, 1m, 1m, 2m), R("BZ-001-B02", Y2017, 1m, 1m, 2m), R("BZ-001-B01", Y2018, 1m, 1m, 0m)], []);

        var error = act.Should().Throw<PartyBuildingValidationException>().Which;
        error.Message.Should().StartWith("The naming round is not valid: 2 problems.");
        Rows(error.Problems).Should().Equal(
            ("results[1].Year", StandardizationErrorCodes.RoundInvalid, "A result of 2017 cannot be named in 2018.", "2017"),
            ("results[2].BranchId", StandardizationErrorCodes.RoundInvalid, "Branch 'BZ-001-B01' has more than one result in 2018.", "BZ-001-B01"));
    }

    [Fact]
    public void NameYears_TwoResultsOfOneBranchInAYear_IsRefusedAsANamingRound()
    {
        var act = () => TierNamer.NameYears(Scheme(), [R("BZ-001-B01", Y2017, 1m, 1m, 2m), R("BZ-001-B01", Y2017, 1m, 1m, 0m)]);

        Rows(act.Should().Throw<PartyBuildingValidationException>().WithMessage("The naming round is not valid: 1 problem.*").Which.Problems).Should().Equal(
            ("results[1].BranchId", StandardizationErrorCodes.RoundInvalid, "Branch 'BZ-001-B01' has more than one result in 2017.", "BZ-001-B01"));
    }

    [Fact]
    public void NameYearAndNameYears_InvalidScheme_AreRefusedAsATierScheme()
    {
        var scheme = Scheme() with { MaxRisePerYear = 0 };

        FluentActions.Invoking(() => TierNamer.NameYear(scheme, Y2017, [R("B", Y2017, 1m, 1m, 2m)], []))
            .Should().Throw<PartyBuildingValidationException>().WithMessage("The tier scheme is not valid: 1 problem.*");
        FluentActions.Invoking(() => TierNamer.NameYears(scheme, [R("B", Y2017, 1m, 1m, 2m)]))
            .Should().Throw<PartyBuildingValidationException>().WithMessage("The tier scheme is not valid: 1 problem.*");
    }

    [Fact]
    public void NameYearAndNameYears_RuleOnlyInTheGivenRegistry_AreNamedByIt()
    {
        var registry = RenamedStrategies();
        var scheme = Scheme() with { Rule = Spec(Renamed, ("standard", 80m), ("advanced", 90m), ("exemplary", 95m)) };

        TierNamer.NameYear(scheme, Y2017, [R("B", Y2017, 1m, 1m, 2m)], [], registry).Namings.Should().ContainSingle().Which.Tier.Should().Be(BranchTier.Standard);
        TierNamer.NameYears(scheme, [R("B", Y2017, 1m, 1m, 2m)], registry).Should().ContainSingle();
    }

    [Fact]
    public void NameYearAndNameYears_NullArguments_ThrowArgumentNullNamingThem()
    {
        FluentActions.Invoking(() => TierNamer.NameYear(null!, Y2017, [], [])).Should().Throw<ArgumentNullException>().WithParameterName("scheme");
        FluentActions.Invoking(() => TierNamer.NameYear(Scheme(), Y2017, null!, [])).Should().Throw<ArgumentNullException>().WithParameterName("results");
        FluentActions.Invoking(() => TierNamer.NameYear(Scheme(), Y2017, [], null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
        FluentActions.Invoking(() => TierNamer.NameYear(Scheme(), Y2017, [null!], [])).Should().Throw<ArgumentNullException>().WithParameterName("results");
        FluentActions.Invoking(() => TierNamer.NameYears(null!, [])).Should().Throw<ArgumentNullException>().WithParameterName("scheme");
        FluentActions.Invoking(() => TierNamer.NameYears(Scheme(), null!)).Should().Throw<ArgumentNullException>().WithParameterName("results");
    }
}
