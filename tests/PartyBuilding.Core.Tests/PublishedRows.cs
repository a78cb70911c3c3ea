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
                string.Join(",", e.Parameters.Select(p => p.Key + "=" + p.Value)), Note(e.Note), Cite(e.Citation)));
            foreach (var child in e.Children)
            {
                Walk(child, depth + 1);
            }
        }

        Walk(root, 0);
        return [.. nodes];
    }

    /// <summary>The citation's identity as a row holds it: Chinese title, clause and source code (the display text is <see cref="Citation.ToText"/>'s business).</summary>
    public static string? Cite(Citation? c) =>
        c is null ? null : (c.Clause is null ? $"{c.Source.Title.ZhCn} [{c.Source.Code}]" : $"{c.Source.Title.ZhCn} {c.Clause} [{c.Source.Code}]") + c.IllustrativeMark(DisplayLanguage.ZhCn);

    // A note given in one language is shown once; a bilingual note as "中文 (English)".
    private static string? Note(LocalizedText? note) =>
        note is null ? null : note.ZhCn == note.English ? note.ZhCn : note.ToString();
}
