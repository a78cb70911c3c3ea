using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The status of one task of a contact branch as of a date: done, or short by how many times.</summary>
/// <remarks>Built by <see cref="ResponsibilityAssessmentEngine.Evaluate"/>. Immutable; equality is by value.</remarks>
public sealed record ContactTaskStatus
{
    private readonly DeferredExplanation _explanation;

    /// <summary>Initializes a status.</summary>
    /// <param name="kind">The kind of task.</param>
    /// <param name="name">The task's name as the record gives it, or <see langword="null"/>.</param>
    /// <param name="requiredCount">How many times in the year it is required.</param>
    /// <param name="doneCount">How many dates fall in the year on or before the as-of date.</param>
    /// <param name="status">Done; Due while short before the year ends; Overdue when short after it.</param>
    /// <param name="explanation">The task's explanation; <see langword="null"/> only when the engine sets <see cref="Tree"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal ContactTaskStatus(ContactTaskKind kind, LocalizedText? name, int requiredCount, int doneCount, DutyStatus status, Explanation? explanation)
    {
        Kind = kind;
        Name = name;
        RequiredCount = requiredCount;
        DoneCount = doneCount;
        Status = status;
        _explanation = new DeferredExplanation(explanation);
    }

    /// <summary>Gets the kind of task.</summary>
    public ContactTaskKind Kind { get; }

    /// <summary>Gets the task's name as the record gives it, or <see langword="null"/>.</summary>
    public LocalizedText? Name { get; }

    /// <summary>Gets how many times in the year it is required.</summary>
    public int RequiredCount { get; }

    /// <summary>Gets how many times it was carried out in the year, on or before the as-of date.</summary>
    public int DoneCount { get; }

    /// <summary>Gets the status: <see cref="DutyStatus.Done"/>, <see cref="DutyStatus.Due"/> (short, the year not over) or <see cref="DutyStatus.Overdue"/> (short after the year).</summary>
    public DutyStatus Status { get; }

    /// <summary>Gets how many times it is short of its required count (0 when done).</summary>
    public int Shortfall => Math.Max(0, RequiredCount - DoneCount);

    /// <summary>Gets the explanation: the count done against the count required, citing article 000. Built when read (docs/architecture.md, "Explanations on demand").</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }
}
