using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>Finds the status of responsibility lists as of a date from dated evidence: done, due, overdue or not yet due.</summary>
/// <remarks>
/// <para>A step behind <see cref="ResponsibilityAssessmentEngine"/> (internal: a caller reads the statuses from its result). Each item's <see cref="DueRule"/> is expanded into its occurrences in the list's year (<see cref="DueRule.WindowsIn"/>). An
/// occurrence is <see cref="DutyStatus.NotYetDue"/> before its window opens; <see cref="DutyStatus.Done"/> when at least the required
/// number of evidence records are dated inside its window and on or before the as-of date; otherwise <see cref="DutyStatus.Due"/> up to
/// and including its deadline and <see cref="DutyStatus.Overdue"/> from the day after. Evidence dated after the deadline does not
/// make it done. Deadlines are calendar dates: one on a weekend or holiday is not moved.</para>
/// <para>Pure and thread-safe; the result does not depend on the order of the evidence.</para>
/// </remarks>
internal static class ResponsibilityStatusEngine
{
    /// <summary>Finds the status of one list.</summary>
    /// <param name="list">The list.</param>
    /// <param name="evidence">Evidence records, in any order; those of other lists are ignored.</param>
    /// <param name="asOf">The date the status is taken on.</param>
    /// <returns>The list's status.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The list is not valid.</exception>
    public static ResponsibilityListStatus Evaluate(ResponsibilityList list, IEnumerable<EvidenceRecord> evidence, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(evidence);
        new ResponsibilityListValidator().ValidateOrThrow(list, "responsibility list");
        return EvaluateValid(list, evidence.Where(e => e.ListId == list.Id).ToLookup(e => e.ItemId), asOf);
    }

    /// <summary>Finds the status of one occurrence.</summary>
    /// <param name="window">The occurrence.</param>
    /// <param name="evidenceDates">The dates of the item's evidence, in any order.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The occurrence's status.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static OccurrenceStatus EvaluateOccurrence(DutyWindow window, IEnumerable<LocalDate> evidenceDates, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(evidenceDates);
        var count = evidenceDates.Count(d => window.Window.Contains(d) && d <= asOf);
        var status = asOf < window.Window.Start ? DutyStatus.NotYetDue
            : count >= window.RequiredCount ? DutyStatus.Done
            : asOf <= window.Deadline ? DutyStatus.Due
            : DutyStatus.Overdue;
        return new OccurrenceStatus(window.Number, window.Window, window.RequiredCount, count, status);
    }

    internal static ResponsibilityListStatus EvaluateValid(ResponsibilityList list, ILookup<ResponsibilityItemId, EvidenceRecord> evidence, LocalDate asOf)
    {
        var items = list.Items
            .OrderBy(i => i.Id)
            .Select(item => EvaluateItem(list, item, [.. evidence[item.Id].Select(e => e.Date)], asOf))
            .ToImmutableArray();
        return new ResponsibilityListStatus(list.Id, list.Owner, list.Year, asOf, items);
    }

    private static ItemStatus EvaluateItem(ResponsibilityList list, ResponsibilityItem item, ImmutableArray<LocalDate> dates, LocalDate asOf)
    {
        var occurrences = item.Due.WindowsIn(list.Year).Select(w => EvaluateOccurrence(w, dates, asOf)).ToImmutableArray();
        var status = occurrences.Any(o => o.Status == DutyStatus.Overdue) ? DutyStatus.Overdue
            : occurrences.Any(o => o.Status == DutyStatus.Due) ? DutyStatus.Due
            : occurrences.All(o => o.Status == DutyStatus.Done) ? DutyStatus.Done
            : DutyStatus.NotYetDue;
        var done = occurrences.Count(o => o.Status == DutyStatus.Done);
        var decided = done + occurrences.Count(o => o.Status == DutyStatus.Overdue);
        var listId = list.Id;
        return new ItemStatus(listId, item.Id, item.Level, status, occurrences, null)
        {
            Tree = new DeferredExplanation(() => ItemNode(listId, item, status, done, decided)),
        };
    }

    /// <summary>An item's explanation: its completion, done over decided.</summary>
    private static Explanation ItemNode(ResponsibilityListId list, ResponsibilityItem item, DutyStatus status, int done, int decided)
    {
        var completion = decided == 0 ? 0m : Proportion.FromRatio(done, decided).Value;
        return Explanation.Formula(
            ResponsibilitiesTexts.ItemCompletion(item.Id),
            completion,
            "done-over-decided",
            [new("dueRule", item.Due.ToString()), new("status", status.ToString())],
            [
                Explanation.Given(ResponsibilitiesTexts.OccurrencesDone, done),
                Explanation.Given(ResponsibilitiesTexts.OccurrencesDecided, decided),
            ]) with { Key = $"{list}/{item.Id}", Citation = item.Illustrative ? item.Citation?.AsIllustrative() : item.Citation };
    }

    /// <summary>
    /// Finds the status of a contact branch: each task is a duty recurring once a year with its required count
    /// (<see cref="ResponsibilityCitations.ContactBranches"/>), done when enough of its dates fall in the year on or before the as-of date.
    /// </summary>
    /// <param name="contact">A valid contact branch.</param>
    /// <param name="asOf">The date the status is taken on.</param>
    /// <returns>The contact branch's status.</returns>
    internal static ContactPointStatus EvaluateContactPoint(ContactPoint contact, LocalDate asOf)
    {
        var tasks = contact.Tasks.Select(task =>
        {
            var window = DueRule.Recurring(RecurrencePeriod.Year, task.RequiredCount).WindowsIn(contact.Year)[0];
            var occurrence = EvaluateOccurrence(window, task.Dates, asOf);
            return new ContactTaskStatus(task.Kind, task.Name, task.RequiredCount, occurrence.EvidenceCount, occurrence.Status, null)
            {
                Tree = new DeferredExplanation(() => ContactTaskNode(contact, task, window, occurrence, asOf)),
            };
        }).ToImmutableArray();
        var status = tasks.Any(t => t.Status == DutyStatus.Overdue) ? DutyStatus.Overdue
            : tasks.Any(t => t.Status == DutyStatus.Due) ? DutyStatus.Due
            : DutyStatus.Done;
        var explanation = new DeferredExplanation(() => Explanation.Formula(
            ResponsibilitiesTexts.ContactPointOf(contact.Member, contact.Branch, contact.Organization),
            tasks.Count(t => t.Status == DutyStatus.Done),
            "tasks-done",
            [new("tasks", tasks.Length.ToString(CultureInfo.InvariantCulture)), new("status", status.ToString())],
            [.. tasks.Select(t => t.Explanation)]) with
        {
            Key = $"{contact.Member.Member}/{contact.Branch}",
            Citation = ResponsibilityCitations.ContactBranches,
        });
        return new ContactPointStatus(contact.Member, contact.Organization, contact.Branch, contact.Year, status, tasks, null) { Tree = explanation };
    }

    /// <summary>A contact task's explanation: the dates done in the year by the as-of date against the count required.</summary>
    private static Explanation ContactTaskNode(ContactPoint contact, ContactTask task, DutyWindow window, OccurrenceStatus occurrence, LocalDate asOf) =>
        Explanation.Formula(
            ResponsibilitiesTexts.ContactTaskOf(task),
            Math.Min(occurrence.EvidenceCount, task.RequiredCount),
            "count-in-year",
            [new("required", task.RequiredCount.ToString(CultureInfo.InvariantCulture)), new("status", occurrence.Status.ToString())],
            [.. task.Dates.Where(d => window.Window.Contains(d) && d <= asOf).Order()
                .Select(d => Explanation.Given(new(d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)), 1m))]) with
        {
            Key = $"{contact.Member.Member}/{contact.Branch}/{task.Kind}" + (task.Kind == ContactTaskKind.Other ? $"/{task.Name?.ZhCn}" : string.Empty),
            Citation = ResponsibilityCitations.ContactBranches,
            Note = ResponsibilitiesTexts.ContactTaskNote(task.RequiredCount, occurrence.EvidenceCount, occurrence.Status),
        };
}
