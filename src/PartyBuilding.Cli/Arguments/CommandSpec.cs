using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Arguments;

/// <summary>The shape of a command's arguments: its positionals and options, and its help.</summary>
/// <param name="Name">The command name, e.g. <c>validate</c>.</param>
/// <param name="Summary">One line that says what the command does, in both languages (<see cref="CliMessages"/>).</param>
/// <param name="PositionalName">The placeholder of the positional arguments in usage text (e.g. <c>FILE…</c>), or empty when none.</param>
/// <param name="MinPositionals">The least number of positional arguments.</param>
/// <param name="MaxPositionals">The greatest number of positional arguments.</param>
/// <param name="Options">The options the command accepts (besides the global <c>--lang</c> and <c>--help</c>).</param>
internal sealed record CommandSpec(
    string Name,
    LocalizedText Summary,
    string PositionalName,
    int MinPositionals,
    int MaxPositionals,
    ImmutableArray<OptionSpec> Options)
{
    /// <summary>Gets the one-line usage of the command.</summary>
    public string Usage =>
        string.Join(
            ' ',
            new[] { "pbeval", Name, PositionalName }
                .Concat(Options.Select(o => o.Required ? o.Usage : $"[{o.Usage}]"))
                .Concat(["[--lang zh|en]"])
                .Where(p => p.Length > 0));

    /// <summary>Writes the help of the command in a language.</summary>
    public void WriteHelp(TextWriter writer, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(CliMessages.Usage(Usage).In(language));
        writer.WriteLine();
        writer.WriteLine(Summary.In(language));
        var options = Options.Add(GlobalOptions.Lang).Add(GlobalOptions.Help);
        writer.WriteLine();
        writer.WriteLine(CliMessages.OptionsHeading.In(language));
        var width = options.Max(o => o.Usage.Length);
        foreach (var option in options)
        {
            writer.WriteLine($"  {option.Usage.PadRight(width)}  {option.Help.In(language)}");
        }
    }
}
