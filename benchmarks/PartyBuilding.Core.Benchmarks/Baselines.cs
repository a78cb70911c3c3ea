using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The check of issue 23 that every baseline computes what the engine computes, run before any time is reported: the
/// floor's published totals equal the engine's ranking, and each SQL baseline's grade counts per department equal the
/// engine's member-points statistics. A baseline that does less work than the engine would make every ratio a flattering lie.
/// </summary>
internal static class Baselines
{
    /// <summary>Checks the floor against the engine's full evaluation.</summary>
    /// <param name="engine">The engine's result.</param>
    /// <param name="floor">The floor's ranked totals.</param>
    /// <exception cref="InvalidOperationException">They differ; the message names the first differences.</exception>
    public static void VerifyFloor(AnnualEvaluationResult engine, decimal[] floor)
    {
        var expected = engine.Assessment.Organizations.Select(o => o.PublishedTotal.Value).OrderDescending().ToArray();
        Throw("floor", Differences(expected, floor));
    }

    /// <summary>Checks a SQL baseline's grade counts against the engine's member-points result.</summary>
    /// <param name="name">The baseline's name.</param>
    /// <param name="tables">The tables the baseline was loaded with.</param>
    /// <param name="engine">The engine's result.</param>
    /// <param name="actual">The baseline's rows.</param>
    /// <exception cref="InvalidOperationException">They differ; the message names the first differences.</exception>
    public static void VerifyGrades(string name, PointsRollup tables, MemberPointsYearResult engine, DepartmentGrades[] actual) =>
        Throw(name, Differences(tables.FromEngine(engine), actual));

    private static List<string> Differences<T>(T[] expected, T[] actual)
    {
        var differences = new List<string>();
        if (expected.Length != actual.Length)
        {
            differences.Add($"{actual.Length} rows, the engine {expected.Length}");
        }

        for (var i = 0; i < Math.Min(expected.Length, actual.Length) && differences.Count < 5; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(expected[i], actual[i]))
            {
                differences.Add($"row {i}: {actual[i]}, the engine {expected[i]}");
            }
        }

        return differences;
    }

    private static void Throw(string name, List<string> differences)
    {
        if (differences.Count > 0)
        {
            throw new InvalidOperationException($"The {name} baseline does not compute what the engine computes: {string.Join("; ", differences)}.");
        }
    }
}
