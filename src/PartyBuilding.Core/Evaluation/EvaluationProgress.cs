using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// One step of an annual evaluation, reported to the caller's <see cref="IProgress{T}"/> as the step begins (进度): a
/// tool's progress line, a web host's status endpoint or progress bar. Steps run in order, <see cref="Step"/> from 1 to
/// <see cref="Steps"/>; the number of steps and of input records are known from the first report and do not change. Each
/// report says how many input records the steps before it have done (<see cref="RecordsDone"/> of <see cref="RecordsTotal"/>,
/// never decreasing); a last report, <see cref="EvaluationStage.Completed"/>, says that every record is done.
/// </summary>
/// <remarks>Immutable and thread-safe. Built by <see cref="AnnualEvaluation"/> only.</remarks>
public sealed record EvaluationProgress
{
    /// <summary>Initializes a report; only the evaluation builds one.</summary>
    /// <param name="stage">What the step does.</param>
    /// <param name="step">The step, from 1.</param>
    /// <param name="steps">The number of steps of this evaluation.</param>
    /// <param name="label">What the step does, in words.</param>
    /// <param name="recordsDone">The input records of the steps done before this one.</param>
    /// <param name="recordsTotal">Every input record of the evaluation.</param>
    /// <param name="area">The area whose engine the step runs, for <see cref="EvaluationStage.RunningArea"/>.</param>
    internal EvaluationProgress(EvaluationStage stage, int step, int steps, LocalizedText label, long recordsDone, long recordsTotal, string? area = null)
    {
        Stage = stage;
        Step = step;
        Steps = steps;
        Label = label;
        RecordsDone = recordsDone;
        RecordsTotal = recordsTotal;
        Area = area;
    }

    /// <summary>Gets what the step does.</summary>
    public EvaluationStage Stage { get; }

    /// <summary>Gets the step, from 1 to <see cref="Steps"/>; <see cref="Steps"/> again for <see cref="EvaluationStage.Completed"/>.</summary>
    public int Step { get; }

    /// <summary>Gets the number of steps of this evaluation: the documents' checks, one per area that runs, the assessment.</summary>
    public int Steps { get; }

    /// <summary>Gets what the step does, in words (e.g. 计算：党员积分管理 / running: member points).</summary>
    public LocalizedText Label { get; }

    /// <summary>
    /// Gets the number of input records (输入记录) the steps before this one have done: 0 as the documents' checks begin, then
    /// the registry's and each finished area's records, <see cref="RecordsTotal"/> on <see cref="EvaluationStage.Completed"/>.
    /// Records are the rows of the documents as docs/performance.md counts them — organizations, members and roles, ballots,
    /// branch assessments and indicator scores, declarations, audits and mass reviews, meetings, attendance rows and dues
    /// payments, given inputs, … (schemes and catalogues are settings, not records); each document counts for the first step
    /// that reads it.
    /// </summary>
    public long RecordsDone { get; }

    /// <summary>Gets the number of input records of the whole evaluation (the same in every report).</summary>
    public long RecordsTotal { get; }

    /// <summary>Gets the key of the area whose engine the step runs (e.g. <c>memberPoints</c>), or <see langword="null"/> for the other stages.</summary>
    public string? Area { get; }
}
