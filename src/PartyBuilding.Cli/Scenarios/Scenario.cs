using System.Text.Json.Nodes;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>
/// A scenario: a small document that pins one rule — the inputs, the period, and the expected results — so policy
/// staff can check a regulation's rule without writing C#.
/// </summary>
/// <param name="File">The scenario file.</param>
/// <param name="Name">The scenario's name, printed with PASS or FAIL.</param>
/// <param name="Citation">The rule's source (article, regulation, clause).</param>
/// <param name="Rule">The rule the scenario pins, in one sentence.</param>
/// <param name="Kind">The scenario kind: which handler computes the actual values.</param>
/// <param name="Period">The period of the evaluation (e.g. <c>2024</c>), or <see langword="null"/>.</param>
/// <param name="Inputs">The inputs (inline, or read from the file named by <c>{"$ref": "…"}</c>).</param>
/// <param name="Expected">The expected values, a JSON tree compared leaf by leaf with the actual values.</param>
/// <param name="Tolerance">The largest accepted difference of numbers (0 when not given: exact).</param>
/// <param name="Tolerances">Tolerances of single paths, overriding <paramref name="Tolerance"/>.</param>
/// <param name="DocumentsRoot">The folder every file the scenario names must lie in, or <see langword="null"/> for <see cref="ScenarioJson.DefaultRoot"/>.</param>
internal sealed record Scenario(
    string File,
    string Name,
    string Citation,
    string Rule,
    string Kind,
    string? Period,
    JsonNode Inputs,
    JsonNode Expected,
    decimal Tolerance,
    ImmutableSortedDictionary<string, decimal> Tolerances,
    string? DocumentsRoot = null)
{
    /// <summary>Gets the folder every file the scenario names must lie in (<c>--documents-root</c>, else <see cref="ScenarioJson.DefaultRoot"/>).</summary>
    public string Root => DocumentsRoot ?? ScenarioJson.DefaultRoot(File);

    /// <summary>Gets the full path of the scenario file's folder, which the paths it names are relative to.</summary>
    public string Directory => Path.GetDirectoryName(Path.GetFullPath(File)) ?? ".";
}
