using PartyBuilding.Core.Common;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>The examples of docs/standardization.md, verbatim, so the documentation is known to work.</summary>
public sealed class DocsExampleTest
{
    [Fact]
    public void Example_ScoreNameAndRollUp()
    {
        // --- docs: begin
        static ImmutableSortedDictionary<string, decimal> P(string name, decimal value) =>
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(name, value)]);

        var catalogue = new IndicatorCatalogue(
            CatalogueId.Parse("DEMO"),
            new LocalizedText("示例指标体系", "Demo catalogue"),
            Score.Of(100m),
            [
                new Aspect(AspectId.Parse("ORG"), new LocalizedText("组织建设", "Organization"),
                [
                    new Indicator(IndicatorId.Parse("ORG-1"), new LocalizedText("党员大会每季度召开", "Quarterly members' meeting"),
                        Score.Of(40m), "deduction", [CheckMethod.CheckingFiles], P("per-occurrence", 10m)),
                    new Indicator(IndicatorId.Parse("ORG-2"), new LocalizedText("主题党日参加率", "Theme party day attendance"),
                        Score.Of(60m), "proportional", [CheckMethod.CheckingFiles, CheckMethod.OnSite], P("zero-rate", 0.5m)),
                    new Indicator(IndicatorId.Parse("ORG-3"), new LocalizedText("严重违纪违法", "Serious violation"),
                        Score.Zero, "veto", [CheckMethod.HearingReports]),
                ]),
            ],
            Source: "article-002");

        var year = AssessmentYear.Create(2017);
        var assessment = new BranchAssessment(OrganizationId.Parse("BZ-001-B01"), year, catalogue.Id,
        [
            new IndicatorScore(IndicatorId.Parse("ORG-1"), 1m, "第一督导组", new LocalDate(2017, 6, 12), CheckMethod.CheckingFiles, "会议记录"),
            new IndicatorScore(IndicatorId.Parse("ORG-2"), 0.9m, "第一督导组", new LocalDate(2017, 6, 12), CheckMethod.OnSite),
        ]);

        // 40 − 1 × 10 = 30, and 60 × (0.9 − 0.5) ÷ 0.5 = 48: 78 points of 100.
        BranchScoreResult result = BranchScorer.Score(assessment, catalogue);
        string text = result.Explanation.ToText(DisplayLanguage.English);

        var scheme = new TierScheme(
            "score-thresholds",
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                [KeyValuePair.Create("standard", 75m), KeyValuePair.Create("advanced", 85m), KeyValuePair.Create("exemplary", 95m)]),
            CampaignStart: year,
            CoverageTargets: StandardizationRules.BinzhouCoverageTargets.ValueAsOf(new LocalDate(2017, 6, 30)));
        TierNamingRound round = TierNamer.NameYear(scheme, year, [result], history: []);

        var roster = new BranchRoster(OrganizationId.Parse("BZ-WC"),
        [
            new RosterEntry(OrganizationId.Parse("BZ-001-B01"), OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1")),
            new RosterEntry(OrganizationId.Parse("BZ-001-B02"), OrganizationId.Parse("BZ-001"), DistrictId.Parse("D1")),
        ]);
        CoverageReport coverage = CoverageCalculator.Compute(roster, round, scheme);
        // --- docs: end

        result.Score.Should().Be(Score.Of(78m));
        text.Should().Contain("Quarterly members' meeting: 30  [deduction max-points=40, per-occurrence=10]");
        round.Namings[0].Tier.Should().Be(BranchTier.Standard);
        coverage.Committee.Share.Should().Be(Proportion.FromPercent(50m));
        coverage.Committee.MeetsTarget.Should().BeTrue();
        coverage.Committee.NotNamed.Should().Be(1);
    }
}
