namespace PartyBuilding.Cli.Arguments;

/// <summary>
/// The small argument parser of <c>pbeval</c>: positional arguments, <c>--option value</c> or <c>--option=value</c>,
/// flags <c>--flag</c>, and <c>--</c> to end options. Unknown options, missing values, repeated options and a wrong
/// number of positionals are usage errors.
/// </summary>
internal static class ArgumentParser
{
    /// <summary>Parses the arguments that follow the command name.</summary>
    /// <param name="spec">The command's shape.</param>
    /// <param name="args">The arguments after the command name.</param>
    /// <returns>The parsed arguments; when <c>--help</c> is given, the positional count is not checked.</returns>
    /// <exception cref="CliException">The arguments do not fit the command (a usage error).</exception>
    public static ParsedArguments Parse(CommandSpec spec, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(args);
        var options = spec.Options.Add(GlobalOptions.Lang).Add(GlobalOptions.Help).ToDictionary(o => o.Name, StringComparer.Ordinal);
        var positionals = ImmutableArray.CreateBuilder<string>();
        var values = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var onlyPositionals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || !arg.StartsWith('-') || arg == "-")
            {
                positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw CliException.Usage($"unknown option '{arg}' for '{spec.Name}' (options are written --name).");
            }

            var body = arg[2..];
            string? inline = null;
            var equals = body.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                inline = body[(equals + 1)..];
                body = body[..equals];
            }

            if (!options.TryGetValue(body, out var option))
            {
                throw CliException.Usage($"unknown option '--{body}' for '{spec.Name}'.");
            }

            if (values.ContainsKey(option.Name))
            {
                throw CliException.Usage($"option '--{option.Name}' is given more than once.");
            }

            if (option.IsFlag)
            {
                if (inline is not null)
                {
                    throw CliException.Usage($"option '--{option.Name}' takes no value.");
                }

                values[option.Name] = "true";
                continue;
            }

            if (inline is null)
            {
                if (i + 1 >= args.Count || (args[i + 1].StartsWith("--", StringComparison.Ordinal) && args[i + 1].Length > 2))
                {
                    throw CliException.Usage($"option '--{option.Name}' needs a value ({option.ValueName}).");
                }

                inline = args[++i];
            }

            values[option.Name] = inline;
        }

        var parsed = new ParsedArguments(spec, positionals.ToImmutable(), values.ToImmutable());
        if (parsed.Has(GlobalOptions.Help.Name))
        {
            return parsed;
        }

        CheckComplete(spec, parsed);
        return parsed;
    }

    /// <summary>Checks that the command got as many positionals as it takes and every required option.</summary>
    /// <exception cref="CliException">A positional or a required option is missing, or there are too many positionals.</exception>
    private static void CheckComplete(CommandSpec spec, ParsedArguments parsed)
    {
        var positionals = parsed.Positionals;
        if (positionals.Length < spec.MinPositionals)
        {
            throw CliException.Usage(spec.MinPositionals == 1
                ? $"'{spec.Name}' needs {spec.PositionalName}."
                : $"'{spec.Name}' needs at least {spec.MinPositionals} {spec.PositionalName} argument(s).");
        }

        if (positionals.Length > spec.MaxPositionals)
        {
            throw CliException.Usage(spec.MaxPositionals == 0
                ? $"'{spec.Name}' takes no positional arguments; got '{positionals[0]}'."
                : $"'{spec.Name}' takes at most {spec.MaxPositionals} {spec.PositionalName} argument(s); got {positionals.Length}.");
        }

        foreach (var option in spec.Options.Where(o => o.Required && !parsed.Values.ContainsKey(o.Name)))
        {
            throw CliException.Usage($"'{spec.Name}' needs {option.Usage}.");
        }
    }
}
