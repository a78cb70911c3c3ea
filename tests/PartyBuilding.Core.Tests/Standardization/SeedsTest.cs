using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

public sealed class SeedsTest
{
    private static readonly LocalDate AsOf = new(2019, 12, 31);

    [Theory]
    [InlineData("catalogue-binzhou-002.json", 7, 30, "article-002")]
    [InlineData("catalogue-shandong-archives-000.json", 8, 52, "article-000")]
    [InlineData("catalogue-pingdingshan-003.json", 6, 18, "article-003")]
    [InlineData("catalogue-gansu-004.json", 4, 14, "article-004")]
    public void Catalogue_LoadsAndValidates(string file, int aspects, int indicators, string source)
    {
        var catalogue = Seed<IndicatorCatalogue>(file);

        StandardizationEngine.ValidateCatalogue(catalogue).Problems.Should().BeEmpty();
        catalogue.Aspects.Should().HaveCount(aspects);
        catalogue.AllIndicators().Should().HaveCount(indicators);
        catalogue.DeclaredTotal.Should().Be(Score.Of(100m));
        catalogue.GetCitation()!.Source.Code.Should().Be(source);
        PartyBuildingJson.Deserialize<IndicatorCatalogue>(PartyBuildingJson.Serialize(catalogue)).Should().Be(catalogue);
    }

    [Fact]
    public void Article002_BinzhouCatalogue_SevenAspectsThirtyTargets()
    {
        var catalogue = Seed<IndicatorCatalogue>("catalogue-binzhou-002.json");

        catalogue.Aspects.Select(a => a.Title.ZhCn).Should().Equal("思想建设", "组织建设", "作风建设", "反腐倡廉建设", "制度建设", "保障机制建设", "责任体系建设");
        catalogue.Aspects.Should().OnlyContain(a => !a.Illustrative);
        catalogue.AllIndicators().Should().OnlyContain(i => i.Illustrative);
        catalogue.AllIndicators().Select(i => i.Scoring.Name).Distinct().Should().BeEquivalentTo(StandardizationStrategies.Default.Scoring.Names);
        catalogue.AllIndicators().SelectMany(i => i.CheckedBy).Distinct().Should().BeEquivalentTo(Enum.GetValues<CheckMethod>());
    }

    [Fact]
    public void Article000_ArchivesCatalogue_EightAspectsFiftyTwoIndicators()
    {
        var catalogue = Seed<IndicatorCatalogue>("catalogue-shandong-archives-000.json");

        catalogue.Aspects.Should().HaveCount(8).And.OnlyContain(a => a.Illustrative);
        catalogue.AllIndicators().Should().HaveCount(52);
    }

    [Fact]
    public void Article003_PingdingshanCatalogue_SixIzations()
    {
        var catalogue = Seed<IndicatorCatalogue>("catalogue-pingdingshan-003.json");

        catalogue.Aspects.Select(a => a.Title.ZhCn).Should().Equal("学习教育常态化", "党内生活严格化", "组织建设标准化", "党员管理精细化", "队伍建设专业化", "服务大局融合化");
    }

    [Theory]
    [InlineData("tier-scheme-binzhou-002.json")]
    [InlineData("tier-scheme-gansu-004.json")]
    public void TierScheme_LoadsAndValidates(string file)
    {
        var scheme = Seed<TierScheme>(file);

        StandardizationEngine.ValidateTiers(scheme).Problems.Should().BeEmpty();
        PartyBuildingJson.Deserialize<TierScheme>(PartyBuildingJson.Serialize(scheme)).Should().Be(scheme);
    }

    [Theory]
    [InlineData("tier-scheme-binzhou-002.json")]
    [InlineData("tier-scheme-gansu-004.json")]
    public void Seed_TierSchemes_AreIllustrative_BecauseNoArticleGivesThresholds(string file) =>
        Seed<TierScheme>(file).IsIllustrative.Should().BeTrue();

    [Theory]
    [InlineData("catalogue-binzhou-002.json")]
    [InlineData("catalogue-shandong-archives-000.json")]
    [InlineData("catalogue-pingdingshan-003.json")]
    [InlineData("catalogue-gansu-004.json")]
    public void Seed_Catalogues_AreIllustrative_AndTheirCitationCarriesTheMark(string file)
    {
        var catalogue = Seed<IndicatorCatalogue>(file);

        catalogue.IsIllustrative.Should().BeTrue();
        catalogue.GetCitation()!.IsIllustrative.Should().BeTrue();
        catalogue.GetCitation()!.Source.Code.Should().Be(catalogue.Source);
    }

    [Fact]
    public void Article002_BinzhouScheme_CarriesTheArticleTargets()
    {
        var scheme = Seed<TierScheme>("tier-scheme-binzhou-002.json");

        scheme.CoverageTargets.Should().Equal(StandardizationRules.BinzhouCoverageTargets.ValueAsOf(new LocalDate(2017, 6, 30)));
        scheme.MaxRisePerYear.Should().Be(StandardizationRules.MaxRisePerYear.ValueAsOf(new LocalDate(2017, 6, 30)));
        scheme.CampaignStart.Should().Be(Y2017);
    }

    [Fact]
    public void DataSet_LoadsValidatesAndEvaluates()
    {
        var catalogue = Seed<IndicatorCatalogue>("catalogue-binzhou-002.json");
        var scheme = Seed<TierScheme>("tier-scheme-binzhou-002.json");
        var data = Seed<StandardizationDataSet>("assessments-binzhou-2017-2019.json");

        var outcome = StandardizationEngine.Evaluate(data, new StandardizationScheme(catalogue, scheme), AsOf);

        data.Roster.Branches.Should().HaveCount(10);
        StandardizationEngine.ValidateRoster(data.Roster).IsValid.Should().BeTrue();
        outcome.Results.Should().HaveCount(30);
        outcome.Results.Should().OnlyContain(r => r.Explanation.Verify().IsEmpty);
        outcome.Rounds.Select(r => r.Year.Value).Should().Equal(2017, 2018, 2019);
        outcome.Coverage.Should().HaveCount(3);
        outcome.Coverage.Select(c => c.Committee.Branches).Should().OnlyContain(n => n == 10);
        outcome.Coverage.SelectMany(c => c.Departments).Select(d => d.OrganizationId!.Value.Value).Distinct()
            .Should().Equal("BZ-001", "BZ-002", "BZ-021", "BZ-041");

        // The veto the data set records for BZ-021-B02 in 2018 names it lagging.
        var vetoed = outcome.Rounds[1].Find(OrganizationId.Parse("BZ-021-B02"))!;
        vetoed.Result.Vetoes.Should().Equal(IndicatorId.Parse("BZ-A4-04"));
        vetoed.Tier.Should().Be(BranchTier.Lagging);

        // Committee coverage: 6 of 10 in 2017 (target 50% met), 6 of 10 in 2018 (80% missed), 10 of 10 in 2019 (100% met).
        outcome.Coverage.Select(c => (c.Committee.Covered, c.Committee.MeetsTarget)).Should().Equal((6, true), (6, false), (10, true));

        // No branch ever rises more than one tier a year.
        foreach (var (before, after) in outcome.Rounds.AsImmutableArray().Zip(outcome.Rounds.Skip(1)))
        {
            foreach (var naming in after.Namings)
            {
                ((int)naming.Tier - (int)(before.Find(naming.BranchId)?.Tier ?? BranchTier.Lagging)).Should().BeLessThanOrEqualTo(1);
            }
        }
    }

    [Fact]
    public void DataSet_Outcome_IsDeterministicAndIndependentOfOrder()
    {
        var catalogue = Seed<IndicatorCatalogue>("catalogue-binzhou-002.json");
        var scheme = Seed<TierScheme>("tier-scheme-binzhou-002.json");
        var data = Seed<StandardizationDataSet>("assessments-binzhou-2017-2019.json");
        var reversed = data with { Assessments = [.. data.Assessments.Reverse()], Roster = data.Roster with { Branches = [.. data.Roster.Branches.Reverse()] } };

        var both = new StandardizationScheme(catalogue, scheme);
        var a = PartyBuildingJson.Serialize(StandardizationEngine.Evaluate(data, both, AsOf));
        var b = PartyBuildingJson.Serialize(StandardizationEngine.Evaluate(reversed, both, AsOf));

        b.Should().Be(a);
        PartyBuildingJson.Deserialize<StandardizationOutcome>(a).Should().Be(StandardizationEngine.Evaluate(data, both, AsOf));
    }

    [Fact]
    public void Evaluate_InvalidDataSet_ListsProblemsOfEveryInput()
    {
        var catalogue = Seed<IndicatorCatalogue>("catalogue-binzhou-002.json");
        var data = Seed<StandardizationDataSet>("assessments-binzhou-2017-2019.json");
        var stranger = data.Assessments[0] with { BranchId = OrganizationId.Parse("BZ-097-B01") };
        var broken = data with { Assessments = data.Assessments.Add(stranger).Add(data.Assessments[1]) };

        var act = () => StandardizationEngine.Evaluate(broken, new StandardizationScheme(catalogue, new TierScheme(Spec("by-lottery"))), AsOf);

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Select(p => p.ErrorCode).Should().BeEquivalentTo(
        [
            CommonErrorCodes.StrategyUnknown, StandardizationErrorCodes.BranchNotInRoster, StandardizationErrorCodes.RoundInvalid,
        ]);
    }

    [Fact]
    public void Gansu_FourStrongCatalogue_WithAspectFloorScheme_NamesTiers()
    {
        var catalogue = Seed<IndicatorCatalogue>("catalogue-gansu-004.json");
        var scheme = Seed<TierScheme>("tier-scheme-gansu-004.json");
        var year = AssessmentYear.Create(2023);
        ImmutableArray<IndicatorScore> All(decimal quality) =>
        [
            .. catalogue.AllIndicators().Select(i => Obs(i.Id.Value, i.Scoring.Name switch
            {
                "checklist" => quality >= 0.5m ? 1m : 0m,
                "proportional" => quality,
                "deduction" => quality >= 0.5m ? 0m : 5m,
                _ => 0m,
            }, year)),
        ];
        var strong = new BranchAssessment(OrganizationId.Parse("GS-001-B01"), year, catalogue.Id, All(1m));

        var result = BranchScorer.Score(strong, catalogue);
        var round = TierNamer.NameYear(scheme, year, [result], []);

        result.Score.Should().Be(Score.Of(100m));
        round.Namings[0].Tier.Should().Be(BranchTier.Standard);
        round.Namings[0].EligibleTier.Should().Be(BranchTier.Exemplary);
    }
}
