using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The status of one responsibility item as of a date, with its occurrences and completion.</summary>
/// <remarks>
/// <para>The item is <see cref="DutyStatus.Overdue"/> when any occurrence is overdue, else <see cref="DutyStatus.Due"/> when any is
/// due, else <see cref="DutyStatus.Done"/> when every occurrence of the year is done, else <see cref="DutyStatus.NotYetDue"/>.</para>
/// <para>Only decided occurrences (done or overdue) count towards completion: one still due is not held against the item.
/// <see cref="Completion"/> is done ÷ decided, or <see langword="null"/> when nothing is decided yet. Immutable.</para>
/// </remarks>
public sealed record ItemStatus
{
    private readonly DeferredExplanation _explanation;

    /// <summary>Initializes an item status.</summary>
    /// <param name="listId">The list.</param>
    /// <param name="itemId">The item.</param>
    /// <param name="level">The item's level.</param>
    /// <param name="status">The item's status.</param>
    /// <param name="occurrences">The occurrences in date order.</param>
    /// <param name="explanation">How the completion was found; <see langword="null"/> only when the engine sets <see cref="Tree"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal ItemStatus(
        ResponsibilityListId listId,
        ResponsibilityItemId itemId,
        ResponsibilityLevel level,
        DutyStatus status,
        ValueArray<OccurrenceStatus> occurrences,
        Explanation? explanation)
    {
        ListId = listId;
        ItemId = itemId;
        Level = level;
        Status = status;
        Occurrences = occurrences;
        _explanation = new DeferredExplanation(explanation);
    }

    /// <summary>Gets the list.</summary>
    public ResponsibilityListId ListId { get; }

    /// <summary>Gets the item.</summary>
    public ResponsibilityItemId ItemId { get; }

    /// <summary>Gets the item's level.</summary>
    public ResponsibilityLevel Level { get; }

    /// <summary>Gets the item's status.</summary>
    public DutyStatus Status { get; }

    /// <summary>Gets the occurrences in date order.</summary>
    public ValueArray<OccurrenceStatus> Occurrences { get; }

    /// <summary>Gets how the completion was found. Built when read (docs/architecture.md, "Explanations on demand").</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }

    /// <summary>Gets the number of occurrences done.</summary>
    public int DoneCount => Occurrences.Count(o => o.Status == DutyStatus.Done);

    /// <summary>Gets the number of occurrences overdue.</summary>
    public int OverdueCount => Occurrences.Count(o => o.Status == DutyStatus.Overdue);

    /// <summary>Gets the number of decided occurrences: done or overdue.</summary>
    public int DecidedCount => DoneCount + OverdueCount;

    /// <summary>Gets done ÷ decided, or <see langword="null"/> when no occurrence is decided yet.</summary>
    public Proportion? Completion => DecidedCount == 0 ? null : Proportion.FromRatio(DoneCount, DecidedCount);
}
