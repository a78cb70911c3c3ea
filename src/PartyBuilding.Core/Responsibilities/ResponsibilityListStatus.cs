using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The status of one responsibility list as of a date: every item, and the counts per level.</summary>
/// <remarks>Immutable; equality is by value.</remarks>
public sealed record ResponsibilityListStatus
{
    /// <summary>Initializes a list status.</summary>
    /// <param name="listId">The list.</param>
    /// <param name="owner">The organization that carries it.</param>
    /// <param name="year">The assessment year.</param>
    /// <param name="asOf">The date the status is taken on.</param>
    /// <param name="items">The items' statuses, ordered by item identifier.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal ResponsibilityListStatus(
        ResponsibilityListId listId,
        OrganizationId owner,
        AssessmentYear year,
        LocalDate asOf,
        ValueArray<ItemStatus> items)
    {
        ListId = listId;
        Owner = owner;
        Year = year;
        AsOf = asOf;
        Items = items;
        Levels = [.. Enum.GetValues<ResponsibilityLevel>().Where(l => Items.Any(i => i.Level == l)).Select(l => LevelCompletion.Of(l, Items))];
    }

    /// <summary>Gets the list.</summary>
    public ResponsibilityListId ListId { get; }

    /// <summary>Gets the organization that carries the list.</summary>
    public OrganizationId Owner { get; }

    /// <summary>Gets the assessment year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the items' statuses, ordered by item identifier.</summary>
    public ValueArray<ItemStatus> Items { get; }

    /// <summary>Gets the counts per level, for the levels the list has, in level order.</summary>
    public ValueArray<LevelCompletion> Levels { get; }

    /// <summary>Counts items with a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int Count(DutyStatus status) => Items.Count(i => i.Status == status);
}
