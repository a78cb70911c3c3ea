namespace PartyBuilding.Cli;

/// <summary>The documented exit codes of <c>pbeval</c> (see docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>The command succeeded.</summary>
    public const int Success = 0;

    /// <summary>An input document is invalid, or a scenario failed.</summary>
    public const int InputInvalid = 1;

    /// <summary>The command line is wrong: unknown command or option, missing or extra argument.</summary>
    public const int UsageError = 2;

    /// <summary>A file or directory was not found or could not be read or written.</summary>
    public const int FileError = 3;

    /// <summary>An unexpected error; one line on stderr, no stack trace.</summary>
    public const int UnexpectedError = 4;
}
