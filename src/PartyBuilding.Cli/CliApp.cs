using System.Reflection;
using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Commands;
using PartyBuilding.Cli.Documents;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Cli;

/// <summary>
/// The application shell of <c>pbeval</c>: finds the command, parses its arguments, runs it and turns every failure
/// into a one-line message and a documented exit code (<see cref="ExitCodes"/>). <c>Program.cs</c> and the tests both
/// call <see cref="Run(string[], TextWriter, TextWriter)"/>, so the tests run the real tool in process.
/// </summary>
internal static class CliApp
{
    /// <summary>Runs the tool with the default commands and document catalog.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors and progress go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, CommandRegistry.Default, DocumentCatalog.Default);

    /// <summary>Runs the tool with the given commands and document catalog.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors and progress go.</param>
    /// <param name="commands">The commands.</param>
    /// <param name="catalog">The document kinds.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CommandRegistry commands, DocumentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(catalog);
        string? commandName = null;
        try
        {
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                if (args.Length > 1 && commands.Find(args[1]) is { } helpTarget)
                {
                    helpTarget.Spec.WriteHelp(stdout);
                    return ExitCodes.Success;
                }

                WriteOverview(args.Length == 0 ? stderr : stdout, commands);
                return args.Length == 0 ? ExitCodes.UsageError : ExitCodes.Success;
            }

            if (args[0] == "--version")
            {
                stdout.WriteLine($"pbeval {Version}");
                return ExitCodes.Success;
            }

            var command = commands.Find(args[0])
                ?? throw CliException.Usage($"unknown command '{args[0]}'; commands: {string.Join(", ", commands.All.Select(c => c.Spec.Name))}.");
            commandName = command.Spec.Name;
            var parsed = ArgumentParser.Parse(command.Spec, args[1..]);
            if (parsed.Has(GlobalOptions.Help.Name))
            {
                command.Spec.WriteHelp(stdout);
                return ExitCodes.Success;
            }

            var context = new CliContext(stdout, stderr, ParseLanguage(parsed.Value(GlobalOptions.Lang.Name)), catalog);
            return command.Execute(parsed, context);
        }
        catch (CliException ex)
        {
            stderr.WriteLine($"pbeval: error: {OneLine(ex.Message)}");
            if (ex.ExitCode == ExitCodes.UsageError)
            {
                stderr.WriteLine(commandName is null ? "Run 'pbeval --help' for the commands." : $"Run 'pbeval {commandName} --help' for its usage.");
            }

            return ex.ExitCode;
        }
        catch (PartyBuildingValidationException ex)
        {
            stderr.WriteLine($"pbeval: error: {ex.Message.Split('\n', 2)[0]}");
            foreach (var problem in ex.Problems)
            {
                stderr.WriteLine($"  {OneLine(problem.ToString())}");
            }

            return ExitCodes.InputInvalid;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            stderr.WriteLine($"pbeval: error: {OneLine(ex.Message)}");
            return ExitCodes.FileError;
        }
#pragma warning disable CA1031 // The shell turns every unexpected failure into one line and exit code 4, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"pbeval: unexpected error ({ex.GetType().Name}): {OneLine(ex.Message)}");
            return ExitCodes.UnexpectedError;
        }
    }

    /// <summary>Gets the tool's version.</summary>
    public static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Reads <c>--lang</c>.</summary>
    /// <exception cref="CliException">The language is neither zh nor en (a usage error).</exception>
    internal static DisplayLanguage ParseLanguage(string? text) => text switch
    {
        null or "zh" or "zh-CN" or "zh-cn" => DisplayLanguage.ZhCn,
        "en" or "en-US" or "en-us" => DisplayLanguage.English,
        _ => throw CliException.Usage($"--lang must be zh or en, not '{text}'."),
    };

    private static void WriteOverview(TextWriter writer, CommandRegistry commands)
    {
        writer.WriteLine("usage: pbeval COMMAND [ARGS] [--lang zh|en] [--help]");
        writer.WriteLine();
        writer.WriteLine("The evaluation tool of PartyBuilding.Core (机关党建考评).");
        writer.WriteLine();
        writer.WriteLine("commands:");
        var width = commands.All.Max(c => c.Spec.Name.Length);
        foreach (var command in commands.All)
        {
            writer.WriteLine($"  {command.Spec.Name.PadRight(width)}  {command.Spec.Summary}");
        }

        writer.WriteLine();
        writer.WriteLine("exit codes: 0 success, 1 input invalid or scenario failed, 2 usage error, 3 file not found or unreadable, 4 unexpected error.");
        writer.WriteLine("Run 'pbeval COMMAND --help' for a command's options.");
    }

    private static string OneLine(string message) => string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
