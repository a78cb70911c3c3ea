namespace PartyBuilding.Cli;

/// <summary>A command-line error that ends the run with a one-line message and a documented exit code.</summary>
internal class CliException : Exception
{
    public CliException()
        : this("error", ExitCodes.UnexpectedError)
    {
    }

    public CliException(string message)
        : this(message, ExitCodes.UnexpectedError)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException) => ExitCode = ExitCodes.UnexpectedError;

    public CliException(string message, int exitCode, Exception? innerException = null)
        : base(message, innerException) => ExitCode = exitCode;

    /// <summary>Gets the exit code of the run.</summary>
    public int ExitCode { get; }

    /// <summary>Creates a usage error (exit code 2).</summary>
    public static CliException Usage(string message) => new(message, ExitCodes.UsageError);

    /// <summary>Creates an input error (exit code 1).</summary>
    public static CliException Input(string message) => new(message, ExitCodes.InputInvalid);

    /// <summary>Creates a file error (exit code 3).</summary>
    public static CliException File(string message, Exception? inner = null) => new(message, ExitCodes.FileError, inner);
}
