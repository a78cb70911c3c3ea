using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The status of a leading-group member's contact branch (联系点) as of a date: every task's status and the overall one.</summary>
/// <remarks>Built by <see cref="ResponsibilityAssessmentEngine.Evaluate"/>. Immutable; equality is by value.</remarks>
public sealed record ContactPointStatus
{
    private readonly DeferredExplanation _explanation;

    /// <summary>Initializes a status.</summary>
    /// <param name="member">The leading-group member.</param>
    /// <param name="organization">The organization in whose leading group the member serves.</param>
    /// <param name="branch">The contact branch.</param>
    /// <param name="year">The assessment year.</param>
    /// <param name="status">Overdue if any task is, else Due if any is, else Done.</param>
    /// <param name="tasks">The tasks' status, in the record's order.</param>
    /// <param name="explanation">The explanation: the tasks done against the tasks, each task below; <see langword="null"/> only when the engine sets <see cref="Tree"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal ContactPointStatus(
        DutyHolder member,
        OrganizationId organization,
        OrganizationId branch,
        AssessmentYear year,
        DutyStatus status,
        ValueArray<ContactTaskStatus> tasks,
        Explanation? explanation)
    {
        Member = member;
        Organization = organization;
        Branch = branch;
        Year = year;
        Status = status;
        Tasks = tasks;
        _explanation = new DeferredExplanation(explanation);
    }

    /// <summary>Gets the leading-group member.</summary>
    public DutyHolder Member { get; }

    /// <summary>Gets the organization in whose leading group the member serves.</summary>
    public OrganizationId Organization { get; }

    /// <summary>Gets the contact branch.</summary>
    public OrganizationId Branch { get; }

    /// <summary>Gets the assessment year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the overall status: <see cref="DutyStatus.Overdue"/> if any task is, else <see cref="DutyStatus.Due"/> if any is, else <see cref="DutyStatus.Done"/>.</summary>
    public DutyStatus Status { get; }

    /// <summary>Gets the tasks' status, in the record's order.</summary>
    public ValueArray<ContactTaskStatus> Tasks { get; }

    /// <summary>Gets the explanation: the tasks done against the tasks, each task below. Built when read (docs/architecture.md, "Explanations on demand").</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }
}
