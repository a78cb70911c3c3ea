using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Arguments;

/// <summary>An option of a command: <c>--name value</c> when <paramref name="ValueName"/> is set, else a flag <c>--name</c>.</summary>
/// <param name="Name">The name without dashes, e.g. <c>out</c>.</param>
/// <param name="ValueName">The placeholder of the value in usage text (e.g. <c>DIR</c>), or <see langword="null"/> for a flag.</param>
/// <param name="Help">One line of help, in both languages (<see cref="CliMessages"/>).</param>
/// <param name="Required">Whether the option must be given.</param>
internal sealed record OptionSpec(string Name, string? ValueName, LocalizedText Help, bool Required = false)
{
    /// <summary>Gets the values offered by shell completion (e.g. the format names), or empty.</summary>
    public ImmutableArray<string> Completions { get; init; } = [];

    /// <summary>Gets whether the option is a flag (takes no value).</summary>
    public bool IsFlag => ValueName is null;

    /// <summary>Gets the usage text of the option, e.g. <c>--out DIR</c>.</summary>
    public string Usage => IsFlag ? "--" + Name : $"--{Name} {ValueName}";
}
