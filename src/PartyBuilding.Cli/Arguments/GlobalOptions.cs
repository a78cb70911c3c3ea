namespace PartyBuilding.Cli.Arguments;

/// <summary>The options every command accepts.</summary>
internal static class GlobalOptions
{
    /// <summary><c>--lang zh|en</c>: the display language of reports and messages (by default from the system's language).</summary>
    public static OptionSpec Lang { get; } = new("lang", "zh|en", CliMessages.LangHelp) { Completions = ["zh", "en"] };

    /// <summary><c>--help</c>: prints the command's help.</summary>
    public static OptionSpec Help { get; } = new("help", null, CliMessages.HelpHelp);
}
