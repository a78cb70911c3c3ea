using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

public sealed class CoverageCalculatorTest
{
    private static BranchRoster Roster => new(
        OrganizationId.Parse("BZ-WC"),
        [
            Entry("BZ-001-B01", "BZ-001", "D1"), Entry("BZ-001-B02", "BZ-001", "D1"), Entry("BZ-001-B03", "BZ-001", "D1"), Entry("BZ-001-B04", "BZ-001", "D1"),
            Entry("BZ-002-B01", "BZ-002", "D1"), Entry("BZ-002-B02", "BZ-002", "D1"),
            Entry("BZ-021-B01", "BZ-021", "D2"), Entry("BZ-021-B02", "BZ-021", "D2"), Entry("BZ-021-B03", "BZ-021", "D2"),
        ]);

    private static RosterEntry Entry(string branch, string department, string district) =>
        new(OrganizationId.Parse(branch), OrganizationId.Parse(department), DistrictId.Parse(district));

    /// <summary>2017 (campaign year 1, target 50%): scores and tiers of the hand-computed table in the docs.</summary>
    private static TierNamingRound Round2017()
    {
        BranchScoreResult R(string branch, decimal a1, decimal rate, decimal b1, decimal veto = 0m) =>
            BranchScorer.Score(Assess(branch, Y2017, a1, rate, b1, 0m, veto), Small());
        return TierNamer.NameYear(
            Scheme(),
            Y2017,
            [
                R("BZ-001-B01", 1m, 0.9m, 0m), // 96, eligible exemplary, named standard
                R("BZ-001-B02", 1m, 1m, 2m), // 80, standard
                R("BZ-001-B03", 1m, 0.99m, 2m), // 79.6, lagging
                R("BZ-001-B04", 1m, 1m, 0m, 1m), // 100 but vetoed, lagging
                R("BZ-002-B01", 1m, 1m, 1m), // 90, eligible advanced, named standard
                R("BZ-002-B02", 0m, 1m, 0m), // 70, lagging
                R("BZ-021-B01", 1m, 1m, 2m), // 80, standard
                R("BZ-021-B02", 1m, 0.99m, 2m), // 79.6, lagging
                // BZ-021-B03 is not assessed.
            ],
            []);
    }

    [Fact]
    public void Article002_CoverageTargets_HandComputedTable()
    {
        var report = CoverageCalculator.Compute(Roster, Round2017(), Scheme());

        static object Row(CoverageLine l) => new
        {
            l.Branches, l.NotNamed, l.Lagging, l.Standard, l.Advanced, l.Exemplary, l.Covered, Share = l.Share.Value, l.MeetsTarget, Mean = l.MeanScore?.Value,
        };

        Row(report.Committee).Should().BeEquivalentTo(new { Branches = 9, NotNamed = 1, Lagging = 4, Standard = 4, Advanced = 0, Exemplary = 0, Covered = 4, Share = 0.4444444444m, MeetsTarget = (bool?)false, Mean = (decimal?)84.40m });
        report.Districts.Select(l => l.DistrictId!.Value.Value).Should().Equal("D1", "D2");
        Row(report.Districts[0]).Should().BeEquivalentTo(new { Branches = 6, NotNamed = 0, Lagging = 3, Standard = 3, Advanced = 0, Exemplary = 0, Covered = 3, Share = 0.5m, MeetsTarget = (bool?)true, Mean = (decimal?)85.93m });
        Row(report.Districts[1]).Should().BeEquivalentTo(new { Branches = 3, NotNamed = 1, Lagging = 1, Standard = 1, Advanced = 0, Exemplary = 0, Covered = 1, Share = 0.3333333333m, MeetsTarget = (bool?)false, Mean = (decimal?)79.80m });
        report.Departments.Select(l => l.OrganizationId!.Value.Value).Should().Equal("BZ-001", "BZ-002", "BZ-021");
        Row(report.Departments[0]).Should().BeEquivalentTo(new { Branches = 4, NotNamed = 0, Lagging = 2, Standard = 2, Advanced = 0, Exemplary = 0, Covered = 2, Share = 0.5m, MeetsTarget = (bool?)true, Mean = (decimal?)88.90m });
        Row(report.Departments[1]).Should().BeEquivalentTo(new { Branches = 2, NotNamed = 0, Lagging = 1, Standard = 1, Advanced = 0, Exemplary = 0, Covered = 1, Share = 0.5m, MeetsTarget = (bool?)true, Mean = (decimal?)80.00m });
        Row(report.Departments[2]).Should().BeEquivalentTo(new { Branches = 3, NotNamed = 1, Lagging = 1, Standard = 1, Advanced = 0, Exemplary = 0, Covered = 1, Share = 0.3333333333m, MeetsTarget = (bool?)false, Mean = (decimal?)79.80m });
        report.Departments[2].DistrictId.Should().Be(DistrictId.Parse("D2"));
        report.Committee.Target.Should().Be(Share.FromDecimal(0.5m));
        report.Committee.Explanation.Citation.Should().Be(StandardizationRules.BinzhouCoverageTargets.Entries[0].Citation);
    }

    [Theory]
    [InlineData(2018, 0.8)]
    [InlineData(2019, 1)]
    public void Article002_CoverageTargets_RiseInYearsTwoAndThree(int year, decimal target)
    {
        var round = Round2017() with { Year = AssessmentYear.Create(year) };

        var report = CoverageCalculator.Compute(Roster, round, Scheme());

        report.Committee.Target.Should().Be(Share.FromDecimal(target));
        report.Departments[0].MeetsTarget.Should().BeFalse();
    }

    [Fact]
    public void Coverage_WithoutTargets_HasNoVerdict()
    {
        var report = CoverageCalculator.Compute(Roster, Round2017(), Scheme() with { CampaignStart = null, CoverageTargets = [] });

        report.Committee.Target.Should().BeNull();
        report.Committee.MeetsTarget.Should().BeNull();
        report.Committee.Covered.Should().Be(4);
    }

    [Fact]
    public void Article001_LaggingBranches_ListIndicatorsHoldingBack()
    {
        var report = CoverageCalculator.Compute(Roster, Round2017(), Scheme());

        report.LaggingBranches.Select(l => l.BranchId.Value).Should().Equal("BZ-001-B03", "BZ-001-B04", "BZ-002-B02", "BZ-021-B02");
        var b03 = report.LaggingBranches[0];
        b03.GapToStandard.Should().Be(Score.Of(0.4m));
        b03.HoldingBack.Select(s => (s.IndicatorId.Value, s.Shortfall.Value)).Should().Equal(("B1", 20m), ("A2", 0.4m));
        var vetoed = report.LaggingBranches[1];
        vetoed.GapToStandard.Should().Be(Score.Zero);
        vetoed.HoldingBack.Should().ContainSingle().Which.Should().Be(
            new IndicatorShortfall(IndicatorId.Parse("B3"), AspectId.Parse("B"), Score.Zero, Score.Zero, Score.Zero, true));
        report.LaggingBranches[2].GapToStandard.Should().Be(Score.Of(10m));
        report.LaggingBranches[2].HoldingBack.Select(s => s.IndicatorId.Value).Should().Equal("A1");
        report.LaggingBranches[2].DistrictId.Should().Be(DistrictId.Parse("D1"));
    }

    [Fact]
    public void Coverage_IsIndependentOfRosterOrder()
    {
        var shuffled = Roster with { Branches = [.. Roster.Branches.Reverse()] };

        var a = CoverageCalculator.Compute(Roster, Round2017(), Scheme());
        var b = CoverageCalculator.Compute(shuffled, Round2017(), Scheme());

        b.Should().Be(a);
        PartyBuildingJson.Serialize(b).Should().Be(PartyBuildingJson.Serialize(a));
    }

    [Fact]
    public void Report_RoundTripsThroughJson()
    {
        var report = CoverageCalculator.Compute(Roster, Round2017(), Scheme());

        PartyBuildingJson.Deserialize<CoverageReport>(PartyBuildingJson.Serialize(report)).Should().Be(report);
    }

    [Fact]
    public void Coverage_NamedBranchNotOnRosterOrDuplicateRosterEntry_IsRefused()
    {
        var roster = Roster with { Branches = Roster.Branches.RemoveAt(0).Add(Roster.Branches[1]) };

        var act = () => CoverageCalculator.Compute(roster, Round2017(), Scheme());

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Select(p => p.ErrorCode).Should().BeEquivalentTo(
            [StandardizationErrorCodes.RosterDuplicate, StandardizationErrorCodes.BranchNotInRoster]);
    }

    [Fact]
    public void LaggingBranch_ExplainsTheGapWithTheRectificationRule()
    {
        var report = CoverageCalculator.Compute(Roster, Round2017(), Scheme());

        var explanation = report.LaggingBranches[0].Explanation;
        explanation.Value.Should().Be(0.4m);
        explanation.Citation.Should().Be(StandardizationRules.LaggingRectification);
        explanation.Find("score")!.Value.Should().Be(79.6m);
        explanation.Find("B1")!.Value.Should().Be(20m);
    }

    [Fact]
    public void Article001_LaggingBranches_ReachStandardByYearEnd()
    {
        var lagging = CoverageCalculator.Compute(Roster, Round2017(), Scheme()).LaggingBranches;

        // A re-assessment before year end: three of the four lagging branches now score 80 or more.
        BranchScoreResult R(string branch, decimal a1, decimal rate, decimal b1) =>
            BranchScorer.Score(Assess(branch, Y2017, a1, rate, b1), Small());
        var recheck = TierNamer.NameYear(Scheme(), Y2017, [R("BZ-001-B03", 1m, 1m, 2m), R("BZ-001-B04", 1m, 1m, 0m), R("BZ-002-B02", 1m, 0.99m, 2m)], []);

        var followUp = RectificationTracker.FollowUp(lagging.Reverse(), recheck);

        followUp.Branches.Select(b => (b.BranchId.Value, b.ReachedStandard)).Should().Equal(
            ("BZ-001-B03", true), ("BZ-001-B04", true), ("BZ-002-B02", false), ("BZ-021-B02", false));
        followUp.Reached.Should().Be(2);
        followUp.AllReached.Should().BeFalse();
        followUp.Branches[3].LaterTier.Should().BeNull();
        followUp.Branches[0].LaterScore.Should().Be(Score.Of(80m));
        followUp.Explanation.Value.Should().Be(2m);
        followUp.Explanation.Verify().Should().BeEmpty();
        followUp.Explanation.Citation.Should().Be(StandardizationRules.LaggingRectification);
        PartyBuildingJson.Deserialize<RectificationReport>(PartyBuildingJson.Serialize(followUp)).Should().Be(followUp);
    }

    [Fact]
    public void FollowUp_AllReached_WhenEveryBranchIsStandard()
    {
        var lagging = CoverageCalculator.Compute(Roster, Round2017(), Scheme()).LaggingBranches.Take(1);
        var recheck = TierNamer.NameYear(Scheme(), Y2017, [BranchScorer.Score(Assess("BZ-001-B03", Y2017, 1m, 1m, 2m), Small())], []);

        RectificationTracker.FollowUp(lagging, recheck).AllReached.Should().BeTrue();
        var act = () => RectificationTracker.FollowUp(lagging.Concat(lagging), recheck);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Roster_HasValueEquality()
    {
        (Roster with { Branches = [.. Roster.Branches] }).Should().Be(Roster);
        (Roster with { Branches = [.. Roster.Branches] }).GetHashCode().Should().Be(Roster.GetHashCode());
        (Roster with { Branches = Roster.Branches.RemoveAt(0) }).Should().NotBe(Roster);
        var data = new StandardizationDataSet(Roster, [Assess("BZ-001-B01", Y2017, 1m, 1m, 0m)]);
        (data with { Assessments = [Assess("BZ-001-B01", Y2017, 1m, 1m, 0m)] }).Should().Be(data);
    }
}
