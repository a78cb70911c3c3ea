using System.Diagnostics;
using PartyBuilding.Core.Evaluation;

namespace PartyBuilding.Cli.Commands;

/// <summary>
/// Prints each step of an annual evaluation on stderr as it begins, with the time since the evaluation began (issue 24:
/// progress on every long command): <c>[3/7] 计算：党员积分管理（已用 12.0 秒）</c>. Synchronous, so the lines come in order.
/// </summary>
/// <param name="context">Where the lines go, in the context's language.</param>
internal sealed class EvaluationSteps(CliContext context) : IProgress<EvaluationProgress>
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    /// <inheritdoc />
    public void Report(EvaluationProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        context.Progress(CliMessages.EvaluationStep(value.Step, value.Steps, value.Label, _watch.Elapsed).In(context.Language));
    }
}
