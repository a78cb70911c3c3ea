namespace PartyBuilding.Cli.Arguments;

/// <summary>The arguments of one command after parsing (<see cref="CommandLine"/>).</summary>
/// <param name="Command">The command's shape.</param>
/// <param name="Positionals">The positional arguments, in order.</param>
/// <param name="Values">The options given, by name; a flag has the value <c>true</c>.</param>
internal sealed record ParsedArguments(CommandSpec Command, ImmutableArray<string> Positionals, ImmutableSortedDictionary<string, string> Values)
{
    /// <summary>Gets whether an option or flag was given.</summary>
    public bool Has(string name) => Values.ContainsKey(name);

    /// <summary>Gets the value of an option, or <see langword="null"/> when it was not given.</summary>
    public string? Value(string name) => Values.GetValueOrDefault(name);

    /// <summary>Gets the value of a required option.</summary>
    /// <exception cref="CliException">The option was not given (a usage error).</exception>
    public string Required(string name) =>
        Value(name) ?? throw CliException.Usage(CliMessages.NeedsOption(Command.Name, "--" + name));

    /// <summary>Gets the value of an integer option, or <paramref name="fallback"/> when it was not given.</summary>
    /// <exception cref="CliException">The value is not an integer within range (a usage error).</exception>
    public int Integer(string name, int fallback, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = Value(name);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw CliException.Usage(CliMessages.Integer(name, min, max, text));
        }

        return value;
    }
}
