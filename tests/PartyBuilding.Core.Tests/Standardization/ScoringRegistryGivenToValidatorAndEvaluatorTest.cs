using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>
/// Pins that <see cref="BranchAssessmentValidator"/> and <see cref="StandardizationEvaluator"/> use the scoring registry they are
/// given: an indicator scored by a method only that registry knows is checked and scored by it.
/// </summary>
public sealed class ScoringRegistryGivenToValidatorAndEvaluatorTest
{
    private const string YesNo = "yes-no";

    private static IndicatorScoringRegistry Registry() => IndicatorScoringRegistry.Default.With(new NamedChecklistScoring(YesNo));

    /// <summary>The small catalogue with A1 scored by the yes-no method.</summary>
    private static IndicatorCatalogue Catalogue()
    {
        var small = Small();
        var a = small.Aspects[0];
        return small with { Aspects = small.Aspects.SetItem(0, a with { Indicators = a.Indicators.SetItem(0, a.Indicators[0] with { Method = YesNo }) }) };
    }

    [Fact]
    public void Validate_MethodOnlyInTheGivenRegistry_ChecksItsObservation()
    {
        var report = new BranchAssessmentValidator(Catalogue(), Registry()).Check(Assess("BZ-001-B01", Y2017, 2m, 1m, 0m));

        Rows(report).Should().Equal(
            ("Scores[0].Observed", StandardizationErrorCodes.ObservationInvalid, "A checklist item is observed as 1 (met) or 0 (not met). (indicator 'A1', method 'yes-no')", "2"));
    }

    [Fact]
    public void Validate_MethodOnlyInTheGivenRegistry_RequiresItsScore()
    {
        var assessment = Assess("BZ-001-B01", Y2017, 1m, 1m, 0m);

        var report = new BranchAssessmentValidator(Catalogue(), Registry()).Check(assessment with { Scores = assessment.Scores.RemoveAt(0) });

        Rows(report).Should().Equal(("Scores", StandardizationErrorCodes.ScoreMissing, "Indicator 'A1' (yes-no) must be scored.", "A1"));
    }

    [Fact]
    public void Evaluate_MethodOnlyInTheGivenRegistry_ScoresByIt()
    {
        var roster = new BranchRoster(OrganizationId.Parse("BZ-WC"), [new RosterEntry(OrganizationId.Parse("BZ-001-B01"), OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1"))]);

        var outcome = StandardizationEvaluator.Evaluate(Catalogue(), Scheme(), new StandardizationDataSet(roster, [Assess("BZ-001-B01", Y2017, 1m, 1m, 2m)]), scoring: Registry());

        outcome.Results.Should().ContainSingle().Which.Score.Should().Be(Score.Of(80m));
        outcome.Rounds.Should().ContainSingle().Which.Namings.Should().ContainSingle().Which.Tier.Should().Be(BranchTier.Standard);
    }
}
