using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>Counts of items by status at one level, with the level's completion.</summary>
/// <param name="Level">The level.</param>
/// <param name="Items">The number of items at the level.</param>
/// <param name="Done">Items done.</param>
/// <param name="Due">Items due.</param>
/// <param name="Overdue">Items overdue.</param>
/// <param name="NotYetDue">Items not yet due.</param>
/// <param name="Completion">The mean completion of the level's items that have a decided occurrence, or <see langword="null"/> when none has.</param>
/// <remarks>Immutable.</remarks>
public sealed record LevelCompletion(
    ResponsibilityLevel Level,
    int Items,
    int Done,
    int Due,
    int Overdue,
    int NotYetDue,
    Proportion? Completion)
{
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
