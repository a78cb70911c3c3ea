using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;
using static PartyBuilding.Core.Tests.RecordEquality;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>
/// Pins value equality of the tier, coverage and rectification records of standardization per member (each overrides
/// <c>Equals</c> because it holds <see cref="ImmutableArray{T}"/>s), the normalisation of unset lists to empty and the
/// published document kinds.
/// </summary>
public sealed class TierAndCoverageRecordEqualityTest
{
    private static readonly AssessmentYear Y2018 = AssessmentYear.Create(2018);

    private static Explanation Zero => Explanation.Given(new LocalizedText("零", "Zero"), 0m);

    private static RosterEntry Entry(string branch, string department, string district) =>
        new(OrganizationId.Parse(branch), OrganizationId.Parse(department), DistrictId.Parse(district));

    /// <summary>Two departments in two districts, four branches.</summary>
    private static BranchRoster Roster() => new(
        OrganizationId.Parse("BZ-WC"),
        [Entry("BZ-001-B01", "BZ-001", "D1"), Entry("BZ-001-B02", "BZ-001", "D1"), Entry("BZ-021-B01", "BZ-021", "D2"), Entry("BZ-021-B02", "BZ-021", "D2")]);

    /// <summary>2017: B01 of BZ-001 standard (80), the others lagging (79.6, 70 and vetoed).</summary>
    private static StandardizationDataSet Data() => new(
        Roster(),
        [
            Assess("BZ-001-B01", Y2017, 1m, 1m, 2m),
            Assess("BZ-001-B02", Y2017, 1m, 0.99m, 2m),
            Assess("BZ-021-B01", Y2017, 0m, 1m, 0m),
            Assess("BZ-021-B02", Y2017, 1m, 1m, 0m, 0m, 1m),
        ]);

    private static StandardizationOutcome Outcome() => StandardizationEvaluator.Evaluate(Small(), Scheme(), Data());

    private static CoverageReport Report() => Outcome().Coverage[0];

    private static RectificationReport FollowUp()
    {
        var recheck = TierNamer.NameYear(Scheme(), Y2017, [BranchScorer.Score(Assess("BZ-001-B02", Y2017, 1m, 1m, 2m), Small())], []);
        return RectificationTracker.FollowUp(Report().LaggingBranches, recheck);
    }

    [Fact]
    public void CoverageReportEquals_AnyMemberChanged_IsFalse()
    {
        var report = Report();

        ShouldDifferFromEach(
            report,
            report with { Year = Y2018 },
            report with { Committee = report.Departments[0] },
            report with { Districts = report.Districts.RemoveAt(0) },
            report with { Departments = report.Departments.RemoveAt(0) },
            report with { LaggingBranches = report.LaggingBranches.RemoveAt(0) });
        report.Equals(Report()).Should().BeTrue();
    }

    [Fact]
    public void LaggingBranchEquals_AnyMemberChanged_IsFalse()
    {
        var lagging = Report().LaggingBranches[0];

        ShouldDifferFromEach(
            lagging,
            lagging with { BranchId = OrganizationId.Parse("BZ-001-B09") },
            lagging with { DepartmentId = OrganizationId.Parse("BZ-021") },
            lagging with { DistrictId = DistrictId.Parse("D2") },
            lagging with { Score = Score.Of(79m) },
            lagging with { GapToStandard = Score.Of(1m) },
            lagging with { HoldingBack = lagging.HoldingBack.RemoveAt(0) },
            lagging with { Explanation = Zero });
        lagging.Equals(Report().LaggingBranches[0]).Should().BeTrue();
    }

    [Fact]
    public void StandardizationOutcomeEquals_AnyMemberChanged_IsFalse()
    {
        var outcome = Outcome();

        ShouldDifferFromEach(
            outcome,
            outcome with { Results = outcome.Results.RemoveAt(0) },
            outcome with { Rounds = [] },
            outcome with { Coverage = [] });
        outcome.Equals(Outcome()).Should().BeTrue();
    }

    [Fact]
    public void RectificationReportEquals_AnyMemberChanged_IsFalse()
    {
        var report = FollowUp();

        ShouldDifferFromEach(
            report,
            report with { Year = Y2018 },
            report with { Reached = report.Reached + 1 },
            report with { Branches = report.Branches.RemoveAt(0) },
            report with { Explanation = Zero });
        report.Equals(FollowUp()).Should().BeTrue();
    }

    [Fact]
    public void TierSchemeEquals_AnyMemberChanged_IsFalse()
    {
        var scheme = Scheme();

        ShouldDifferFromEach(
            scheme,
            scheme with { Rule = AspectFloorTierRule.RuleName },
            scheme with { Parameters = scheme.Parameters.SetItem(ScoreThresholdTierRule.Standard, 85m) },
            scheme with { MaxRisePerYear = 2 },
            scheme with { CampaignStart = Y2018 },
            scheme with { CoverageTargets = scheme.CoverageTargets.RemoveAt(2) });
        scheme.Equals(Scheme()).Should().BeTrue();
    }

    [Fact]
    public void TierNamingRoundEquals_AnyMemberChanged_IsFalse()
    {
        var round = Outcome().Rounds[0];

        ShouldDifferFromEach(
            round,
            round with { Year = Y2018 },
            round with { Namings = round.Namings.RemoveAt(0) });
        round.Equals(Outcome().Rounds[0]).Should().BeTrue();
    }

    [Fact]
    public void BranchAssessmentEquals_AnyMemberChanged_IsFalse()
    {
        var assessment = Assess("BZ-001-B01", Y2017, 1m, 1m, 2m);

        ShouldDifferFromEach(
            assessment,
            assessment with { BranchId = OrganizationId.Parse("BZ-001-B02") },
            assessment with { Year = Y2018 },
            assessment with { CatalogueId = CatalogueId.Parse("OTHER") },
            assessment with { Scores = assessment.Scores.RemoveAt(0) });
        assessment.Equals(Assess("BZ-001-B01", Y2017, 1m, 1m, 2m)).Should().BeTrue();
    }

    [Fact]
    public void StandardizationDataSetEquals_AnyMemberChanged_IsFalse()
    {
        var data = Data();

        ShouldDifferFromEach(
            data,
            data with { Roster = Roster() with { CommitteeId = OrganizationId.Parse("BZ-OTHER") } },
            data with { Assessments = data.Assessments.RemoveAt(0) });
        data.Equals(Data()).Should().BeTrue();
    }

    [Fact]
    public void BranchRosterEquals_AnyMemberChanged_IsFalse()
    {
        var roster = Roster();

        ShouldDifferFromEach(
            roster,
            roster with { CommitteeId = OrganizationId.Parse("BZ-OTHER") },
            roster with { Branches = roster.Branches.RemoveAt(0) });
        roster.Equals(Roster()).Should().BeTrue();
    }

    [Fact]
    public void Constructors_UnsetLists_ReadAsEmpty()
    {
        var committee = Report().Committee;
        var report = new CoverageReport(Y2017, committee, default, default, default);
        var outcome = new StandardizationOutcome(default, default, default);
        var lagging = new LaggingBranch(OrganizationId.Parse("BZ-001-B01"), OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1"), Score.Zero, Score.Zero, default, Zero);
        var rectification = new RectificationReport(Y2017, 0, default, Zero);
        var round = new TierNamingRound(Y2017, default);
        var assessment = new BranchAssessment(OrganizationId.Parse("BZ-001-B01"), Y2017, CatalogueId.Parse("SMALL"), default);
        var roster = new BranchRoster(OrganizationId.Parse("BZ-WC"), default);
        var data = new StandardizationDataSet(roster, default);

        new[] { report.Districts.IsDefault, report.Departments.IsDefault, report.LaggingBranches.IsDefault }.Should().AllBeEquivalentTo(false);
        new[] { outcome.Results.IsDefault, outcome.Rounds.IsDefault, outcome.Coverage.IsDefault }.Should().AllBeEquivalentTo(false);
        lagging.HoldingBack.IsDefault.Should().BeFalse();
        rectification.Branches.IsDefault.Should().BeFalse();
        rectification.AllReached.Should().BeTrue();
        round.Namings.IsDefault.Should().BeFalse();
        assessment.Scores.IsDefault.Should().BeFalse();
        roster.Branches.IsDefault.Should().BeFalse();
        data.Assessments.IsDefault.Should().BeFalse();
        report.Should().Be(new CoverageReport(Y2017, committee, [], [], []));
        outcome.Should().Be(new StandardizationOutcome([], [], []));
    }

    [Fact]
    public void DocumentKinds_AreTheirPublishedNames()
    {
        CoverageReport.DocumentKind.Should().Be("standardization-coverage-report");
        BranchRoster.DocumentKind.Should().Be("standardization-branch-roster");
        RectificationReport.DocumentKind.Should().Be("standardization-rectification-report");
        StandardizationOutcome.DocumentKind.Should().Be("standardization-outcome");
        TierNamingRound.DocumentKind.Should().Be("standardization-naming-round");
        TierScheme.DocumentKind.Should().Be("standardization-tier-scheme");
        StandardizationDataSet.DocumentKind.Should().Be("standardization-data-set");
    }
}
