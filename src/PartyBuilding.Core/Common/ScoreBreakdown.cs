namespace PartyBuilding.Core.Common;

/// <summary>One line of a <see cref="ScoreBreakdown"/>: a labelled part of a total.</summary>
/// <param name="Key">A stable key of the line (a component, aspect or indicator identifier), unique within its breakdown.</param>
/// <param name="Label">The display label in both languages.</param>
/// <param name="Score">The part's score.</param>
public sealed record ScoreLine(string Key, LocalizedText Label, Score Score);

/// <summary>
/// A total and the lines it is made of, which always add up to the total exactly (分项之和等于总分).
/// </summary>
/// <remarks>
/// <para>A breakdown is built from its lines (<see cref="FromLines"/>), so the total is their exact sum by
/// construction. Publishing it rounded (<see cref="Round"/>) rounds the total half away from zero and then
/// distributes the rounded units over the lines by the largest-remainder method (最大余额法), so that the rounded
/// lines still add up to the rounded total — a published table never disagrees with itself.</para>
/// <para>Lines are kept in ordinal order of their <see cref="ScoreLine.Key"/>, so a breakdown does not depend on the
/// order its lines were given in. Immutable and thread-safe.</para>
/// </remarks>
public sealed record ScoreBreakdown
{
    /// <summary>Initializes a breakdown from a total and its lines, as read back from a document.</summary>
    /// <param name="total">The total.</param>
    /// <param name="lines">The lines, ordered by key.</param>
    /// <exception cref="ArgumentException">The lines do not add up to the total exactly, are not ordered by key, or repeat a key.</exception>
    /// <remarks>Prefer <see cref="FromLines"/>, which computes the total.</remarks>
    public ScoreBreakdown(Score total, ValueArray<ScoreLine> lines)
    {
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.CompareOrdinal(lines[i - 1].Key, lines[i].Key) >= 0)
            {
                throw new ArgumentException($"Lines must be ordered by key without repeats; '{lines[i].Key}' follows '{lines[i - 1].Key}'.", nameof(lines));
            }
        }

        if (Score.Sum(lines.Select(l => l.Score)) != total)
        {
            throw new ArgumentException($"The lines add up to {Score.Sum(lines.Select(l => l.Score))}, not to the total {total}.", nameof(lines));
        }

        Total = total;
        Lines = lines;
    }

    /// <summary>Gets the total, the exact sum of <see cref="Lines"/>.</summary>
    public Score Total { get; }

    /// <summary>Gets the lines, ordered by key.</summary>
    public ValueArray<ScoreLine> Lines { get; }

    /// <summary>Builds a breakdown whose total is the exact sum of its lines.</summary>
    /// <param name="lines">The lines; keys must be unique.</param>
    /// <returns>The breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two lines share a key.</exception>
    public static ScoreBreakdown FromLines(IEnumerable<ScoreLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var ordered = lines.OrderBy(l => l.Key, StringComparer.Ordinal).ToImmutableArray();
        return new(Score.Sum(ordered.Select(l => l.Score)), ordered);
    }

    /// <summary>
    /// Rounds the total half away from zero and distributes the rounding over the lines by largest remainder, so that
    /// the rounded lines add up exactly to the rounded total.
    /// </summary>
    /// <param name="rounding">The rounding policy.</param>
    /// <returns>The rounded breakdown.</returns>
    /// <remarks>
    /// Each line is first rounded down to the policy's unit; the units missing to reach the rounded total go one each to
    /// the lines with the largest remainders. Equal remainders are served in key order, so the result is deterministic.
    /// </remarks>
    public ScoreBreakdown Round(ScoreRounding rounding)
    {
        var total = rounding.Apply(Total.Value);
        var floors = Lines.Select(l => rounding.Floor(l.Score.Value)).ToArray();
        var missingUnits = (int)((total - floors.Sum()) / rounding.Unit);
        var receivers = Enumerable.Range(0, Lines.Length)
            .OrderByDescending(i => Lines[i].Score.Value - floors[i])
            .ThenBy(i => i)
            .Take(missingUnits)
            .ToHashSet();
        var rounded = Lines
            .Select((line, i) => line with { Score = new Score(receivers.Contains(i) ? floors[i] + rounding.Unit : floors[i]) })
            .ToImmutableArray();
        return new(new Score(total), rounded);
    }
}
