using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The status of one rectification measure as of a date.</summary>
/// <remarks>Immutable.</remarks>
public sealed record MeasureStatus
{
    /// <summary>Initializes a status; only the engine builds one.</summary>
    /// <param name="organization">The organization the problem was found in.</param>
    /// <param name="area">The problem's area.</param>
    /// <param name="problem">The problem.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="firstResponsible">The first responsible person.</param>
    /// <param name="deadlineClass">The deadline class.</param>
    /// <param name="deadline">The resolved deadline, or <see langword="null"/> for a long-term task.</param>
    /// <param name="status">The status.</param>
    /// <param name="rechecks">The number of look-back re-checks dated on or before the as-of date.</param>
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
        int rechecks)
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

    /// <summary>Gets the resolved deadline, or <see langword="null"/> for a long-term task.</summary>
    public LocalDate? Deadline { get; }

    /// <summary>Gets the status.</summary>
    public DutyStatus Status { get; }

    /// <summary>Gets the number of look-back re-checks dated on or before the as-of date.</summary>
    public int Rechecks { get; }
}
