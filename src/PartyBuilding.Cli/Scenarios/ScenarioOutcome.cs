using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>One difference between an expected and an actual value.</summary>
/// <param name="Path">The JSON path of the value in <c>expected</c>, e.g. <c>$.lines.c</c>.</param>
/// <param name="Expected">The expected value, as written.</param>
/// <param name="Actual">The actual value, or <c>(missing)</c>.</param>
/// <param name="Tolerance">The tolerance that applied.</param>
internal sealed record ScenarioDifference(string Path, string Expected, string Actual, decimal Tolerance)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path} expected {Expected} got {Actual} (tolerance {Tolerance})");
}

/// <summary>The outcome of one scenario.</summary>
/// <param name="File">The scenario file.</param>
/// <param name="Name">The scenario's name (the file name when it could not be read).</param>
/// <param name="Differences">The differences; empty when passed.</param>
/// <param name="Error">Why the scenario could not run, or <see langword="null"/>.</param>
internal sealed record ScenarioOutcome(string File, string Name, ValueArray<ScenarioDifference> Differences, string? Error = null)
{
    /// <summary>Gets whether the scenario passed.</summary>
    public bool Passed => Error is null && Differences.IsEmpty;

    /// <summary>Gets the report lines: <c>PASS name</c>, or one <c>FAIL name: …</c> line per difference.</summary>
    public IEnumerable<string> Lines()
    {
        if (Error is not null)
        {
            yield return $"FAIL {Name}: {Error}";
        }
        else if (Differences.IsEmpty)
        {
            yield return $"PASS {Name}";
        }
        else
        {
            foreach (var difference in Differences)
            {
                yield return $"FAIL {Name}: {difference}";
            }
        }
    }
}
