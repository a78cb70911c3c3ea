namespace PartyBuilding.Cli.Scenarios;

/// <summary>A scenario file that cannot be read or run (malformed, unknown kind, invalid inputs).</summary>
internal sealed class ScenarioException : Exception
{
    public ScenarioException()
    {
    }

    public ScenarioException(string message)
        : base(message)
    {
    }

    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
