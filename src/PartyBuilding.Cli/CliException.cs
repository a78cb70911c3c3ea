using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli;

/// <summary>
/// A command-line error that ends the run with a one-line message and a documented exit code. The message is a
/// <see cref="LocalizedText"/> from <see cref="CliMessages"/>, printed in the run's language; <see cref="Exception.Message"/>
/// holds its English text.
/// </summary>
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
        : base(message, innerException)
    {
        ExitCode = ExitCodes.UnexpectedError;
        Text = LocalizedText.AsGiven(message);
    }

    public CliException(string message, int exitCode, Exception? innerException = null)
        : this(LocalizedText.AsGiven(message), exitCode, innerException)
    {
    }

    public CliException(LocalizedText text, int exitCode, Exception? innerException = null)
        : base(text?.English, innerException)
    {
        ArgumentNullException.ThrowIfNull(text);
        ExitCode = exitCode;
        Text = text;
    }

    /// <summary>Gets the exit code of the run.</summary>
    public int ExitCode { get; }

    /// <summary>Gets the message in both languages.</summary>
    public LocalizedText Text { get; }

    /// <summary>Gets, for a file that cannot be read, the reason alone (without the path), or <see langword="null"/>.</summary>
    public LocalizedText? Reason { get; init; }

    /// <summary>Creates a usage error (exit code 2).</summary>
    public static CliException Usage(LocalizedText text) => new(text, ExitCodes.UsageError);

    /// <summary>Creates an input error (exit code 1).</summary>
    public static CliException Input(LocalizedText text) => new(text, ExitCodes.InputInvalid);

    /// <summary>Creates a file error (exit code 3).</summary>
    public static CliException File(LocalizedText text, Exception? inner = null) => new(text, ExitCodes.FileError, inner);

    /// <summary>Creates the file error (exit code 3) of a file that cannot be read, keeping the reason apart.</summary>
    public static CliException CannotRead(string path, LocalizedText reason, Exception? inner = null) =>
        new(CliMessages.CannotRead(path, reason), ExitCodes.FileError, inner) { Reason = reason };
}
