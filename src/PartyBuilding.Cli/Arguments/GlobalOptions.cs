namespace PartyBuilding.Cli.Arguments;

/// <summary>The options every command accepts.</summary>
internal static class GlobalOptions
{
    /// <summary><c>--lang zh|en</c>: the display language of reports (Chinese by default).</summary>
    public static OptionSpec Lang { get; } = new("lang", "zh|en", "Language of reports and labels: zh (default) or en.");

    /// <summary><c>--help</c>: prints the command's help.</summary>
    public static OptionSpec Help { get; } = new("help", null, "Print this help and exit.");
}
