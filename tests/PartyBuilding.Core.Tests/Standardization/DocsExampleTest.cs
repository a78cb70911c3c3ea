using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>The examples of docs/standardization.md, verbatim, so the documentation is known to work.</summary>
public sealed class DocsExampleTest
{
    [Fact]
    public void Example_ScoreNameAndRollUp()
    {
        // --- docs: begin
        var catalogue = new IndicatorCatalogue(
            CatalogueId.Parse("DEMO"),
            new LocalizedText("示例指标体系", "Demo catalogue"),
            Score.Of(100m),
            [
                new Aspect(AspectId.Parse("ORG"), new LocalizedText("组织建设", "Organization"),
                [
                    new Indicator(IndicatorId.Parse("ORG-1"), new LocalizedText("党员大会每季度召开", "Quarterly members' meeting"),
                        Score.Of(40m), StrategySpec.Of(StandardizationStrategies.Deduction, (StandardizationStrategies.PerOccurrence, "10")), [CheckMethod.CheckingFiles]),
                    new Indicator(IndicatorId.Parse("ORG-2"), new LocalizedText("主题党日参加率", "Theme party day attendance"),
                        Score.Of(60m), StrategySpec.Of(StandardizationStrategies.Proportional, (StandardizationStrategies.ZeroRate, "0.5")), [CheckMethod.CheckingFiles, CheckMethod.OnSite]),
                    new Indicator(IndicatorId.Parse("ORG-3"), new LocalizedText("严重违纪违法", "Serious violation"),
                        Score.Zero, StrategySpec.Of(StandardizationStrategies.Veto), [CheckMethod.HearingReports]),
                ]),
            ],
            Source: "article-002");

        var year = AssessmentYear.Create(2017);
        var tiers = new TierScheme(
            StrategySpec.Of(StandardizationStrategies.ScoreThresholds, ("standard", "75"), ("advanced", "85"), ("exemplary", "95")),
            CampaignStart: year,
            CoverageTargets: [.. StandardizationRules.BinzhouCoverageTargets.ValueAsOf(new LocalDate(2017, 6, 30))]);

        var data = new StandardizationDataSet(
            new BranchRoster(OrganizationId.Parse("BZ-WC"),
            [
                new RosterEntry(OrganizationId.Parse("BZ-001-B01"), OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1")),
                new RosterEntry(OrganizationId.Parse("BZ-001-B02"), OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1")),
            ]),
            [
                new BranchAssessment(OrganizationId.Parse("BZ-001-B01"), year, catalogue.Id,
                [
                    new IndicatorScore(IndicatorId.Parse("ORG-1"), 1m, "第一督导组", new LocalDate(2017, 6, 12), CheckMethod.CheckingFiles, "会议记录"),
                    new IndicatorScore(IndicatorId.Parse("ORG-2"), 0.9m, "第一督导组", new LocalDate(2017, 6, 12), CheckMethod.OnSite),
                ]),
            ]);

        var scheme = new StandardizationScheme(catalogue, tiers);
        var asOf = new LocalDate(2017, 12, 31);
        ValidationReport report = StandardizationEngine.Validate(data, scheme, asOf);      // every problem, none here
        StandardizationOutcome outcome = StandardizationEngine.Evaluate(data, scheme, asOf);

        // 40 − 1 × 10 = 30, and 60 × (0.9 − 0.5) ÷ 0.5 = 48: 78 points of 100.
        BranchScoreResult result = outcome.Results[0];
        string text = result.Explanation.ToText(DisplayLanguage.English);
        TierNamingRound round = outcome.Rounds[0];
        CoverageReport coverage = outcome.Coverage[0];
        // --- docs: end

        report.IsValid.Should().BeTrue();
        result.Score.Should().Be(Score.Of(78m));
        text.Should().Contain("Quarterly members' meeting: 30  [deduction max-points=40, per-occurrence=10]");
        round.Namings[0].Tier.Should().Be(BranchTier.Standard);
        coverage.Committee.Share.Should().Be(Proportion.FromPercent(50m));
        coverage.Committee.MeetsTarget.Should().BeTrue();
        coverage.Committee.NotNamed.Should().Be(1);
    }
}
