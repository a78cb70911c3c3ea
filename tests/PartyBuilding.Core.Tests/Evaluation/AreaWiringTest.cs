using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Tests.Evaluation;

/// <summary><see cref="AnnualEvaluation.Run(AnnualEvaluationInputs, LocalDate, CancellationToken)"/> runs the standardization and member-points engines on the 2018 evaluation seeds and maps them through the adapters.</summary>
public sealed class AreaWiringTest
{
    private static MemberPointsDataSet OnlyOf(MemberPointsDataSet data, OrganizationId organization)
    {
        var branches = data.Branches.Where(b => b.ParentId == organization).ToImmutableArray();
        var roster = data.Roster.Where(m => branches.Any(b => m.Assignments.Any(a => a.BranchId == b.BranchId))).ToImmutableArray();
        var members = roster.Select(m => m.MemberId).ToHashSet();
        var declarations = data.Declarations.Where(d => members.Contains(d.MemberId)).ToImmutableArray();
        var ids = declarations.Select(d => d.Id).ToHashSet();
        return data with
        {
            Branches = branches,
            Roster = roster,
            Declarations = declarations,
            Audits = [.. data.Audits.Where(a => ids.Contains(a.DeclarationId))],
            MassReviews = [.. data.MassReviews.Where(r => members.Contains(r.MemberId))],
        };
    }

    [Fact]
    public void Run_WithStandardizationAndMemberPoints_RanksTheOrganizationsWithAllData_AndReportsTheRest()
    {
        var seed = EvaluationFixtures.Inputs;
        var start = new LocalDate(2018, 1, 1);
        var std = AssessmentComponentId.Parse("STD");
        var pts = AssessmentComponentId.Parse("PTS");
        var key = AssessmentComponentId.Parse("KEY");
        SchemeComponent Component(AssessmentComponentId id, ComponentKind kind, decimal weight) =>
            new(id, new LocalizedText(id.Value, id.Value), kind, ComponentNature.Quantitative, [new DatedValue<Proportion>(start, Proportion.Of(weight))]);
        var scheme = seed.Scheme with
        {
            Components = [Component(std, ComponentKind.Standardization, 0.4m), Component(pts, ComponentKind.MemberPoints, 0.3m), Component(key, ComponentKind.KeyWork, 0.3m)],
            Ranking = [.. seed.Scheme.Ranking.Select(r => r with { Value = r.Value with { Parameters = r.Value.Parameters.AsDictionary().Remove("tie-breakers") } })],
        };
        var inputs = seed with
        {
            Scheme = scheme,
            Components = new EvaluationComponents(Standardization: std, MemberPoints: pts),
            DoubleReviewScheme = null,
            DoubleReviewData = null,
            MemberPointsData = OnlyOf(seed.MemberPointsData!, OrganizationId.Parse("BZ-001")),
            ResponsibilityScheme = null,
            ResponsibilityData = null,
            RectificationLedger = null,
            GivenInputs = seed.GivenInputs! with { Inputs = [.. seed.GivenInputs.Inputs.Where(i => i.Component == key)] },
        };

        var result = AnnualEvaluation.Run(inputs, EvaluationFixtures.AsOf);

        var bz001 = OrganizationId.Parse("BZ-001");
        var ranked = result.Assessment.Organizations.Should().ContainSingle().Subject;
        ranked.Organization.Should().Be(bz001);
        ranked.Explanation.Verify().Should().BeEmpty();
        var branches = result.Standardization!.Results.Where(r => r.Year.Value == 2018 && r.BranchId.Value.StartsWith("BZ-001-", StringComparison.Ordinal)).ToList();
        branches.Should().HaveCount(3);
        var expectedStd = ScoreRounding.Default.Apply(branches.Sum(b => b.Score.Value) / 3m);
        ranked.Components.Single(c => c.Component == std).Score.Should().Be(Score.Of(expectedStd));
        ranked.Components.Single(c => c.Component == pts).Score.Should().Be(result.MemberPoints!.Organizations.Single(o => o.OrganizationId == bz001).Score);
        result.Excluded.Should().HaveCount(96);
        result.Missing.Should().Contain(new MissingComponent(OrganizationId.Parse("BZ-021"), pts, new LocalizedText("党员积分管理未给出该组织的结果", "the member points gave no result for the organization")));
        result.Missing.Should().NotContain(m => m.Organization == OrganizationId.Parse("BZ-021") && m.Component == std);
    }

    [Fact]
    public void Run_WithResponsibilitiesAndRectification_In2019_MapsTheirResults_AndRaisesTheOverdueRule()
    {
        var seed = EvaluationFixtures.Inputs;
        var start = new LocalDate(2019, 1, 1);
        var year = AssessmentYear.Create(2019);
        var asOf = new LocalDate(2020, 1, 15);
        var resp = AssessmentComponentId.Parse("RESP");
        var rect = AssessmentComponentId.Parse("RECT");
        var key = AssessmentComponentId.Parse("KEY");
        var down = AssessmentFactorId.Parse("DOWN-RECT");
        SchemeComponent Component(AssessmentComponentId id, ComponentKind kind, decimal weight) =>
            new(id, new LocalizedText(id.Value, id.Value), kind, ComponentNature.Quantitative, [new DatedValue<Proportion>(start, Proportion.Of(weight))]);
        var scheme = seed.Scheme with
        {
            Year = year,
            EffectiveFrom = start,
            Components = [Component(resp, ComponentKind.Responsibilities, 0.5m), Component(rect, ComponentKind.Rectification, 0.2m), Component(key, ComponentKind.KeyWork, 0.3m)],
            PrecedenceRules = [.. seed.Scheme.PrecedenceRules.Where(r => r.Kind == PrecedenceRuleKind.Veto), new PrecedenceRule(down, new LocalizedText("整改逾期", "Rectification overdue"), PrecedenceRuleKind.ForcedDowngrade, 2, Steps: 1, AllowDoublePenalty: true)],
            BonusCaps = [new DatedValue<Score>(start, Score.Of(5m))],
            DeductionCaps = [new DatedValue<Score>(start, Score.Of(10m))],
            Banding = Restart(seed.Scheme.Banding, start),
            Ranking = [.. Restart(seed.Scheme.Ranking, start).Select(r => r with { Value = r.Value with { Parameters = r.Value.Parameters.AsDictionary().Remove("tie-breakers") } })],
        };
        var inputs = seed with
        {
            Year = year,
            Scheme = scheme,
            Components = new EvaluationComponents(Responsibilities: resp, Rectification: rect, RectificationOverdue: down),
            DoubleReviewScheme = null,
            DoubleReviewData = null,
            StandardizationCatalogue = null,
            StandardizationTiers = null,
            StandardizationData = null,
            MemberPointsScheme = null,
            MemberPointsData = null,
            OrganizationalLifeRecords = null,
            OrganizationalLifeScheme = null,
            ResponsibilityScheme = SeedDocuments.Read<ResponsibilityScheme>("responsibilities", "shandong-scheme.json"),
            ResponsibilityData = SeedDocuments.Read<ResponsibilityDataSet>("responsibilities", "binzhou-2019-data-set.json"),
            RectificationLedger = SeedDocuments.Read<RectificationLedger>("responsibilities", "rectification-ledger-2019.json"),
            GivenInputs = seed.GivenInputs! with { Year = year, Inputs = [.. seed.GivenInputs.Inputs.Where(i => i.Component == key && string.CompareOrdinal(i.Organization.Value, "BZ-040") <= 0).Select(i => i with { Vetoes = [] })] },
        };

        var result = AnnualEvaluation.Run(inputs, asOf);

        var bz001 = OrganizationId.Parse("BZ-001");
        var ranked = result.Assessment.Organizations.Should().ContainSingle().Subject;
        ranked.Organization.Should().Be(bz001);
        ranked.Explanation.Verify().Should().BeEmpty();
        var own = result.Responsibilities!.For(bz001)!;
        ranked.Components.Single(c => c.Component == resp).Score.Should().Be(Score.Of(ScoreRounding.Default.Apply(own.Score.Value * 100m / own.MaxPoints.Value)));
        var rollup = result.Rectification!.For(bz001)!;
        var expected = rollup.Measures == 0 ? 100m : ScoreRounding.Default.Apply(100m * (rollup.Measures - rollup.Overdue) / rollup.Measures);
        ranked.Components.Single(c => c.Component == rect).Score.Should().Be(Score.Of(expected));
        ranked.Rules.Any(r => r.Rule == down).Should().Be(rollup.Overdue > 0);
        result.Missing.Should().Contain(new MissingComponent(OrganizationId.Parse("BZ-002"), rect, new LocalizedText("问题整改台账未给出该组织的结果", "the rectification ledger gave no result for the organization")));
        result.Data.Inputs.Should().NotContain(i => i.Organization == OrganizationId.Parse("BZ-WC"));
    }

    private static ValueArray<DatedValue<StrategySpec>> Restart(ValueArray<DatedValue<StrategySpec>> series, LocalDate start) =>
        [.. series.Select(s => s with { EffectiveFrom = start })];
}
