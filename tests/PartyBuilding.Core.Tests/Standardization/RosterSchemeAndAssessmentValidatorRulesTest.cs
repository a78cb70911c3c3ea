using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>
/// Pins every problem <see cref="BranchRosterValidator"/>, <see cref="TierSchemeValidator"/> and <see cref="BranchAssessmentValidator"/>
/// publish: path, error code and message, in order.
/// </summary>
public sealed class RosterSchemeAndAssessmentValidatorRulesTest
{
    private static (string Path, string Code, string Message)[] Rows(ValidationReport report) =>
        [.. report.Problems.Select(p => (p.Path, p.ErrorCode, p.Message))];

    [Fact]
    public void Roster_BreakingEveryRule_ListsEveryProblem()
    {
        var b01 = new RosterEntry(OrganizationId.Parse("BZ-001-B01"), OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1"));
        var roster = new BranchRoster(default, [new RosterEntry(default, default, default), b01, b01]);

        var report = new BranchRosterValidator().Check(roster);

        Rows(report).Should().Equal(
            ("CommitteeId", CommonErrorCodes.IdentifierEmpty, "'Committee Id' must be a non-empty identifier."),
            ("Branches[0].BranchId", CommonErrorCodes.IdentifierEmpty, "'Branch Id' must be a non-empty identifier."),
            ("Branches[0].DepartmentId", CommonErrorCodes.IdentifierEmpty, "'Department Id' must be a non-empty identifier."),
            ("Branches[0].DistrictId", CommonErrorCodes.IdentifierEmpty, "'District Id' must be a non-empty identifier."),
            ("Branches[2].BranchId", StandardizationErrorCodes.RosterDuplicate, "Branch 'BZ-001-B01' is listed more than once."));
        report.Problems[^1].AttemptedValue.Should().Be("BZ-001-B01");
    }

    [Fact]
    public void Scheme_BreakingEveryRule_ListsEveryProblem()
    {
        var scheme = Scheme() with
        {
            Rule = "nope",
            MaxRisePerYear = 0,
            CampaignStart = null,
            CoverageTargets =
            [
                new CoverageTarget(0, Share.FromDecimal(0.5m)),
                new CoverageTarget(1, Share.FromDecimal(0.5m), (BranchTier)9),
                new CoverageTarget(1, Share.FromDecimal(0.6m)),
            ],
        };

        var report = new TierSchemeValidator().Check(scheme);

        Rows(report).Should().Equal(
            ("MaxRisePerYear", StandardizationErrorCodes.MaxRiseInvalid, "A branch must be allowed to rise at least one tier a year."),
            ("Rule", StandardizationErrorCodes.UnknownMethod, "'nope' is not a tier rule; known: score-thresholds, score-thresholds-aspect-floor."),
            ("CoverageTargets[0].CampaignYear", StandardizationErrorCodes.CoverageTargetInvalid, "Campaign years start at 1 and appear once each."),
            ("CoverageTargets[1].MinimumTier", CommonErrorCodes.UndefinedEnumValue, "Not a known tier."),
            ("CoverageTargets[2].CampaignYear", StandardizationErrorCodes.CoverageTargetInvalid, "Campaign years start at 1 and appear once each."),
            ("CampaignStart", StandardizationErrorCodes.CoverageTargetInvalid, "Coverage targets need the campaign's first year."));
        report.Problems[1].AttemptedValue.Should().Be("nope");
    }

    [Fact]
    public void Scheme_RuleOnlyInTheGivenRegistry_IsAccepted() =>
        new TierSchemeValidator(TierRuleRegistry.Default.With(new RenamedThresholdsTierRule()))
            .Check(Scheme() with { Rule = RenamedThresholdsTierRule.Renamed }).Problems.Should().BeEmpty();

    [Fact]
    public void Assessment_BreakingEveryRule_ListsEveryProblem()
    {
        var a1 = Obs("A1", 1m);
        var assessment = new BranchAssessment(default, Y2017, CatalogueId.Parse("OTHER"),
        [
            a1 with { Assessor = " ", AssessedOn = new LocalDate(2018, 1, 1), CheckedBy = (CheckMethod)99 },
            Obs("ZZ", 1m),
            a1,
            Obs("B2", 0m),
            Obs("B3", 0m),
        ]);

        var report = new BranchAssessmentValidator(Small()).Check(assessment);

        Rows(report).Should().Equal(
            ("BranchId", CommonErrorCodes.IdentifierEmpty, "'Branch Id' must be a non-empty identifier."),
            ("CatalogueId", StandardizationErrorCodes.CatalogueMismatch, "The assessment must be against catalogue 'SMALL'."),
            ("Scores[0].Assessor", StandardizationErrorCodes.AssessorMissing, "Every score must name its assessor."),
            ("Scores[0].AssessedOn", StandardizationErrorCodes.DateOutsideYear, "The score must be dated within 2017."),
            ("Scores[0].CheckedBy", CommonErrorCodes.UndefinedEnumValue, "Not a known way of checking."),
            ("Scores[1].IndicatorId", StandardizationErrorCodes.IndicatorUnknown, "Catalogue 'SMALL' has no indicator 'ZZ'."),
            ("Scores[2].IndicatorId", StandardizationErrorCodes.ScoreDuplicate, "Indicator 'A1' is scored more than once."),
            ("Scores", StandardizationErrorCodes.ScoreMissing, "Indicator 'A2' (proportional) must be scored."),
            ("Scores", StandardizationErrorCodes.ScoreMissing, "Indicator 'B1' (deduction) must be scored."));
        report.Problems.Select(p => p.AttemptedValue).Skip(5).Should().Equal("ZZ", "A1", "A2", "B1");
    }

    [Fact]
    public void Assessment_NullCatalogue_ThrowsArgumentNullNamingCatalogue() =>
        FluentActions.Invoking(() => new BranchAssessmentValidator(null!)).Should().Throw<ArgumentNullException>().WithParameterName("catalogue");
}
