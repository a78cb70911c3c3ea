using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// One task of a contact branch (联系点) and the dates on which it was carried out: e.g. a party lesson given once in the year
/// (article 000: 讲一次党课, <see cref="ResponsibilityCitations.ContactBranches"/>).
/// </summary>
/// <remarks>
/// It is checked like a recurring duty counted over the whole year (<see cref="DueRule.Recurring"/> with
/// <see cref="RecurrencePeriod.Year"/> and <see cref="RequiredCount"/>): done when enough dates fall in the year on or before the
/// as-of date, short otherwise (still due until 31 December, overdue after). Immutable; value-equal.
/// </remarks>
public sealed record ContactTask
{
    /// <summary>Initializes a task.</summary>
    /// <param name="kind">The kind of task.</param>
    /// <param name="dates">The dates on which it was carried out, in any order; <c>default</c> reads as none.</param>
    /// <param name="requiredCount">How many times in the year it is required, at least 1 (the article's “一次”: once).</param>
    /// <param name="name">The task's name: required for <see cref="ContactTaskKind.Other"/>, optional otherwise.</param>
    public ContactTask(ContactTaskKind kind, ValueArray<LocalDate> dates = default, int requiredCount = 1, LocalizedText? name = null)
    {
        Kind = kind;
        Dates = dates;
        RequiredCount = requiredCount;
        Name = name;
    }

    /// <summary>Gets the kind of task.</summary>
    public ContactTaskKind Kind { get; }

    /// <summary>Gets the dates on which it was carried out.</summary>
    public ValueArray<LocalDate> Dates { get; }

    /// <summary>Gets how many times in the year it is required.</summary>
    public int RequiredCount { get; }

    /// <summary>Gets the task's name, or <see langword="null"/> (then the kind's label names it).</summary>
    public LocalizedText? Name { get; }
}
