using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Scenarios;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// <c>test FILE|DIR…</c>: runs scenario files (directories: every <c>*.scenario.json</c>, recursively) and prints
/// <c>PASS name</c> or <c>FAIL name: path expected X got Y (tolerance T)</c>; exit 1 when any scenario fails.
/// </summary>
internal sealed class TestCommand(ScenarioRunner runner) : ICommand
{
    public TestCommand()
        : this(ScenarioRunner.Default)
    {
    }

    public CommandSpec Spec { get; } = new(
        "test",
        CliMessages.TestSummary,
        "FILE|DIR…",
        1,
        int.MaxValue,
        []);

    public int Execute(ParsedArguments arguments, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        var files = ScenarioRunner.Discover(arguments.Positionals);
        if (files.IsEmpty)
        {
            throw CliException.Input(CliMessages.NoScenarioFiles(ScenarioReader.Extension, string.Join(", ", arguments.Positionals)));
        }

        int passed = 0, failed = 0;
        foreach (var file in files)
        {
            var outcome = runner.Run(file);
            foreach (var line in outcome.Lines())
            {
                context.Stdout.WriteLine(line);
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

        context.Stdout.WriteLine($"{passed} passed, {failed} failed, {files.Length} scenario(s).");
        return failed == 0 ? ExitCodes.Success : ExitCodes.InputInvalid;
    }
}
