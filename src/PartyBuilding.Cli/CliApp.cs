using System.Reflection;
using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Commands;
using PartyBuilding.Cli.Documents;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Cli;

/// <summary>
/// The application shell of <c>pbeval</c>: finds the command and parses its arguments (System.CommandLine, <see cref="CommandLine"/>), runs it and turns every failure
/// into a one-line message and a documented exit code (<see cref="ExitCodes"/>). <c>Program.cs</c> and the tests both
/// call <see cref="Run(string[], TextWriter, TextWriter, bool)"/>, so the tests run the real tool in process.
/// </summary>
internal static class CliApp
{
    /// <summary>The POSIX locale variables, in the order they take precedence.</summary>
    private static readonly string[] LocaleVariables = ["LC_ALL", "LC_MESSAGES", "LANG"];

    /// <summary>Runs the tool with the default commands and document catalog, in the system's language unless <c>--lang</c> says otherwise.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors and progress go.</param>
    /// <param name="steps">Whether long runs print a line per step (<see cref="CliContext.Steps"/>; the program passes whether stderr is a terminal).</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool steps = false) =>
        Run(args, stdout, stderr, CommandRegistry.Default, DocumentCatalog.Default, SystemLanguage(), steps);

    /// <summary>Runs the tool with the given commands and document catalog.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors and progress go.</param>
    /// <param name="commands">The commands.</param>
    /// <param name="catalog">The document kinds.</param>
    /// <param name="defaultLanguage">The language when <c>--lang</c> is not given (<see cref="SystemLanguage"/> for the real tool).</param>
    /// <param name="steps">Whether long runs print a line per step (<see cref="CliContext.Steps"/>).</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CommandRegistry commands, DocumentCatalog catalog, DisplayLanguage defaultLanguage, bool steps = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(catalog);
        var language = CommandLine.PreviewLanguage(args, defaultLanguage);
        string? commandName = null;
        try
        {
            if (args.Length == 0)
            {
                WriteOverview(stderr, commands, language);
                return ExitCodes.UsageError;
            }

            if (args[0] == "help")
            {
                if (args.Length > 1 && commands.Find(args[1]) is { } helpTarget)
                {
                    helpTarget.Spec.WriteHelp(stdout, language);
                }
                else
                {
                    WriteOverview(stdout, commands, language);
                }

                return ExitCodes.Success;
            }

            var request = CommandLine.Of(commands).Parse(args);
            commandName = request.Command?.Spec.Name;
            return Dispatch(request, stdout, stderr, commands, catalog, language, steps);
        }
        catch (CliException ex)
        {
            stderr.WriteLine(CliMessages.ErrorPrefix.In(language) + OneLine(ex.Text.In(language)));
            if (ex.ExitCode == ExitCodes.UsageError)
            {
                var command = ex is CommandLineException usage ? usage.Command : commandName;
                stderr.WriteLine((command is null ? CliMessages.RootHelpHint : CliMessages.CommandUsageHint(command)).In(language));
            }

            return ex.ExitCode;
        }
        catch (PartyBuildingValidationException ex)
        {
            var errors = ex.Problems.Count(p => p.Severity == ProblemSeverity.Error);
            var header = CliMessages.InputRefused(ex.Data[EvaluationInputs.SourceKey] as string, errors, ex.Message.Split('\n', 2)[0]);
            stderr.WriteLine(CliMessages.ErrorPrefix.In(language) + header.In(language));
            foreach (var problem in ex.Problems)
            {
                stderr.WriteLine($"  {CliMessages.Problem(problem).In(language)}");
            }

            return ExitCodes.InputInvalid;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            stderr.WriteLine(CliMessages.ErrorPrefix.In(language) + OneLine(CliMessages.IoFailure(CliFiles.Reason(ex).ZhCn, ex.Message).In(language)));
            return ExitCodes.FileError;
        }
#pragma warning disable CA1031 // The shell turns every unexpected failure into one line and exit code 4, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine(CliMessages.Unexpected(ex.GetType().Name, OneLine(ex.Message)).In(language));
            return ExitCodes.UnexpectedError;
        }
    }

    /// <summary>Does what a parsed command line asks for.</summary>
    private static int Dispatch(Request request, TextWriter stdout, TextWriter stderr, CommandRegistry commands, DocumentCatalog catalog, DisplayLanguage language, bool steps)
    {
        switch (request.Kind)
        {
            case RequestKind.Completion:
                return request.Result.Invoke(new System.CommandLine.InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            case RequestKind.Version:
                stdout.WriteLine($"pbeval {Version}");
                return ExitCodes.Success;
            case RequestKind.Help when request.Command is { } command:
                command.Spec.WriteHelp(stdout, language);
                return ExitCodes.Success;
            case RequestKind.Help:
                WriteOverview(stdout, commands, language);
                return ExitCodes.Success;
            case RequestKind.Overview:
                WriteOverview(stderr, commands, language);
                return ExitCodes.UsageError;
            default:
                return request.Command!.Execute(request.Arguments!, new CliContext(stdout, stderr, language, catalog) { Steps = steps });
        }
    }

    /// <summary>
    /// Gets the language of a run without <c>--lang</c>: Chinese when the system's UI culture is Chinese (<c>zh*</c>),
    /// else English. The tool runs with invariant globalization, where the UI culture is the invariant one; then the POSIX
    /// locale variables say it instead (<c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>, the first that is set).
    /// </summary>
    public static DisplayLanguage SystemLanguage() =>
        LanguageOf(CultureInfo.CurrentUICulture.Name, Environment.GetEnvironmentVariable);

    /// <summary>Picks the language from a culture name, or when it is empty (invariant) from the POSIX locale variables.</summary>
    internal static DisplayLanguage LanguageOf(string cultureName, Func<string, string?> environment)
    {
        var name = cultureName;
        if (name.Length == 0)
        {
            name = LocaleVariables.Select(environment).FirstOrDefault(v => !string.IsNullOrEmpty(v)) ?? string.Empty;
        }

        return name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? DisplayLanguage.ZhCn : DisplayLanguage.English;
    }

    /// <summary>Gets the tool's version.</summary>
    public static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static void WriteOverview(TextWriter writer, CommandRegistry commands, DisplayLanguage language)
    {
        writer.WriteLine(CliMessages.OverviewUsage.In(language));
        writer.WriteLine();
        writer.WriteLine(CliMessages.OverviewTitle.In(language));
        writer.WriteLine();
        writer.WriteLine(CliMessages.CommandsHeading.In(language));
        var width = commands.All.Max(c => c.Spec.Name.Length);
        foreach (var command in commands.All)
        {
            writer.WriteLine($"  {command.Spec.Name.PadRight(width)}  {command.Spec.Summary.In(language)}");
        }

        writer.WriteLine();
        writer.WriteLine(CliMessages.ExitCodesLine.In(language));
        writer.WriteLine(CliMessages.CommandHelpHint.In(language));
        writer.WriteLine(CliMessages.CompletionHint.In(language));
    }

    private static string OneLine(string message) => string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
