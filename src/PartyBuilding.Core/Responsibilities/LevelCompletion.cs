using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>Counts of items by status at one level, with the level's completion.</summary>
/// <remarks>Immutable.</remarks>
public sealed record LevelCompletion
{
    /// <summary>Initializes a completion; only the engine builds one.</summary>
    /// <param name="level">The level.</param>
    /// <param name="items">The number of items at the level.</param>
    /// <param name="done">Items done.</param>
    /// <param name="due">Items due.</param>
    /// <param name="overdue">Items overdue.</param>
    /// <param name="notYetDue">Items not yet due.</param>
    /// <param name="completion">The mean completion of the level's items that have a decided occurrence, or <see langword="null"/> when none has.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal LevelCompletion(
        ResponsibilityLevel level,
        int items,
        int done,
        int due,
        int overdue,
        int notYetDue,
        Proportion? completion)
    {
        Level = level;
        Items = items;
        Done = done;
        Due = due;
        Overdue = overdue;
        NotYetDue = notYetDue;
        Completion = completion;
    }

    /// <summary>Gets the level.</summary>
    public ResponsibilityLevel Level { get; }

    /// <summary>Gets the number of items at the level.</summary>
    public int Items { get; }

    /// <summary>Gets items done.</summary>
    public int Done { get; }

    /// <summary>Gets items due.</summary>
    public int Due { get; }

    /// <summary>Gets items overdue.</summary>
    public int Overdue { get; }

    /// <summary>Gets items not yet due.</summary>
    public int NotYetDue { get; }

    /// <summary>Gets the mean completion of the level's items that have a decided occurrence, or <see langword="null"/> when none has.</summary>
    public Proportion? Completion { get; }

    /// <summary>Summarises item statuses at one level.</summary>
    /// <param name="level">The level.</param>
    /// <param name="items">The statuses of every item (all levels; those of other levels are ignored).</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public static LevelCompletion Of(ResponsibilityLevel level, IEnumerable<ItemStatus> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var at = items.Where(i => i.Level == level).ToList();
        return new(
            level,
            at.Count,
            at.Count(i => i.Status == DutyStatus.Done),
            at.Count(i => i.Status == DutyStatus.Due),
            at.Count(i => i.Status == DutyStatus.Overdue),
            at.Count(i => i.Status == DutyStatus.NotYetDue),
            MeanCompletion(at));
    }

    /// <summary>Gets the mean completion of items that have a decided occurrence.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The mean, or <see langword="null"/> when no item has a decided occurrence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public static Proportion? MeanCompletion(IEnumerable<ItemStatus> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var decided = items.Where(i => i.DecidedCount > 0).ToList();
        if (decided.Count == 0)
        {
            return null;
        }

        var sum = decided.Sum(i => (decimal)i.DoneCount / i.DecidedCount);
        return Proportion.Of(Math.Min(1m, Math.Round(sum / decided.Count, Proportion.RatioScale, MidpointRounding.AwayFromZero)));
    }
}
