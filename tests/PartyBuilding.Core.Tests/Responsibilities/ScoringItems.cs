using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>Item statuses built directly (not through the status engine), so a scoring test controls lists, levels and counts.</summary>
internal static class ScoringItems
{
    /// <summary>An item of a list with <paramref name="done"/> done, <paramref name="overdue"/> overdue and <paramref name="due"/> still due occurrences.</summary>
    public static ItemStatus Status(string list, string item, ResponsibilityLevel level, int done, int overdue, int due = 0)
    {
        var statuses = Enumerable.Repeat(DutyStatus.Done, done).Concat(Enumerable.Repeat(DutyStatus.Overdue, overdue)).Concat(Enumerable.Repeat(DutyStatus.Due, due));
        var occurrences = statuses.Select((s, i) => new OccurrenceStatus(i + 1, DateRange.Create(D(2019, 1, 1), D(2019, 12, 31)), 1, s == DutyStatus.Done ? 1 : 0, s));
        var overall = overdue > 0 ? DutyStatus.Overdue : due > 0 ? DutyStatus.Due : DutyStatus.Done;
        return new ItemStatus(
            ResponsibilityListId.Parse(list), Id(item), level, overall, [.. occurrences],
            Explanation.Given(new LocalizedText($"事项 {item}", $"Item {item}"), done) with { Key = $"{list}/{item}" });
    }
}
