using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Reports;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// <c>evaluate [DATASET] [--scheme FILE] [--year YYYY] [--as-of DATE] [--format …] [--out PATH]</c>: runs the annual
/// evaluation of a committee — an <c>evaluation-manifest</c> (every area) or an <c>assessment-data-set</c> — and prints
/// the unified ranking (统一量化排名) in the chosen format: the committee, the assessment year, the evaluation date and the
/// reproducibility receipt; per organization the grade the total earns, the vetoes and downgrades applied and the final
/// grade; the organizations not ranked with their reasons; notes on the marks and the ranking order; the component
/// breakdown and the distributions (bands, districts and, for a manifest, the branches' standardization tiers and the
/// members' grades). With no DATASET it runs the bundled seed manifest (article 002's Binzhou committee). Notes (what is
/// evaluated, the receipt) and, on a terminal, progress go to stderr; everything that decides a rank is in the report.
/// </summary>
internal sealed class EvaluateCommand : ICommand
{
    public CommandSpec Spec { get; } = new(
        "evaluate",
        CliMessages.EvaluateSummary,
        "[DATASET]",
        0,
        1,
        [EvaluationInputs.Scheme, EvaluationInputs.Year, EvaluationInputs.AsOf, EvaluationInputs.DocumentsRoot, .. ReportOutput.Options]);

    public int Execute(ParsedArguments arguments, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        EvaluationInputs.Check(arguments);
        ReportOutput.Check(arguments);
        var evaluated = EvaluationInputs.Run(arguments, context);
        var result = evaluated.Result;
        ReportOutput.Write(AssessmentReport.From(result, evaluated.Data, evaluated.Scheme, evaluated.Full, evaluated.Registry, evaluated.Life), arguments, context, evaluated.Inputs);
        context.Note(CliMessages.Receipt(result.Receipt.Algorithm, result.Receipt.Sha256).In(context.Language));
        return ExitCodes.Success;
    }
}
