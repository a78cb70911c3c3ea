namespace PartyBuilding.Cli.Arguments;

/// <summary>The shape of a command's arguments: its positionals and options, and its help.</summary>
/// <param name="Name">The command name, e.g. <c>validate</c>.</param>
/// <param name="Summary">One line that says what the command does.</param>
/// <param name="PositionalName">The placeholder of the positional arguments in usage text (e.g. <c>FILE…</c>), or empty when none.</param>
/// <param name="MinPositionals">The least number of positional arguments.</param>
/// <param name="MaxPositionals">The greatest number of positional arguments.</param>
/// <param name="Options">The options the command accepts (besides the global <c>--lang</c> and <c>--help</c>).</param>
internal sealed record CommandSpec(
    string Name,
    string Summary,
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

    /// <summary>Writes the help of the command.</summary>
    public void WriteHelp(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"usage: {Usage}");
        writer.WriteLine();
        writer.WriteLine(Summary);
        var options = Options.Add(GlobalOptions.Lang).Add(GlobalOptions.Help);
        writer.WriteLine();
        writer.WriteLine("options:");
        var width = options.Max(o => o.Usage.Length);
        foreach (var option in options)
        {
            writer.WriteLine($"  {option.Usage.PadRight(width)}  {option.Help}");
        }
    }
}
