using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Assessment;

/// <summary>Builders of small schemes and data sets, and the seed documents.</summary>
internal static class AssessmentFixtures
{
    public static readonly OrganizationId Committee = OrganizationId.Parse("BZ-WC");
    public static readonly AssessmentYear Year2024 = AssessmentYear.Create(2024);
    public static readonly LocalDate Start2024 = new(2024, 1, 1);
    public static readonly LocalDate YearEnd2024 = new(2025, 1, 15);
    public static readonly AssessmentComponentId Dr = AssessmentComponentId.Parse("DR");
    public static readonly AssessmentComponentId Std = AssessmentComponentId.Parse("STD");
    public static readonly AssessmentComponentId Routine = AssessmentComponentId.Parse("ROUTINE");
    public static readonly AssessmentFactorId Award = AssessmentFactorId.Parse("AWARD");
    public static readonly AssessmentFactorId Late = AssessmentFactorId.Parse("LATE");
    public static readonly AssessmentFactorId Veto = AssessmentFactorId.Parse("VETO");
    public static readonly AssessmentFactorId Downgrade = AssessmentFactorId.Parse("DOWN");

    public static LocalizedText T(string zh, string en) => new(zh, en);

    public static OrganizationId Org(string id) => OrganizationId.Parse(id);

    /// <summary>A strategy in force from the start of 2024.</summary>
    public static ValueArray<DatedValue<StrategySpec>> From2024(string name, params (string Name, string Value)[] parameters) =>
        [new DatedValue<StrategySpec>(Start2024, StrategySpec.Of(name, parameters))];

    /// <summary>A scheme with two quantitative components (DR 0.4, STD 0.6), one qualitative-free, thresholds 90/80/60, standard competition ranking.</summary>
    public static AssessmentScheme Scheme(
        string ranking = AssessmentStrategies.StandardCompetition,
        string tieBreakers = "",
        decimal bonusCap = 5m,
        decimal awardCap = 3m) =>
        new(
            Committee,
            Year2024,
            T("测试考核办法", "Test scheme"),
            Start2024,
            [
                new SchemeComponent(Dr, T("双述双评", "Double review"), ComponentKind.DoubleReview, ComponentNature.Quantitative, [new(Start2024, Proportion.Of(0.4m))]),
                new SchemeComponent(Std, T("标准化", "Standardization"), ComponentKind.Standardization, ComponentNature.Quantitative, [new(Start2024, Proportion.Of(0.6m))]),
            ],
            From2024(AssessmentStrategies.Thresholds, ("good", "90"), ("fairly-good", "80"), ("average", "60")),
            From2024(ranking, ("tie-breakers", tieBreakers)),
            Bonuses: [new FactorRule(Award, T("表彰", "Award"), Score.Of(awardCap))],
            BonusCaps: [new(Start2024, Score.Of(bonusCap))],
            Deductions: [new FactorRule(Late, T("逾期", "Late"), Score.Of(3m))],
            PrecedenceRules:
            [
                new PrecedenceRule(Veto, T("一票否决", "Veto"), PrecedenceRuleKind.Veto, 1, GradeBand.Average),
                new PrecedenceRule(Downgrade, T("降档", "Downgrade"), PrecedenceRuleKind.ForcedDowngrade, 2, Steps: 1),
            ]);

    public static AssessedOrganization Member(string id, string district = "D1") => new(Org(id), DistrictId.Parse(district));

    /// <summary>Both component inputs of one organization.</summary>
    public static ImmutableArray<ComponentInput> Inputs(string org, decimal dr, decimal std, ImmutableArray<FactorEntry> bonuses = default, ImmutableArray<VetoFlag> vetoes = default) =>
    [
        new ComponentInput(Org(org), Dr, Score.Of(dr), Vetoes: vetoes),
        new ComponentInput(Org(org), Std, Score.Of(std), Bonuses: bonuses),
    ];

    public static AssessmentDataSet Data(ImmutableArray<AssessedOrganization> organizations, params ImmutableArray<ComponentInput>[] inputs) =>
        new(Committee, Year2024, organizations, [.. inputs.SelectMany(i => i)]);


    public static string SeedPath(string file) => Path.Combine(AppContext.BaseDirectory, "seeds", "assessment", file);

    public static AssessmentScheme SeedScheme(int year) => PartyBuildingJson.Deserialize<AssessmentScheme>(File.ReadAllText(SeedPath($"scheme-{year}.json")));

    public static AssessmentDataSet SeedData(int year) => PartyBuildingJson.Deserialize<AssessmentDataSet>(File.ReadAllText(SeedPath($"committee-{year}.json")));
}
