using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>
/// Every problem the checks of a roster, a tier scheme and an assessment report (behind <see cref="StandardizationEngine"/>'s
/// <c>Validate…</c>): path and error code, in order.
/// </summary>
public sealed class RosterSchemeAndAssessmentValidatorRulesTest
{
    private static (string Path, string Code)[] Rows(ValidationReport report) =>
        [.. report.Problems.Select(p => (p.Path, p.ErrorCode))];

    [Fact]
    public void Roster_BreakingEveryRule_ListsEveryProblem()
    {
        var b01 = new RosterEntry(OrganizationId.Parse("BZ-001-B01"), OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1"));
        var roster = new BranchRoster(default, [new RosterEntry(default, default, default), b01, b01]);

        var report = StandardizationEngine.ValidateRoster(roster);

        Rows(report).Should().Equal(
            ("CommitteeId", CommonErrorCodes.IdentifierEmpty),
            ("Branches[0].BranchId", CommonErrorCodes.IdentifierEmpty),
            ("Branches[0].DepartmentId", CommonErrorCodes.IdentifierEmpty),
            ("Branches[0].DistrictId", CommonErrorCodes.IdentifierEmpty),
            ("Branches[2].BranchId", StandardizationErrorCodes.RosterDuplicate));
        report.Problems[^1].AttemptedValue.Should().Be("BZ-001-B01");
    }

    [Fact]
    public void Scheme_BreakingEveryRule_ListsEveryProblem()
    {
        var scheme = Scheme() with
        {
            Rule = Spec("nope"),
            MaxRisePerYear = 0,
            CampaignStart = null,
            CoverageTargets =
            [
                new CoverageTarget(0, Share.FromDecimal(0.5m)),
                new CoverageTarget(1, Share.FromDecimal(0.5m), (BranchTier)9),
                new CoverageTarget(1, Share.FromDecimal(0.6m)),
            ],
        };

        var report = StandardizationEngine.ValidateTiers(scheme);

        Rows(report).Should().Equal(
            ("MaxRisePerYear", StandardizationErrorCodes.MaxRiseInvalid),
            ("Rule.Name", CommonErrorCodes.StrategyUnknown),
            ("CoverageTargets[0].CampaignYear", StandardizationErrorCodes.CoverageTargetInvalid),
            ("CoverageTargets[1].MinimumTier", CommonErrorCodes.UndefinedEnumValue),
            ("CoverageTargets[2].CampaignYear", StandardizationErrorCodes.CoverageTargetInvalid),
            ("CampaignStart", StandardizationErrorCodes.CoverageTargetInvalid));
        report.Problems[1].AttemptedValue.Should().Be("nope");
    }

    [Fact]
    public void Scheme_RuleOnlyInTheGivenRegistry_IsAccepted() =>
        StandardizationEngine.ValidateTiers(Scheme() with { Rule = Scheme().Rule with { Name = Renamed } }, RenamedStrategies()).Problems.Should().BeEmpty();

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

        var report = Check(assessment);

        Rows(report).Should().Equal(
            ("BranchId", CommonErrorCodes.IdentifierEmpty),
            ("CatalogueId", StandardizationErrorCodes.CatalogueMismatch),
            ("Scores[0].Assessor", StandardizationErrorCodes.AssessorMissing),
            ("Scores[0].AssessedOn", StandardizationErrorCodes.DateOutsideYear),
            ("Scores[0].CheckedBy", CommonErrorCodes.UndefinedEnumValue),
            ("Scores[1].IndicatorId", StandardizationErrorCodes.IndicatorUnknown),
            ("Scores[2].IndicatorId", StandardizationErrorCodes.ScoreDuplicate),
            ("Scores", StandardizationErrorCodes.ScoreMissing),
            ("Scores", StandardizationErrorCodes.ScoreMissing));
        report.Problems.Select(p => p.AttemptedValue).Skip(5).Should().Equal("ZZ", "A1", "A2", "B1");
    }

    [Theory]
    [InlineData(2017, 6, 12, true)]
    [InlineData(2017, 6, 11, false)]
    public void Assessment_ScoreDatedAfterTheAsOfDate_IsReported(int year, int month, int day, bool valid)
    {
        var data = new StandardizationDataSet(
            new BranchRoster(OrganizationId.Parse("WC"), [new RosterEntry(OrganizationId.Parse("B"), OrganizationId.Parse("D"), DistrictId.Parse("D1"))]),
            [Assess("B", Y2017, 1m, 1m, 0m)]);

        var report = StandardizationEngine.Validate(data, SmallScheme(), new LocalDate(year, month, day));

        report.IsValid.Should().Be(valid);
        if (!valid)
        {
            report.Problems.Select(p => (p.Path, p.ErrorCode, p.AttemptedValue)).Should().Contain(
                ("Data.Assessments[0].Scores[0].AssessedOn", StandardizationErrorCodes.ScoredAfterAsOf, "2017-06-12"));
        }
    }

    /// <summary>Checks an assessment of the small catalogue as the only one of a data set, its paths relative to the assessment.</summary>
    private static ValidationReport Check(BranchAssessment assessment)
    {
        var data = new StandardizationDataSet(
            new BranchRoster(OrganizationId.Parse("WC"), [new RosterEntry(assessment.BranchId, OrganizationId.Parse("D"), DistrictId.Parse("D1"))]),
            [assessment]);
        var report = StandardizationEngine.ValidateData(data, Small(), new LocalDate(2099, 1, 1));
        const string Prefix = "Data.Assessments[0].";
        return new([.. report.Problems.Where(p => p.Path.StartsWith(Prefix, StringComparison.Ordinal) || p.Path == "Data.Assessments[0]")
            .Select(p => p with { Path = p.Path.Length > Prefix.Length ? p.Path[Prefix.Length..] : string.Empty })]);
    }
}
