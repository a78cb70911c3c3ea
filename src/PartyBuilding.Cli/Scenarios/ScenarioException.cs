using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>
/// A scenario file that cannot be read or run (malformed, unknown kind, invalid inputs). The reason is a
/// <see cref="LocalizedText"/> from <see cref="CliMessages"/>, printed in the run's language; <see cref="Exception.Message"/>
/// holds its English text.
/// </summary>
internal sealed class ScenarioException : Exception
{
    public ScenarioException()
        : this(LocalizedText.AsGiven("scenario error"))
    {
    }

    public ScenarioException(string message)
        : this(LocalizedText.AsGiven(message))
    {
    }

    public ScenarioException(string message, Exception innerException)
        : this(LocalizedText.AsGiven(message), innerException)
    {
    }

    public ScenarioException(LocalizedText text, Exception? innerException = null)
        : base(text?.English, innerException)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Gets the reason in both languages.</summary>
    public LocalizedText Text { get; }
}
