using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The status of one rectification measure as of a date.</summary>
/// <remarks>Immutable.</remarks>
public sealed record MeasureStatus
{
    private readonly DeferredExplanation _explanation;

    /// <summary>Initializes a status; only the engine builds one.</summary>
    /// <param name="organization">The organization the problem was found in.</param>
    /// <param name="area">The problem's area.</param>
    /// <param name="problem">The problem.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="firstResponsible">The first responsible person.</param>
    /// <param name="deadlineClass">The deadline class.</param>
    /// <param name="deadline">The resolved deadline (the explicit date when given), or <see langword="null"/> for a long-term task.</param>
    /// <param name="status">The status.</param>
    /// <param name="rechecks">The number of look-back re-checks dated on or before the as-of date.</param>
    /// <param name="isExplicitDue">Whether the deadline is the measure's explicit date rather than its class's.</param>
    /// <param name="responsibleDepartment">The responsible department, or <see langword="null"/>.</param>
    /// <param name="origin">Where the problem comes from, or <see langword="null"/>.</param>
    /// <param name="explanation">The measure's status and due date, explained; <see langword="null"/> only when the engine sets <see cref="Tree"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal MeasureStatus(
        OrganizationId organization,
        RectificationAreaId area,
        RectificationProblemId problem,
        RectificationMeasureId measure,
        MemberId firstResponsible,
        DeadlineClass deadlineClass,
        LocalDate? deadline,
        DutyStatus status,
        int rechecks,
        bool isExplicitDue,
        OrganizationId? responsibleDepartment,
        ProblemOrigin? origin,
        Explanation? explanation)
    {
        Organization = organization;
        Area = area;
        Problem = problem;
        Measure = measure;
        FirstResponsible = firstResponsible;
        DeadlineClass = deadlineClass;
        Deadline = deadline;
        Status = status;
        Rechecks = rechecks;
        IsExplicitDue = isExplicitDue;
        ResponsibleDepartment = responsibleDepartment;
        Origin = origin;
        _explanation = new DeferredExplanation(explanation);
    }

    /// <summary>Gets the organization the problem was found in.</summary>
    public OrganizationId Organization { get; }

    /// <summary>Gets the problem's area.</summary>
    public RectificationAreaId Area { get; }

    /// <summary>Gets the problem.</summary>
    public RectificationProblemId Problem { get; }

    /// <summary>Gets the measure.</summary>
    public RectificationMeasureId Measure { get; }

    /// <summary>Gets the first responsible person.</summary>
    public MemberId FirstResponsible { get; }

    /// <summary>Gets the deadline class.</summary>
    public DeadlineClass DeadlineClass { get; }

    /// <summary>Gets the resolved deadline (the explicit date when given, <see cref="IsExplicitDue"/>), or <see langword="null"/> for a long-term task.</summary>
    public LocalDate? Deadline { get; }

    /// <summary>Gets the status.</summary>
    public DutyStatus Status { get; }

    /// <summary>Gets the number of look-back re-checks dated on or before the as-of date.</summary>
    public int Rechecks { get; }

    /// <summary>Gets whether <see cref="Deadline"/> is the measure's explicit date, which wins over its class.</summary>
    public bool IsExplicitDue { get; }

    /// <summary>Gets the responsible department, or <see langword="null"/>.</summary>
    public OrganizationId? ResponsibleDepartment { get; }

    /// <summary>Gets where the problem comes from, or <see langword="null"/>.</summary>
    public ProblemOrigin? Origin { get; }

    /// <summary>Gets the measure's status, due date, completion and look-back re-checks by the date (citing article 001), explained: the due date cites article 000's deadline classes when it is the class's
    /// date and says it is the explicit date otherwise. Built when read (docs/architecture.md, "Explanations on demand").</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }
}
