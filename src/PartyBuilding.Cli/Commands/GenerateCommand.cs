using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Generation;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// <c>generate --scale municipal|province [--factor N] [--seed N] --out DIR [--split-by-month]</c>: writes a synthetic annual-evaluation
/// data set (an <c>evaluation-manifest</c> plus the documents it lists) whose shape follows the articles' figures:
/// municipal is article 002's committee (5 districts, 97 departments, a few branches each), province the order of
/// magnitude of articles 000 and 004 (about 130 departments, 5,000 branches, 50,000 members). The same seed writes
/// byte-identical files.
/// </summary>
internal sealed class GenerateCommand : ICommand
{
    /// <summary>
    /// The largest <c>--factor</c>: ten times the province is about 500,000 members and a member-points document of some
    /// 2.6 GB, within the 4 GiB up to which the library streams a file (<c>JsonReadLimits.MaxStreamedBytes</c>). Documents
    /// are written to their files as UTF-8, never held as one string.
    /// </summary>
    public const int MaxFactor = 10;

    public CommandSpec Spec { get; } = new(
        "generate",
        CliMessages.GenerateSummary,
        string.Empty,
        0,
        0,
        [
            new OptionSpec("scale", SyntheticShape.ScaleNames, CliMessages.GenerateScaleHelp, Required: true) { Completions = [.. SyntheticShape.ScaleNames.Split('|')] },
            new OptionSpec("factor", "N", CliMessages.GenerateFactorHelp),
            new OptionSpec("seed", "N", CliMessages.GenerateSeedHelp),
            new OptionSpec("out", "DIR", CliMessages.GenerateOutHelp, Required: true),
            new OptionSpec("split-by-month", null, CliMessages.GenerateSplitByMonthHelp),
        ]);

    public int Execute(ParsedArguments arguments, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        var scale = arguments.Required("scale");
        var shape = SyntheticShape.Find(scale)
            ?? throw CliException.Usage(CliMessages.ScaleInvalid(SyntheticShape.ScaleNames, scale));
        var factor = arguments.Integer("factor", 1, 1, MaxFactor);
        var seed = arguments.Integer("seed", 1, 0);
        var directory = arguments.Required("out");
        // The parts are noted as they are made (a log keeps them), with the time elapsed on a terminal.
        var note = (string line) => context.Note(context.Steps ? CliMessages.Timed(line, context.Elapsed).In(context.Language) : line);
        var documents = SyntheticDataSet.Documents(
            new SyntheticDataSet(shape.Times(factor), seed, note, language: context.Language).BuildEvaluation(),
            arguments.Has("split-by-month"));
        CliFiles.CreateDirectory(directory);
        // Each file is written atomically and the manifest comes last (SyntheticDataSet.Build): a run that fails half-way
        // (a full disk) leaves no manifest naming documents that are missing or cut short.
        var file = 0;
        foreach (var (name, write) in documents)
        {
            var path = Path.Combine(directory, name);
            context.Progress(CliMessages.WritingFile(++file, documents.Count, path, context.Elapsed));
            CliFiles.WriteAll(path, write);
            context.Stdout.WriteLine(CliMessages.Wrote(path).In(context.Language));
        }

        return ExitCodes.Success;
    }
}
