using System.Text;
using PartyBuilding.Core.Common;
using PartyBuilding.Tests.Shared;

namespace PartyBuilding.Core.Tests.Golden;

/// <summary>Explanation trees pinned whole as golden (approved) files, in both languages.</summary>
internal static class GoldenTrees
{
    /// <summary>Compares the tree, rendered by <see cref="Render"/>, with the approved file <paramref name="name"/>.</summary>
    /// <param name="name">The approved file's path under <c>Approved/</c>, with <c>/</c> separators.</param>
    /// <param name="explanation">The tree.</param>
    public static void Verify(string name, Explanation explanation) => Approvals.Verify(name, Render(explanation));

    /// <summary>Compares several trees, each rendered by <see cref="Render"/> and separated by a blank line, with one approved file.</summary>
    /// <param name="name">The approved file's path under <c>Approved/</c>, with <c>/</c> separators.</param>
    /// <param name="explanations">The trees, in the order the result publishes them.</param>
    public static void Verify(string name, IEnumerable<Explanation> explanations) =>
        Approvals.Verify(name, string.Join("\n", explanations.Select(e => Render(e))));

    /// <summary>
    /// Renders an explanation tree as the golden text: <see cref="Explanation.ToText"/> in Chinese, then in English. With a
    /// depth, the nodes below it are cut, each cut run of lines replaced by one line that counts them.
    /// </summary>
    /// <param name="explanation">The tree.</param>
    /// <param name="depth">The deepest level kept (the root is 0), or <see langword="null"/> for the whole tree.</param>
    /// <returns>The text.</returns>
    public static string Render(Explanation explanation, int? depth = null) =>
        $"# zh-CN\n{Cut(explanation.ToText(DisplayLanguage.ZhCn), depth)}\n# en\n{Cut(explanation.ToText(DisplayLanguage.English), depth)}";

    private static string Cut(string text, int? depth)
    {
        if (depth is not { } limit)
        {
            return text;
        }

        var kept = new StringBuilder();
        var cut = 0;
        var indent = 0;
        foreach (var line in text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
        {
            var level = (line.Length - line.TrimStart(' ').Length) / 2;
            if (level > limit)
            {
                indent = cut == 0 ? level : indent;
                cut++;
                continue;
            }

            Flush(kept, ref cut, indent, limit);
            kept.Append(line).Append('\n');
        }

        Flush(kept, ref cut, indent, limit);
        return kept.ToString();

        static void Flush(StringBuilder kept, ref int cut, int indent, int limit)
        {
            if (cut > 0)
            {
                kept.Append(' ', indent * 2).Append(CultureInfo.InvariantCulture, $"… {cut} line(s) below depth {limit} not pinned here\n");
                cut = 0;
            }
        }
    }
}
