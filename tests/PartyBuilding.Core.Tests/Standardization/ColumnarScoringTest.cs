using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;
using static PartyBuilding.Core.Tests.Standardization.StandardizationFixtures;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>
/// Issue 23, columnar engines: standardization keeps one row per indicator score inside the run and makes a branch's
/// aspects, their indicators and a lagging branch's shortfalls into records when first read — once, whichever thread reads
/// first — and the tier naming decides by the built-in thresholds without building the decision's texts. None of it may
/// change a result: the lists are equal to the lists a document gives, hash as them, and serialize to the same bytes.
/// </summary>
public sealed class ColumnarScoringTest
{
    private static readonly LocalDate AsOf = new(2020, 1, 15);

    [Fact]
    public void LibraryRule_AspectsIndicatorsAndShortfalls_AreMadeOnceWhenFirstRead_OnEveryThread()
    {
        var outcome = StandardizationEngine.Evaluate(Generated(seed: 23, branches: 40), SmallScheme(), AsOf);
        var result = outcome.Results[0];
        var lagging = outcome.Coverage.SelectMany(c => c.LaggingBranches).First();

        var aspects = new ImmutableArray<AspectResult>[8];
        var indicators = new ImmutableArray<IndicatorResult>[8];
        var holding = new ImmutableArray<IndicatorShortfall>[8];
        Parallel.For(0, aspects.Length, i =>
        {
            aspects[i] = result.Aspects.AsImmutableArray();
            indicators[i] = result.Aspects[1].Indicators.AsImmutableArray();
            holding[i] = lagging.HoldingBack.AsImmutableArray();
        });

        aspects.Should().OnlyContain(a => a == aspects[0], "one list of aspects is published, whichever thread made it");
        indicators.Should().OnlyContain(a => a == indicators[0], "one list of indicators is published");
        holding.Should().OnlyContain(a => a == holding[0], "one list of shortfalls is published");
        (result.AllIndicators()[2] == result.Aspects[1].Indicators[0]).Should().BeTrue("a list once made is kept, not made again");
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(23, 60)]
    [InlineData(2026, 90)]
    public void LibraryRule_ListsMadeFromTheRunsRows_EqualTheListsADocumentGives_ForAGeneratedWorkload(int seed, int branches)
    {
        var outcome = StandardizationEngine.Evaluate(Generated(seed, branches), SmallScheme(), AsOf);
        var json = PartyBuildingJson.Serialize(outcome);
        var read = PartyBuildingJson.Deserialize<StandardizationOutcome>(json);

        read.Should().Be(outcome, "every list compares by its items, made from rows or given");
        read.GetHashCode().Should().Be(outcome.GetHashCode(), "a deferred list hashes as the list");
        PartyBuildingJson.Serialize(read).Should().Be(json);
        outcome.Results.Should().HaveCount(3 * branches);
        outcome.Rounds.Select(r => r.Namings.Length).Should().Equal(branches, branches, branches);
        outcome.Coverage.SelectMany(c => c.LaggingBranches).Should().NotBeEmpty("the workload has branches below the standard tier");
        outcome.Results.Should().Contain(r => r.IsVetoed, "the workload has vetoed branches");
        foreach (var result in outcome.Results)
        {
            result.Aspects.Select(a => a.AspectId.Value).Should().Equal("A", "B");
            result.Aspects.Should().OnlyContain(a => a.Points.Value == a.Indicators.Sum(i => i.Points.Value), "an aspect's points are the exact sum of its indicators");
            result.RawPoints.Value.Should().Be(result.Aspects.Sum(a => a.Points.Value));
            result.Vetoes.Should().Equal(result.AllIndicators().Where(i => i.VetoTriggered).Select(i => i.IndicatorId));
            result.AllIndicators().Select(i => i.IndicatorId.Value).Should().Equal("A1", "A2", "B1", "B2", "B3");
        }

        foreach (var (year, lagging) in outcome.Coverage.SelectMany(c => c.LaggingBranches.Select(l => (c.Year, l))))
        {
            var indicators = outcome.Results.Single(r => r.BranchId == lagging.BranchId && r.Year == year).AllIndicators();
            lagging.HoldingBack.Select(s => s.IndicatorId).Should().BeEquivalentTo(
                indicators.Where(i => i.VetoTriggered || i.Shortfall.Value > 0m).Select(i => i.IndicatorId));
        }
    }

    [Fact]
    public void LibraryRule_OnDemandTreesAndDeferredLists_AreTheEagerOnes_ForAGeneratedWorkload()
    {
        var data = Generated(seed: 7, branches: 50);
        var previous = DeferredExplanation.Eager;
        StandardizationOutcome eager;
        DeferredExplanation.Eager = true;
        try
        {
            eager = StandardizationEngine.Evaluate(data, SmallScheme(), AsOf);
        }
        finally
        {
            DeferredExplanation.Eager = previous;
        }

        var onDemand = StandardizationEngine.Evaluate(data, SmallScheme(), AsOf);

        onDemand.Should().Be(eager);
        PartyBuildingJson.Serialize(onDemand).Should().Be(PartyBuildingJson.Serialize(eager));
    }

    [Theory]
    [InlineData("79.99", BranchTier.Lagging)]
    [InlineData("80", BranchTier.Standard)]
    [InlineData("89.99", BranchTier.Standard)]
    [InlineData("90", BranchTier.Advanced)]
    [InlineData("94.99", BranchTier.Advanced)]
    [InlineData("95", BranchTier.Exemplary)]
    public void LibraryRule_TheBuiltInThresholds_NameWithoutTheirTexts_TheTierTheirDecisionGives(string score, BranchTier tier)
    {
        var rule = (ScoreThresholdTierRule)Rule(StandardizationStrategies.ScoreThresholds, ("standard", 80m), ("advanced", 90m), ("exemplary", 95m));
        var value = Score.Of(decimal.Parse(score, CultureInfo.InvariantCulture));

        rule.TierOf(value).Should().Be(tier);
        rule.ByScore(value).Tier.Should().Be(tier);
    }

    /// <summary>Branches of the small catalogue over 2017–2019 with random observations (seeded): every tier, some vetoes, some bonuses.</summary>
    private static StandardizationDataSet Generated(int seed, int branches)
    {
        var random = new Random(seed);
        var roster = new BranchRoster(
            OrganizationId.Parse("C"),
            [.. Enumerable.Range(0, branches).Select(b => new RosterEntry(
                OrganizationId.Parse(string.Create(CultureInfo.InvariantCulture, $"B{b:D3}")),
                OrganizationId.Parse(string.Create(CultureInfo.InvariantCulture, $"D{b % 4}")),
                DistrictId.Parse(string.Create(CultureInfo.InvariantCulture, $"X{b % 3}"))))]);
        var assessments = new List<BranchAssessment>();
        foreach (var year in new[] { Y2017, AssessmentYear.Create(2018), AssessmentYear.Create(2019) })
        {
            foreach (var entry in roster.Branches)
            {
                assessments.Add(Assess(
                    entry.BranchId.Value,
                    year,
                    random.Next(10) < 8 ? 1m : 0m,
                    random.Next(0, 101) / 100m,
                    random.Next(0, 4),
                    random.Next(0, 4),
                    random.Next(25) == 0 ? 1m : 0m));
            }
        }

        return new StandardizationDataSet(roster, [.. assessments]);
    }
}
