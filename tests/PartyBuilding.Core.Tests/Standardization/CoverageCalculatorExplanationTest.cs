using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using PartyBuilding.Core.Tests.Golden;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>
/// Pins the published explanations of <see cref="CoverageCalculator"/> (whole, as golden files under <c>Approved/standardization</c>) (article 002: over half named standard in
/// the first year; article 001: lagging branches rectified by year end), its validation and its guards.
/// </summary>
public sealed class CoverageCalculatorExplanationTest
{
    private const string TargetCitation = "《构建工作“一体化”格局 提升党建科学化水平》 对达到标准化的376个机关党支部进行了隆重的命名表彰,占全部基层党组织50%以上,力求第二年达到80%,第三年达到100% [article-002]";
    private const string LaggingCitation = "《强化党建引领 聚力改革攻坚》 对44个后进支部,有针对性地制定整改措施,及时跟踪帮包,确保年底前全部达到标准党支部以上水平 [article-001]";

    /// <summary>BZ-001 has a standard and a vetoed branch (D1), BZ-002 a lagging one (D1), BZ-031 one not named (D3).</summary>
    private static BranchRoster FourBranches() => new(
        OrganizationId.Parse("BZ-WC"),
        [
            new(OrganizationId.Parse("BZ-031-B01"), OrganizationId.Parse("BZ-031"), DistrictId.Parse("D3")),
            new(OrganizationId.Parse("BZ-001-B01"), OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1")),
            new(OrganizationId.Parse("BZ-001-B02"), OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1")),
            new(OrganizationId.Parse("BZ-002-B01"), OrganizationId.Parse("BZ-002"), DistrictId.Parse("D1")),
        ]);

    private static TierNamingRound Round(params BranchScoreResult[] extra) => TierNamer.NameYear(
        Scheme(),
        Y2017,
        [
            BranchScorer.Score(Assess("BZ-001-B01", Y2017, 1m, 1m, 2m), Small()), // 80, standard
            BranchScorer.Score(Assess("BZ-001-B02", Y2017, 0m, 1m, 3m, 0m, 1m), Small()), // 40, vetoed: A1 and B1 short by 30 each
            BranchScorer.Score(Assess("BZ-002-B01", Y2017, 1m, 0.99m, 2m), Small()), // 79.6, lagging
            .. extra,
        ],
        []);

    private static (int, string?, string, string, string, string?, string, string?, string?)[] Line(
        string key, string zh, string en, string share, string parameters, string note, string? citation, int covered, int branches) =>
    [
        (0, key, zh, en, share, "share-named-at-least", parameters, note, citation),
        (1, "covered", "达到等级的支部数", "Branches named at least the minimum tier", covered.ToString(CultureInfo.InvariantCulture), null, "", null, null),
        (1, "branches", "支部总数", "Branches on the roster", branches.ToString(CultureInfo.InvariantCulture), null, "", null, null),
    ];

    [Fact]
    public void Article002_CoverageTargets_FirstYearHalf_ExplainsCommitteeDistrictsAndDepartmentsNodeByNode()
    {
        var report = CoverageCalculator.Compute(FourBranches(), Round(), Scheme());

        GoldenTrees.Verify(
            "standardization/coverage-first-year-half.txt",
            [report.Committee.Explanation, .. report.Districts.Select(l => l.Explanation), .. report.Departments.Select(l => l.Explanation)]);
        report.Departments.Select(l => (l.MeetsTarget, l.MeanScore)).Should().Equal(((bool?)true, (Score?)Score.Of(60m)), ((bool?)false, (Score?)Score.Of(79.6m)), ((bool?)false, (Score?)null));
        report.Departments.Select(l => l.DistrictId).Should().Equal(DistrictId.Parse("D1"), DistrictId.Parse("D1"), DistrictId.Parse("D3"));
        report.Committee.MeanScore.Should().Be(Score.Of(66.53m));
    }

    [Fact]
    public void Coverage_WithoutTargets_ExplainsNoneAndNoTargetWithoutCitation()
    {
        var report = CoverageCalculator.Compute(FourBranches(), Round(), Scheme() with { CampaignStart = null, CoverageTargets = [] });

        Flatten(report.Committee.Explanation).Should().Equal(Line(
            "BZ-WC", "机关工委覆盖率 BZ-WC", "Working committee coverage BZ-WC", "0.25", "minimum-tier=Standard,target=none", "未设目标 (no target applies)", null, 1, 4));
    }

    [Fact]
    public void Coverage_TargetWithAdvancedMinimum_CountsOnlyAdvancedBranches()
    {
        var scheme = Scheme() with { CoverageTargets = [new CoverageTarget(1, Share.FromDecimal(0.25m), BranchTier.Advanced)] };

        var report = CoverageCalculator.Compute(FourBranches(), Round(), scheme);

        Flatten(report.Committee.Explanation).Should().Equal(Line(
            "BZ-WC", "机关工委覆盖率 BZ-WC", "Working committee coverage BZ-WC", "0", "minimum-tier=Advanced,target=0.25", "未达到目标 (target not reached)", TargetCitation, 0, 4));
        report.Committee.Covered.Should().Be(0);
    }

    [Fact]
    public void Article001_LaggingRectification_ExplainsTheGapVetoFirstThenLargestShortfallThenIndicator()
    {
        var lagging = CoverageCalculator.Compute(FourBranches(), Round(), Scheme()).LaggingBranches;

        lagging.Select(l => (l.BranchId.Value, l.GapToStandard)).Should().Equal(("BZ-001-B02", Score.Of(40m)), ("BZ-002-B01", Score.Of(0.4m)));
        GoldenTrees.Verify("standardization/coverage-lagging-gaps.txt", lagging.Select(l => l.Explanation));
        lagging[0].HoldingBack.Select(s => (s.IndicatorId.Value, s.Veto)).Should().Equal(("B3", true), ("A1", false), ("B1", false));
    }

    [Fact]
    public void Compute_RoundNamingABranchNotOnTheRoster_ListsItsPathCodeMessageAndValue()
    {
        var round = Round(BranchScorer.Score(Assess("BZ-999-B01", Y2017, 1m, 1m, 2m), Small()));

        var act = () => CoverageCalculator.Compute(FourBranches(), round, Scheme());

        var error = act.Should().Throw<PartyBuildingValidationException>().Which;
        error.Message.Should().StartWith("The coverage input is not valid: 1 problem.");
        Rows(error.Problems).Should().Equal(
            ("round.Namings[3].BranchId", StandardizationErrorCodes.BranchNotInRoster, "Branch 'BZ-999-B01' is named but not on the roster.", "BZ-999-B01"));
    }

    [Fact]
    public void Compute_InvalidRosterAndScheme_PrefixesTheirPaths()
    {
        var roster = FourBranches();
        roster = roster with { Branches = roster.Branches.Add(roster.Branches[0]) };

        var act = () => CoverageCalculator.Compute(roster, Round(), Scheme() with { MaxRisePerYear = 0 });

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Select(p => p.Path)
            .Should().Equal("roster.Branches[4].BranchId", "scheme.MaxRisePerYear");
    }

    [Fact]
    public void Compute_RegistryGiven_NamesTheSchemesRuleFromIt()
    {
        var registry = RenamedStrategies();
        var scheme = Scheme() with { Rule = Spec(Renamed, ("standard", 80m), ("advanced", 90m), ("exemplary", 95m)) };

        var report = CoverageCalculator.Compute(FourBranches(), Round(), scheme, registry);

        report.LaggingBranches.Select(l => l.GapToStandard).Should().Equal(Score.Of(40m), Score.Of(0.4m));
    }

    [Fact]
    public void Compute_NullArguments_ThrowArgumentNullNamingThem()
    {
        FluentActions.Invoking(() => CoverageCalculator.Compute(null!, Round(), Scheme())).Should().Throw<ArgumentNullException>().WithParameterName("roster");
        FluentActions.Invoking(() => CoverageCalculator.Compute(FourBranches(), null!, Scheme())).Should().Throw<ArgumentNullException>().WithParameterName("round");
        FluentActions.Invoking(() => CoverageCalculator.Compute(FourBranches(), Round(), null!)).Should().Throw<ArgumentNullException>().WithParameterName("scheme");
    }
}
