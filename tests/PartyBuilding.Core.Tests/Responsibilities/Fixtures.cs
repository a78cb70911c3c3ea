using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>Small builders shared by the Responsibilities tests.</summary>
internal static class Fixtures
{
    public static readonly AssessmentYear Y2019 = AssessmentYear.Create(2019);

    public static readonly ResponsibilityListId ListId = ResponsibilityListId.Parse("L-2019");

    public static readonly OrganizationId Org = OrganizationId.Parse("BZ-001");

    public static LocalDate D(int y, int m, int d) => new(y, m, d);

    public static ResponsibilityItemId Id(string text) => ResponsibilityItemId.Parse(text);

    public static ResponsibilityItem Item(string id, ResponsibilityLevel level, DueRule due) =>
        new(Id(id), level, new LocalizedText($"事项 {id}", $"Item {id}"), due);

    public static ResponsibilityList List(
        AssessmentYear year,
        ResponsibilityListKind kind,
        params ResponsibilityItem[] items) =>
        new(ListId, Org, year, kind, new LocalizedText("清单", "List"), [.. items], kind == ResponsibilityListKind.TargetAgreement ? year.FirstDay.PlusDays(9) : null);

    public static ResponsibilityList List(params ResponsibilityItem[] items) => List(Y2019, ResponsibilityListKind.Annual, items);

    public static EvidenceRecord Record(string item, LocalDate date) => new(ListId, Id(item), date, "minutes");

    public static ImmutableArray<EvidenceRecord> Evidence(string item, params LocalDate[] dates) => [.. dates.Select(d => Record(item, d))];

    /// <summary>Creates a built-in scoring strategy from its name and parameters, as a scheme names it.</summary>
    public static IResponsibilityScoringStrategy Strategy(string name, params (string Name, string Value)[] parameters) =>
        ResponsibilityStrategies.Default.Scoring.Create(StrategySpec.Of(name, parameters));

    /// <summary>Every problem with a scoring strategy as a scheme names it.</summary>
    public static ValidationReport StrategyProblems(string name, params (string Name, string Value)[] parameters)
    {
        var problems = new ProblemCollector();
        ResponsibilityStrategies.Default.Scoring.TryCreate(StrategySpec.Of(name, parameters), problems);
        return problems.ToReport();
    }

    public static string SeedPath(string file) => Path.Combine(AppContext.BaseDirectory, "seeds", "responsibilities", file);
}
