using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Pins the checks, the guards and the published order of <see cref="StandardizationEvaluator"/>.</summary>
public sealed class StandardizationEvaluatorRulesTest
{
    private static readonly AssessmentYear Y2018 = AssessmentYear.Create(2018);

    private static BranchRoster TwoBranches() => new(
        OrganizationId.Parse("BZ-WC"),
        [
            new(OrganizationId.Parse("BZ-001-B01"), OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1")),
            new(OrganizationId.Parse("BZ-001-B02"), OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1")),
        ]);

    [Fact]
    public void Evaluate_AssessmentsInAnyOrder_PublishesResultsByYearThenBranch()
    {
        var data = new StandardizationDataSet(TwoBranches(),
        [
            Assess("BZ-001-B02", Y2018, 1m, 1m, 0m), Assess("BZ-001-B01", Y2018, 1m, 1m, 2m),
            Assess("BZ-001-B02", Y2017, 1m, 1m, 2m), Assess("BZ-001-B01", Y2017, 1m, 1m, 1m),
        ]);

        var outcome = StandardizationEvaluator.Evaluate(Small(), Scheme(), data);

        outcome.Results.Select(r => (r.Year.Value, r.BranchId.Value)).Should().Equal((2017, "BZ-001-B01"), (2017, "BZ-001-B02"), (2018, "BZ-001-B01"), (2018, "BZ-001-B02"));
    }

    [Fact]
    public void Evaluate_AssessmentOffTheRosterAndTwiceInAYear_ListsEveryProblemWithPathCodeMessageAndValue()
    {
        var data = new StandardizationDataSet(TwoBranches(),
        [
            Assess("BZ-001-B01", Y2017, 1m, 1m, 2m), Assess("BZ-009-B01", Y2017, 1m, 1m, 2m), Assess("BZ-001-B01", Y2017, 1m, 1m, 0m),
        ]);

        var act = () => StandardizationEvaluator.Evaluate(Small(), Scheme(), data);

        var error = act.Should().Throw<PartyBuildingValidationException>().Which;
        error.Message.Should().StartWith("The standardization data set is not valid: 2 problems.");
        Rows(error.Problems).Should().Equal(
            ("assessments[1].BranchId", StandardizationErrorCodes.BranchNotInRoster, "Branch 'BZ-009-B01' is assessed but not on the roster.", "BZ-009-B01"),
            ("assessments[2]", StandardizationErrorCodes.RoundInvalid, "Branch 'BZ-001-B01' is assessed more than once in 2017.", "BZ-001-B01"));
    }

    [Fact]
    public void Evaluate_InvalidSchemeRosterAndAssessment_PrefixesEachPath()
    {
        var roster = TwoBranches();
        roster = roster with { Branches = roster.Branches.Add(roster.Branches[0]) };
        var assessment = Assess("BZ-001-B01", Y2017, 1m, 1m, 2m);
        var data = new StandardizationDataSet(roster, [assessment with { Scores = assessment.Scores.RemoveAt(0) }]);

        var act = () => StandardizationEvaluator.Evaluate(Small(), Scheme() with { MaxRisePerYear = 0 }, data);

        var paths = act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Select(p => p.Path).ToList();
        paths.Take(2).Should().Equal("scheme.MaxRisePerYear", "roster.Branches[2].BranchId");
        paths.Skip(2).Should().NotBeEmpty().And.OnlyContain(p => p.StartsWith("assessments[0].", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_InvalidCatalogue_IsRefusedAsTheStandardizationCatalogue()
    {
        var data = new StandardizationDataSet(TwoBranches(), []);

        FluentActions.Invoking(() => StandardizationEvaluator.Evaluate(Small() with { Aspects = [] }, Scheme(), data))
            .Should().Throw<PartyBuildingValidationException>().WithMessage("The standardization catalogue is not valid: 1 problem.*");
    }

    [Fact]
    public void Evaluate_TierRuleOnlyInTheGivenRegistry_NamesByIt()
    {
        var data = new StandardizationDataSet(TwoBranches(), [Assess("BZ-001-B01", Y2017, 1m, 1m, 2m)]);
        var scheme = Scheme() with { Rule = RenamedThresholdsTierRule.Renamed };

        var outcome = StandardizationEvaluator.Evaluate(Small(), scheme, data, tiers: TierRuleRegistry.Default.With(new RenamedThresholdsTierRule()));

        outcome.Rounds.Should().ContainSingle().Which.Namings.Should().ContainSingle().Which.Tier.Should().Be(BranchTier.Standard);
    }

    [Fact]
    public void Evaluate_NullArguments_ThrowArgumentNullNamingThem()
    {
        var data = new StandardizationDataSet(TwoBranches(), []);

        FluentActions.Invoking(() => StandardizationEvaluator.Evaluate(null!, Scheme(), data)).Should().Throw<ArgumentNullException>().WithParameterName("catalogue");
        FluentActions.Invoking(() => StandardizationEvaluator.Evaluate(Small(), null!, data)).Should().Throw<ArgumentNullException>().WithParameterName("scheme");
        FluentActions.Invoking(() => StandardizationEvaluator.Evaluate(Small(), Scheme(), null!)).Should().Throw<ArgumentNullException>().WithParameterName("data");
    }
}
