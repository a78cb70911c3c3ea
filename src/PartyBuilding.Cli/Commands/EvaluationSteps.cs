using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// Prints each step of an annual evaluation on stderr as it begins, with the input records done of the total and the time
/// since the command began, and a last line when every record is done (issue 24: progress on every long command):
/// <c>[3/7] 计算：党员积分管理（已处理记录 120,345/1,727,678，6%，已用 12.0 秒）</c>. Only on a terminal
/// (<see cref="CliContext.Progress"/>). Synchronous, so the lines come in order.
/// </summary>
/// <param name="context">Where the lines go, in the context's language.</param>
internal sealed class EvaluationSteps(CliContext context) : IProgress<EvaluationProgress>
{
    /// <inheritdoc />
    public void Report(EvaluationProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        context.Progress(value.Stage == EvaluationStage.Completed
            ? CliMessages.EvaluationDone(value.Label, value.RecordsTotal, context.Elapsed)
            : CliMessages.EvaluationStep(value.Step, value.Steps, value.Label, value.RecordsDone, value.RecordsTotal, context.Elapsed));
    }
}
