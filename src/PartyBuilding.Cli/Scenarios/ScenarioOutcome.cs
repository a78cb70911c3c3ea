using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>One difference between an expected and an actual value.</summary>
/// <param name="Path">The JSON path of the value in <c>expected</c>, e.g. <c>$.lines.c</c>.</param>
/// <param name="Expected">The expected value, as written.</param>
/// <param name="Actual">The actual value, or <see cref="ScenarioComparer.Missing"/>.</param>
/// <param name="Tolerance">The tolerance that applied.</param>
internal sealed record ScenarioDifference(string Path, string Expected, string Actual, decimal Tolerance)
{
    /// <summary>Gets the difference in both languages.</summary>
    public LocalizedText Text => CliMessages.ScenarioDifference(Path, Word(Expected), Word(Actual), Tolerance);

    public override string ToString() => Text.English;

    // The comparer's own words for "no value", "an object" and "an array", in both languages; values as written.
    private static LocalizedText Word(string value) => value switch
    {
        ScenarioComparer.Missing => CliMessages.ValueMissing,
        ScenarioComparer.AnObject => CliMessages.AnObject,
        ScenarioComparer.AnArray => CliMessages.AnArray,
        _ => LocalizedText.AsGiven(value),
    };
}

/// <summary>The outcome of one scenario.</summary>
/// <param name="File">The scenario file.</param>
/// <param name="Name">The scenario's name (the file name when it could not be read).</param>
/// <param name="Differences">The differences; empty when passed.</param>
/// <param name="Error">Why the scenario could not run, or <see langword="null"/>.</param>
internal sealed record ScenarioOutcome(string File, string Name, ValueArray<ScenarioDifference> Differences, LocalizedText? Error = null)
{
    /// <summary>Gets whether the scenario passed.</summary>
    public bool Passed => Error is null && Differences.IsEmpty;

    /// <summary>Gets the report lines: <c>PASS name</c>, or one <c>FAIL name: …</c> line per difference (<c>通过</c>/<c>未通过</c> in Chinese).</summary>
    public IEnumerable<LocalizedText> Lines()
    {
        if (Error is not null)
        {
            yield return CliMessages.ScenarioFailed(Name, Error);
        }
        else if (Differences.IsEmpty)
        {
            yield return CliMessages.ScenarioPassed(Name);
        }
        else
        {
            foreach (var difference in Differences)
            {
                yield return CliMessages.ScenarioFailed(Name, difference.Text);
            }
        }
    }
}
