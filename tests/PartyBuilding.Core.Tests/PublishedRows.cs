using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests;

/// <summary>Flattens published problem lists and explanation trees into rows a test compares whole (shared by the rule tests of every area).</summary>
internal static class PublishedRows
{
    public static (string Path, string Code, string Message, string? Value)[] Rows(ValidationReport report) =>
        [.. report.Problems.Select(p => (p.Path, p.ErrorCode, p.Message, p.AttemptedValue))];

    public static (string Path, string Code, string Message, string? Value)[] Rows(IEnumerable<ValidationProblem> problems) =>
        [.. problems.Select(p => (p.Path, p.ErrorCode, p.Message, p.AttemptedValue))];

    /// <summary>Every node depth first: depth, key, both labels, value, strategy, parameters, note and citation.</summary>
    public static (int Depth, string? Key, string Zh, string En, string Value, string? Strategy, string Parameters, string? Note, string? Citation)[] Flatten(Explanation root)
    {
        var nodes = new List<(int, string?, string, string, string, string?, string, string?, string?)>();
        void Walk(Explanation e, int depth)
        {
            nodes.Add((depth, e.Key, e.Label.ZhCn, e.Label.English, e.Value.ToString(CultureInfo.InvariantCulture), e.Strategy,
                string.Join(",", e.Parameters.Select(p => p.Key + "=" + p.Value)), e.Note, e.Citation?.ToString()));
            foreach (var child in e.Children)
            {
                Walk(child, depth + 1);
            }
        }

        Walk(root, 0);
        return [.. nodes];
    }
}
