using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using PartyBuilding.Cli.Commands;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Arguments;

/// <summary>
/// The command line of <c>pbeval</c> on System.CommandLine: one <see cref="RootCommand"/> built from the commands'
/// <see cref="CommandSpec"/>s. System.CommandLine splits the tokens, finds the command, serves the <c>[suggest]</c>
/// directive (shell completion through <c>dotnet-suggest</c>) and offers the values of options such as <c>--format</c>.
/// Its own error texts are English only (its translations need satellite assemblies and culture data, which this
/// invariant-globalization tool does not ship), so every usage error is worked out here from the parse result and worded
/// from <see cref="CliMessages"/> in the run's language; no English text of System.CommandLine reaches the user.
/// </summary>
internal sealed class CommandLine
{
    /// <summary>
    /// The parser settings: no response files (an argument starting with <c>@</c> is a file name, as before) and no
    /// bundling of one-letter options (the tool has none).
    /// </summary>
    private static readonly ParserConfiguration Configuration = new() { ResponseFileTokenReplacer = null, EnablePosixBundling = false };

    private readonly RootCommand root;
    private readonly Option<string> lang;
    private readonly Option<bool> help;
    private readonly Option<bool> version;
    private readonly Dictionary<Command, Entry> entries = [];

    private CommandLine(CommandRegistry commands)
    {
        root = new RootCommand(CliMessages.OverviewTitle.English);
        root.Options.Clear();
        help = new Option<bool>("--help", "-h") { Recursive = true, Arity = ArgumentArity.Zero };
        lang = new Option<string>("--lang") { Recursive = true, HelpName = GlobalOptions.Lang.ValueName };
        lang.CompletionSources.Add([.. GlobalOptions.Lang.Completions]);
        version = new Option<bool>("--version") { Arity = ArgumentArity.Zero };
        root.Options.Add(help);
        root.Options.Add(lang);
        root.Options.Add(version);
        foreach (var command in commands.All)
        {
            var spec = command.Spec;
            var node = new Command(spec.Name, spec.Summary.English);
            var options = new List<(OptionSpec Spec, Option Option)>();
            foreach (var optionSpec in spec.Options)
            {
                Option option = optionSpec.IsFlag
                    ? new Option<bool>("--" + optionSpec.Name) { Arity = ArgumentArity.Zero }
                    : new Option<string>("--" + optionSpec.Name) { HelpName = optionSpec.ValueName };
                if (!optionSpec.Completions.IsEmpty)
                {
                    option.CompletionSources.Add([.. optionSpec.Completions]);
                }

                node.Options.Add(option);
                options.Add((optionSpec, option));
            }

            Argument<string[]>? positionals = null;
            if (spec.MaxPositionals > 0)
            {
                positionals = new Argument<string[]>(spec.PositionalName) { Arity = ArgumentArity.ZeroOrMore };
                node.Arguments.Add(positionals);
            }

            root.Subcommands.Add(node);
            entries[node] = new Entry(command, [.. options], positionals);
        }
    }

    /// <summary>Builds the command line of the given commands.</summary>
    public static CommandLine Of(CommandRegistry commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return new CommandLine(commands);
    }

    /// <summary>
    /// Reads the language the messages of a run are in before the command line is parsed: the value of <c>--lang</c>
    /// when it is given and valid, else <paramref name="fallback"/> (an invalid <c>--lang</c> is reported, in the fallback
    /// language, by <see cref="Parse"/>).
    /// </summary>
    public static DisplayLanguage PreviewLanguage(IReadOnlyList<string> args, DisplayLanguage fallback)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count && args[i] != "--"; i++)
        {
            var value = args[i] == "--lang" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) ? args[i]["--lang=".Length..]
                : null;
            if (value is not null)
            {
                return Language(value) ?? fallback;
            }
        }

        return fallback;
    }

    /// <summary>Reads a <c>--lang</c> value: zh or en (zh-CN and en-US too), else <see langword="null"/>.</summary>
    public static DisplayLanguage? Language(string text) => text switch
    {
        "zh" or "zh-CN" or "zh-cn" => DisplayLanguage.ZhCn,
        "en" or "en-US" or "en-us" => DisplayLanguage.English,
        _ => null,
    };

    /// <summary>Parses a command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <returns>What the command line asks for.</returns>
    /// <exception cref="CliException">The command line is wrong (a usage error, worded in both languages), with the command it was for, if any.</exception>
    public Request Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = root.Parse(args, Configuration);
        if (root.Directives.OfType<SuggestDirective>().Any(d => result.GetResult(d) is not null))
        {
            return new Request(RequestKind.Completion, null, null, result);
        }

        var node = result.CommandResult.Command;
        var entry = entries.GetValueOrDefault(node);
        if (Given(result, help) is not null)
        {
            return new Request(RequestKind.Help, entry?.Command, null, result);
        }

        if (entry is null)
        {
            return RootRequest(result);
        }

        var error = FirstError(result, entry, args);
        if (error is not null)
        {
            throw new CommandLineException(error, entry.Command.Spec.Name);
        }

        var values = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (spec, option) in entry.Options)
        {
            if (Given(result, option) is { } given)
            {
                values[spec.Name] = spec.IsFlag ? "true" : given.Tokens[0].Value;
            }
        }

        if (Given(result, lang) is { } langResult)
        {
            values[GlobalOptions.Lang.Name] = langResult.Tokens[0].Value;
        }

        var positionals = entry.Positionals is null ? [] : result.GetValue(entry.Positionals) ?? [];
        var parsed = new ParsedArguments(entry.Command.Spec, [.. positionals], values.ToImmutable());
        return new Request(RequestKind.Run, entry.Command, parsed, result);
    }

    private Request RootRequest(ParseResult result)
    {
        if (Given(result, version) is not null && result.UnmatchedTokens.Count == 0)
        {
            return new Request(RequestKind.Version, null, null, result);
        }

        if (result.UnmatchedTokens.Count > 0)
        {
            var names = string.Join(", ", entries.Values.Select(e => e.Command.Spec.Name).Order(StringComparer.Ordinal));
            throw new CommandLineException(CliMessages.UnknownCommand(result.UnmatchedTokens[0], names), null);
        }

        if (OptionError(result, lang, GlobalOptions.Lang) is { } error)
        {
            throw new CommandLineException(error, null);
        }

        return new Request(RequestKind.Overview, null, null, result);
    }

    /// <summary>The first usage error of a command's arguments, in the order the hand-written parser of earlier versions reported them.</summary>
    private LocalizedText? FirstError(ParseResult result, Entry entry, IReadOnlyList<string> args)
    {
        var spec = entry.Command.Spec;
        var positionals = entry.Positionals is null ? [] : result.GetValue(entry.Positionals) ?? [];
        foreach (var token in result.UnmatchedTokens.Concat(positionals.Take(positionals.Length - AfterDoubleDash(args))))
        {
            if (token.StartsWith("--", StringComparison.Ordinal) && token.Length > 2)
            {
                return CliMessages.UnknownOption(token.Split('=', 2)[0], spec.Name);
            }

            if (token.StartsWith('-') && token.Length > 1)
            {
                return CliMessages.UnknownShortOption(token, spec.Name);
            }

            if (entry.Positionals is null)
            {
                return CliMessages.NoPositionals(spec.Name, token);
            }
        }

        var flagWithValue = args.TakeWhile(a => a != "--").FirstOrDefault(a => spec.Options.Any(o => o.IsFlag && a.StartsWith($"--{o.Name}=", StringComparison.Ordinal)));
        if (flagWithValue is not null)
        {
            return CliMessages.FlagTakesNoValue(flagWithValue[2..flagWithValue.IndexOf('=', StringComparison.Ordinal)]);
        }

        foreach (var (optionSpec, option) in entry.Options.Append((GlobalOptions.Lang, lang)))
        {
            if (OptionError(result, option, optionSpec) is { } error)
            {
                return error;
            }
        }

        if (positionals.Length < spec.MinPositionals)
        {
            return spec.MinPositionals == 1
                ? CliMessages.NeedsPositional(spec.Name, spec.PositionalName)
                : CliMessages.NeedsAtLeast(spec.Name, spec.MinPositionals, spec.PositionalName);
        }

        if (positionals.Length > spec.MaxPositionals)
        {
            return spec.MaxPositionals == 0
                ? CliMessages.NoPositionals(spec.Name, positionals[0])
                : CliMessages.TooManyPositionals(spec.Name, spec.MaxPositionals, spec.PositionalName, positionals.Length);
        }

        if (spec.Options.FirstOrDefault(o => o.Required && Given(result, entry.Option(o)) is null) is { } missing)
        {
            return CliMessages.NeedsOption(spec.Name, missing.Usage);
        }

        return result.Errors.Count > 0 ? CliMessages.Unparsed(string.Join(' ', result.Tokens.Select(t => t.Value))) : null;
    }

    /// <summary>The number of arguments after the first <c>--</c> (all of them positional, even when they start with a dash).</summary>
    private static int AfterDoubleDash(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                return args.Count - i - 1;
            }
        }

        return 0;
    }

    /// <summary>The usage error of one option: given twice, given without its value, a flag given a value, or an unknown <c>--lang</c>.</summary>
    private static LocalizedText? OptionError(ParseResult result, Option option, OptionSpec spec)
    {
        if (Given(result, option) is not { } given)
        {
            return null;
        }

        if (given.IdentifierTokenCount > 1)
        {
            return CliMessages.RepeatedOption(spec.Name);
        }

        if (spec.IsFlag)
        {
            return given.Tokens.Count > 0 ? CliMessages.FlagTakesNoValue(spec.Name) : null;
        }

        if (given.Tokens.Count == 0 || (given.Tokens[0].Value.StartsWith("--", StringComparison.Ordinal) && given.Tokens[0].Value.Length > 2))
        {
            return CliMessages.OptionNeedsValue(spec.Name, spec.ValueName ?? string.Empty);
        }

        var value = given.Tokens[0].Value;
        return spec == GlobalOptions.Lang && Language(value) is null ? CliMessages.LangInvalid(value) : null;
    }

    /// <summary>The result of an option the command line gave (not one System.CommandLine supplied by default).</summary>
    private static OptionResult? Given(ParseResult result, Option option) =>
        result.GetResult(option) is { Implicit: false } given ? given : null;

    /// <summary>A command and the System.CommandLine symbols built for it.</summary>
    private sealed record Entry(ICommand Command, ImmutableArray<(OptionSpec Spec, Option Option)> Options, Argument<string[]>? Positionals)
    {
        public Option Option(OptionSpec spec) => Options.First(o => o.Spec == spec).Option;
    }
}

/// <summary>What a command line asks for.</summary>
internal enum RequestKind
{
    /// <summary>No command: print the overview (a usage error).</summary>
    Overview,

    /// <summary><c>--help</c>: the overview, or a command's help.</summary>
    Help,

    /// <summary><c>--version</c>.</summary>
    Version,

    /// <summary>A <c>[suggest]</c> directive: shell completion, answered by System.CommandLine.</summary>
    Completion,

    /// <summary>Run a command.</summary>
    Run,
}

/// <summary>A parsed command line.</summary>
/// <param name="Kind">What it asks for.</param>
/// <param name="Command">The command, when one was named.</param>
/// <param name="Arguments">The command's arguments, when it is to run.</param>
/// <param name="Result">System.CommandLine's parse result.</param>
internal sealed record Request(RequestKind Kind, ICommand? Command, ParsedArguments? Arguments, ParseResult Result);

/// <summary>A usage error of the command line, with the command it was for (to name its help).</summary>
internal sealed class CommandLineException : CliException
{
    public CommandLineException()
    {
    }

    public CommandLineException(string message)
        : base(message)
    {
    }

    public CommandLineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CommandLineException(LocalizedText text, string? command)
        : base(text, ExitCodes.UsageError) => Command = command;

    /// <summary>Gets the command the error is for, or <see langword="null"/> when none was named.</summary>
    public string? Command { get; }
}
