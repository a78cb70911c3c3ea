using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>The checks, the guards and the published order of <see cref="StandardizationEngine"/>.</summary>
public sealed class StandardizationEngineRulesTest
{
    private static readonly AssessmentYear Y2018 = AssessmentYear.Create(2018);
    private static readonly LocalDate AsOf = new(2018, 12, 31);

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

        var outcome = StandardizationEngine.Evaluate(data, SmallScheme(), AsOf);

        outcome.Results.Select(r => (r.Year.Value, r.BranchId.Value)).Should().Equal((2017, "BZ-001-B01"), (2017, "BZ-001-B02"), (2018, "BZ-001-B01"), (2018, "BZ-001-B02"));
    }

    [Fact]
    public void Evaluate_AssessmentOffTheRosterAndTwiceInAYear_ListsEveryProblemWithPathCodeAndValue()
    {
        var data = new StandardizationDataSet(TwoBranches(),
        [
            Assess("BZ-001-B01", Y2017, 1m, 1m, 2m), Assess("BZ-009-B01", Y2017, 1m, 1m, 2m), Assess("BZ-001-B01", Y2017, 1m, 1m, 0m),
        ]);

        var act = () => StandardizationEngine.Evaluate(data, SmallScheme(), AsOf);

        var error = act.Should().Throw<PartyBuildingValidationException>().Which;
        error.Message.Should().StartWith("The standardization scheme and data set is not valid: 2 problems.");
        error.Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue)).Should().Equal(
            ("Data.Assessments[1].BranchId", StandardizationErrorCodes.BranchNotInRoster, "BZ-009-B01"),
            ("Data.Assessments[2]", StandardizationErrorCodes.RoundInvalid, "BZ-001-B01"));
    }

    [Fact]
    public void Evaluate_InvalidSchemeRosterAndAssessment_PrefixesEachPath()
    {
        var roster = TwoBranches();
        roster = roster with { Branches = roster.Branches.Add(roster.Branches[0]) };
        var assessment = Assess("BZ-001-B01", Y2017, 1m, 1m, 2m);
        var data = new StandardizationDataSet(roster, [assessment with { Scores = assessment.Scores.RemoveAt(0) }]);

        var report = StandardizationEngine.Validate(data, SmallScheme() with { Tiers = Scheme() with { MaxRisePerYear = 0 } }, AsOf);
        var act = () => StandardizationEngine.Evaluate(data, SmallScheme() with { Tiers = Scheme() with { MaxRisePerYear = 0 } }, AsOf);

        var paths = act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Select(p => p.Path).ToList();
        paths.Should().Equal(report.Problems.Select(p => p.Path));
        paths.Take(2).Should().Equal("Scheme.Tiers.MaxRisePerYear", "Data.Roster.Branches[2].BranchId");
        paths.Skip(2).Should().NotBeEmpty().And.OnlyContain(p => p.StartsWith("Data.Assessments[0].", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_InvalidCatalogue_IsRefusedWithoutCheckingTheDataAgainstIt()
    {
        var data = new StandardizationDataSet(TwoBranches(), [Assess("BZ-001-B01", Y2017, 7m, 1m, 2m)]);

        FluentActions.Invoking(() => StandardizationEngine.Evaluate(data, SmallScheme() with { Catalogue = Small() with { Aspects = [] } }, AsOf))
            .Should().Throw<PartyBuildingValidationException>().Which.Problems.Select(p => (p.Path, p.ErrorCode))
            .Should().Equal(("Scheme.Catalogue.Aspects", StandardizationErrorCodes.Empty));
    }

    [Fact]
    public void Evaluate_TierRuleOnlyInTheGivenRegistry_NamesByIt()
    {
        var data = new StandardizationDataSet(TwoBranches(), [Assess("BZ-001-B01", Y2017, 1m, 1m, 2m)]);
        var scheme = SmallScheme() with { Tiers = Scheme() with { Rule = Scheme().Rule with { Name = Renamed } } };

        var outcome = StandardizationEngine.Evaluate(data, scheme, AsOf, RenamedStrategies());

        outcome.Rounds.Should().ContainSingle().Which.Namings.Should().ContainSingle().Which.Tier.Should().Be(BranchTier.Standard);
    }

    [Fact]
    public void Evaluate_NullArguments_ThrowArgumentNullNamingThem()
    {
        var data = new StandardizationDataSet(TwoBranches(), []);

        FluentActions.Invoking(() => StandardizationEngine.Evaluate(data, null!, AsOf)).Should().Throw<ArgumentNullException>().WithParameterName("scheme");
        FluentActions.Invoking(() => StandardizationEngine.Evaluate(null!, SmallScheme(), AsOf)).Should().Throw<ArgumentNullException>().WithParameterName("data");
        FluentActions.Invoking(() => StandardizationEngine.Validate(null!, SmallScheme(), AsOf)).Should().Throw<ArgumentNullException>().WithParameterName("data");
        FluentActions.Invoking(() => new StandardizationScheme(null!, Scheme())).Should().Throw<ArgumentNullException>();
    }
}
