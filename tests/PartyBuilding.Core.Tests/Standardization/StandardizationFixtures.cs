using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Small hand-made catalogues and assessments, and the seed loader.</summary>
internal static class StandardizationFixtures
{
    public static readonly AssessmentYear Y2017 = AssessmentYear.Create(2017);

    /// <summary>The score-thresholds rule under a name only <see cref="RenamedStrategies"/> know.</summary>
    public const string Renamed = "renamed-thresholds";

    /// <summary>The default strategies and the score-thresholds rule under <see cref="Renamed"/>.</summary>
    public static StandardizationStrategies RenamedStrategies() => StandardizationStrategies.Default.With(Renamed, ScoreThresholdTierRule.Create);

    /// <summary>A strategy as a scheme names it, each figure written as JSON would give it.</summary>
    public static StrategySpec Spec(string name, params (string Key, decimal Value)[] items) =>
        StrategySpec.Of(name, [.. items.Select(i => (i.Key, i.Value.ToString(CultureInfo.InvariantCulture)))]);

    /// <summary>A built-in scoring method created from its parameters.</summary>
    public static IIndicatorScoringMethod Method(string name, params (string Key, decimal Value)[] items) =>
        StandardizationStrategies.Default.Scoring.Create(Spec(name, items));

    /// <summary>A built-in tier rule created from its parameters.</summary>
    public static ITierRule Rule(string name, params (string Key, decimal Value)[] items) =>
        StandardizationStrategies.Default.TierRules.Create(Spec(name, items));

    /// <summary>The problems of a scoring method's parameters as (path, code) rows, paths relative to the specification.</summary>
    public static (string Path, string Code)[] ScoringProblems(string name, params (string Key, decimal Value)[] items) =>
        Problems(StandardizationStrategies.Default.Scoring, Spec(name, items));

    /// <summary>The problems of a tier rule's parameters as (path, code) rows, paths relative to the specification.</summary>
    public static (string Path, string Code)[] RuleProblems(string name, params (string Key, decimal Value)[] items) =>
        Problems(StandardizationStrategies.Default.TierRules, Spec(name, items));

    public static (string Path, string Code)[] Problems<T>(StrategyRegistry<T> registry, StrategySpec spec)
        where T : class
    {
        var problems = new ProblemCollector();
        registry.TryCreate(spec, problems);
        return [.. problems.ToReport().Problems.Select(p => (p.Path, p.ErrorCode))];
    }

    public static Indicator Ind(string id, decimal points, string method, params (string Key, decimal Value)[] parameters) =>
        new(IndicatorId.Parse(id), new LocalizedText("指标 " + id, "Indicator " + id), Score.Of(points), Spec(method, parameters), [CheckMethod.CheckingFiles]);

    /// <summary>The scheme of <see cref="Small"/> and <see cref="Scheme"/>.</summary>
    public static StandardizationScheme SmallScheme(int maxRise = 1) => new(Small(), Scheme(maxRise));

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
                Ind("A1", 30m, StandardizationStrategies.Checklist),
                Ind("A2", 20m, StandardizationStrategies.Proportional, ("zero-rate", 0.5m)),
            ]),
            new Aspect(AspectId.Parse("B"), new LocalizedText("方面B", "Aspect B"), [
                Ind("B1", 50m, StandardizationStrategies.Deduction, ("per-occurrence", 10m), ("floor", 5m)),
                Ind("B2", 5m, StandardizationStrategies.Bonus, ("per-occurrence", 2m)),
                Ind("B3", 0m, StandardizationStrategies.Veto),
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
        Spec(StandardizationStrategies.ScoreThresholds, ("standard", 80m), ("advanced", 90m), ("exemplary", 95m)),
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
