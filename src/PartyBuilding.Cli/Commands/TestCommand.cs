using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Scenarios;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// <c>test [FILE|DIR…] [--documents-root DIR]</c>: runs scenario files (directories: every <c>*.scenario.json</c>,
/// recursively; no path: the scenarios bundled with the tool) and prints <c>PASS name</c> or
/// <c>FAIL name: path expected X got Y (tolerance T)</c> (<c>通过</c>/<c>未通过</c> in Chinese); exit 1 when any scenario
/// fails. Every file a scenario names is read inside its documents root (<see cref="ScenarioJson"/>).
/// </summary>
internal sealed class TestCommand(ScenarioRunner runner) : ICommand
{
    private static readonly OptionSpec DocumentsRoot = new("documents-root", "DIR", CliMessages.TestDocumentsRootHelp);

    public TestCommand()
        : this(ScenarioRunner.Default)
    {
    }

    public CommandSpec Spec { get; } = new(
        "test",
        CliMessages.TestSummary,
        "[FILE|DIR…]",
        0,
        int.MaxValue,
        [DocumentsRoot]);

    /// <summary>Gets the folder of the scenarios bundled with the tool (copied beside it, with the seeds they name).</summary>
    public static string BundledScenarios => Path.Combine(EvaluationInputs.SeedDirectory, "scenarios");

    public int Execute(ParsedArguments arguments, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        var paths = arguments.Positionals.IsEmpty ? [BundledScenarios] : arguments.Positionals;
        var given = arguments.Value(DocumentsRoot.Name);
        var root = given is null ? null : Path.GetFullPath(given);
        if (given is not null && !Directory.Exists(root))
        {
            throw CliException.File(CliMessages.CannotRead(given, CliMessages.NoSuchDirectory));
        }

        var files = ScenarioRunner.Discover(paths);
        if (files.IsEmpty)
        {
            throw CliException.Input(CliMessages.NoScenarioFiles(ScenarioReader.Extension, string.Join(", ", paths)));
        }

        int passed = 0, failed = 0;
        foreach (var file in files)
        {
            context.Progress(CliMessages.RunningScenario(passed + failed + 1, files.Length, file, context.Elapsed));
            var outcome = runner.Run(file, root);
            foreach (var line in outcome.Lines())
            {
                context.Stdout.WriteLine(line.In(context.Language));
            }

            if (outcome.Passed)
            {
                passed++;
            }
            else
            {
                failed++;
            }
        }

        context.Stdout.WriteLine(CliMessages.ScenarioSummary(passed, failed, files.Length).In(context.Language));
        return failed == 0 ? ExitCodes.Success : ExitCodes.InputInvalid;
    }
}
