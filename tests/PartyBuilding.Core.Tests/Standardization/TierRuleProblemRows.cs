using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Flattens the parameter problems a tier rule reports into rows a test compares whole.</summary>
internal static class TierRuleProblemRows
{
    public static (string Parameter, string Code, string Message)[] Rows(IEnumerable<ParameterProblem> problems) =>
        [.. problems.Select(p => (p.Parameter, p.ErrorCode, p.Message))];
}
