using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>
/// The engine uses the strategies it is given: an indicator scored by a method, or a tier scheme naming a rule, that only
/// those strategies know is checked and evaluated by it; the defaults do not know it.
/// </summary>
public sealed class CustomStrategiesTest
{
    private const string YesNo = "yes-no";
    private static readonly LocalDate AsOf = new(2017, 12, 31);

    private static StandardizationStrategies Strategies() => StandardizationStrategies.Default
        .With(YesNo, _ => new NamedChecklistScoring(YesNo))
        .With(Renamed, ScoreThresholdTierRule.Create);

    /// <summary>The small scheme with A1 scored by the yes-no method and the tiers named by the renamed rule.</summary>
    private static StandardizationScheme CustomScheme()
    {
        var small = Small();
        var a = small.Aspects[0];
        var catalogue = small with { Aspects = small.Aspects.SetItem(0, a with { Indicators = a.Indicators.SetItem(0, a.Indicators[0] with { Scoring = Spec(YesNo) }) }) };
        return new StandardizationScheme(catalogue, Scheme() with { Rule = Scheme().Rule with { Name = Renamed } });
    }

    private static StandardizationDataSet Data(params BranchAssessment[] assessments) => new(
        new BranchRoster(OrganizationId.Parse("BZ-WC"), [new RosterEntry(OrganizationId.Parse("BZ-001-B01"), OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1"))]),
        [.. assessments]);

    [Fact]
    public void Validate_MethodOnlyInTheGivenStrategies_ChecksItsObservation() =>
        StandardizationEngine.Validate(Data(Assess("BZ-001-B01", Y2017, 2m, 1m, 0m)), CustomScheme(), AsOf, Strategies()).Problems
            .Select(p => (p.Path, p.ErrorCode)).Should().Equal(("Data.Assessments[0].Scores[0].Observed", StandardizationErrorCodes.ObservationInvalid));

    [Fact]
    public void Validate_MethodOnlyInTheGivenStrategies_RequiresItsScore()
    {
        var assessment = Assess("BZ-001-B01", Y2017, 1m, 1m, 0m);

        StandardizationEngine.Validate(Data(assessment with { Scores = assessment.Scores.RemoveAt(0) }), CustomScheme(), AsOf, Strategies()).Problems
            .Select(p => (p.Path, p.ErrorCode, p.AttemptedValue)).Should().Equal(("Data.Assessments[0].Scores", StandardizationErrorCodes.ScoreMissing, "A1"));
    }

    [Fact]
    public void Validate_DefaultStrategies_DoNotKnowTheCustomMethodOrRule() =>
        StandardizationEngine.Validate(Data(), CustomScheme(), AsOf).Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(
            ("Scheme.Catalogue.Aspects[0].Indicators[0].Scoring.Name", CommonErrorCodes.StrategyUnknown),
            ("Scheme.Tiers.Rule.Name", CommonErrorCodes.StrategyUnknown));

    [Fact]
    public void Evaluate_MethodAndRuleOnlyInTheGivenStrategies_ScoreAndNameByThem()
    {
        var outcome = StandardizationEngine.Evaluate(Data(Assess("BZ-001-B01", Y2017, 1m, 1m, 2m)), CustomScheme(), AsOf, Strategies());

        var result = outcome.Results.Should().ContainSingle().Subject;
        result.Score.Should().Be(Score.Of(80m));
        result.AllIndicators()[0].Method.Should().Be(YesNo);
        outcome.Rounds.Should().ContainSingle().Which.Namings.Should().ContainSingle().Which.Tier.Should().Be(BranchTier.Standard);
    }

    [Fact]
    public void With_BlankNameOrNoFactory_IsRefused()
    {
        var blank = () => StandardizationStrategies.Default.With(" ", _ => new NamedChecklistScoring("x"));
        var none = () => StandardizationStrategies.Default.With("x", (PartyBuilding.Core.Strategies.StrategyFactory<ITierRule>)null!);

        blank.Should().Throw<ArgumentException>();
        none.Should().Throw<ArgumentNullException>();
    }
}
