using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// One step of an annual evaluation, reported to the caller's <see cref="IProgress{T}"/> as the step begins (进度): a
/// tool's progress line, a web host's status endpoint. Steps run in order, <see cref="Step"/> from 1 to <see cref="Steps"/>;
/// the number of steps is known from the first report and does not change.
/// </summary>
/// <remarks>Immutable and thread-safe. Built by <see cref="AnnualEvaluation"/> only.</remarks>
public sealed record EvaluationProgress
{
    /// <summary>Initializes a report; only the evaluation builds one.</summary>
    /// <param name="stage">What the step does.</param>
    /// <param name="step">The step, from 1.</param>
    /// <param name="steps">The number of steps of this evaluation.</param>
    /// <param name="label">What the step does, in words.</param>
    /// <param name="area">The area whose engine the step runs, for <see cref="EvaluationStage.RunningArea"/>.</param>
    internal EvaluationProgress(EvaluationStage stage, int step, int steps, LocalizedText label, string? area = null)
    {
        Stage = stage;
        Step = step;
        Steps = steps;
        Label = label;
        Area = area;
    }

    /// <summary>Gets what the step does.</summary>
    public EvaluationStage Stage { get; }

    /// <summary>Gets the step, from 1 to <see cref="Steps"/>.</summary>
    public int Step { get; }

    /// <summary>Gets the number of steps of this evaluation: the documents' checks, one per area that runs, the assessment.</summary>
    public int Steps { get; }

    /// <summary>Gets what the step does, in words (e.g. 计算：党员积分管理 / running: member points).</summary>
    public LocalizedText Label { get; }

    /// <summary>Gets the key of the area whose engine the step runs (e.g. <c>memberPoints</c>), or <see langword="null"/> for the other stages.</summary>
    public string? Area { get; }
}
