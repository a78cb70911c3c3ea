using NodaTime;
using PartyBuilding.Cli.Arguments;
using PartyBuilding.Cli.Reports;
using PartyBuilding.Core.Assessment;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// <c>evaluate [DATASET] [--scheme FILE] [--year YYYY] [--as-of DATE] [--format …] [--out PATH]</c>: runs the annual
/// assessment of a committee's data set and prints the unified ranking (统一量化排名) with the component breakdown and
/// the band distribution. With no DATASET it runs the bundled seed data set.
/// </summary>
internal sealed class EvaluateCommand : ICommand
{
    public CommandSpec Spec { get; } = new(
        "evaluate",
        "Run the annual assessment and print the unified ranking (bundled seed data set when no DATASET is given).",
        "[DATASET]",
        0,
        1,
        [EvaluationInputs.Scheme, EvaluationInputs.Year, EvaluationInputs.AsOf, .. ReportOutput.Options]);

    public int Execute(ParsedArguments arguments, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        var (data, scheme, asOf, source) = EvaluationInputs.Load(arguments);
        context.Progress($"evaluating {data.Organizations.Length} organizations of {data.CommitteeId} for {data.Year} as of {asOf:uuuu-MM-dd} ({source})");
        var result = AnnualAssessment.Evaluate(data, scheme, asOf);
        ReportOutput.Write(AssessmentReport.From(result, data, scheme), arguments, context);
        context.Progress($"receipt {result.Receipt.Algorithm} {result.Receipt.Sha256}");
        return ExitCodes.Success;
    }
}
