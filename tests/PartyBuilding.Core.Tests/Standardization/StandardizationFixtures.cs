using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Small hand-made catalogues and assessments, and the seed loader.</summary>
internal static class StandardizationFixtures
{
    public static readonly AssessmentYear Y2017 = AssessmentYear.Create(2017);

    public static ImmutableSortedDictionary<string, decimal> Params(params (string Key, decimal Value)[] items) =>
        items.ToImmutableSortedDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);

    public static Indicator Ind(string id, decimal points, string method, ImmutableSortedDictionary<string, decimal>? parameters = null) =>
        new(IndicatorId.Parse(id), new LocalizedText("指标 " + id, "Indicator " + id), Score.Of(points), method, [CheckMethod.CheckingFiles], parameters);

    /// <summary>
    /// Two aspects, 100 points: A (checklist 30, proportional 20 with zero-rate 0.5) and B (deduction 50 per 10 floor 5,
    /// bonus cap 5 per 2, veto).
    /// </summary>
    public static IndicatorCatalogue Small() => new(
        CatalogueId.Parse("SMALL"),
        new LocalizedText("小型指标体系", "Small catalogue"),
        Score.Of(100m),
        [
            new Aspect(AspectId.Parse("A"), new LocalizedText("方面A", "Aspect A"), [
                Ind("A1", 30m, ChecklistScoring.MethodName),
                Ind("A2", 20m, ProportionalScoring.MethodName, Params(("zero-rate", 0.5m))),
            ]),
            new Aspect(AspectId.Parse("B"), new LocalizedText("方面B", "Aspect B"), [
                Ind("B1", 50m, DeductionScoring.MethodName, Params(("per-occurrence", 10m), ("floor", 5m))),
                Ind("B2", 5m, BonusScoring.MethodName, Params(("per-occurrence", 2m))),
                Ind("B3", 0m, VetoScoring.MethodName),
            ]),
        ],
        "article-002");

    public static IndicatorScore Obs(string indicator, decimal observed, AssessmentYear? year = null) =>
        new(IndicatorId.Parse(indicator), observed, "第一督导组", new LocalDate((year ?? Y2017).Value, 6, 12), CheckMethod.CheckingFiles, "支部档案");

    /// <summary>An assessment of the small catalogue: A1 met or not, A2 rate, B1 occurrences, B2 bonuses, B3 veto.</summary>
    public static BranchAssessment Assess(string branch, AssessmentYear year, decimal a1, decimal a2, decimal b1, decimal b2 = 0m, decimal b3 = 0m) =>
        new(OrganizationId.Parse(branch), year, CatalogueId.Parse("SMALL"),
        [
            Obs("A1", a1, year), Obs("A2", a2, year), Obs("B1", b1, year), Obs("B2", b2, year), Obs("B3", b3, year),
        ]);

    public static TierScheme Scheme(int maxRise = 1) => new(
        ScoreThresholdTierRule.RuleName,
        Params(("standard", 80m), ("advanced", 90m), ("exemplary", 95m)),
        maxRise,
        Y2017,
        [
            new CoverageTarget(1, Share.FromDecimal(0.5m)),
            new CoverageTarget(2, Share.FromDecimal(0.8m)),
            new CoverageTarget(3, Share.One),
        ]);

    public static string SeedPath(string file) => Path.Combine(AppContext.BaseDirectory, "seeds", "standardization", file);

    public static T Seed<T>(string file)
        where T : class, IDocumentContent => PartyBuildingJson.Deserialize<T>(File.ReadAllText(SeedPath(file)));
}
