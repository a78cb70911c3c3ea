using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// When a responsibility item falls due: once by a date, or again in every period of the year a minimum number of times
/// (e.g. ideology work studied at least twice a year, a reminder every quarter, <see cref="ResponsibilityCitations.RecurringIdeologyDuties"/>).
/// </summary>
/// <param name="Kind">Once or recurring.</param>
/// <param name="DueOn">For <see cref="DueRuleKind.Once"/>: the last day on which it may be done. A date on a weekend or holiday stays that date.</param>
/// <param name="OpensOn">For <see cref="DueRuleKind.Once"/>: the first day on which it can be done; the list's year start when <see langword="null"/>.</param>
/// <param name="Period">For <see cref="DueRuleKind.Recurring"/>: the period over which it is counted.</param>
/// <param name="TimesPerPeriod">For <see cref="DueRuleKind.Recurring"/>: how many dated evidence records each period needs, at least 1.</param>
/// <remarks>Use <see cref="Once"/> and <see cref="Recurring"/>; a rule read from a document is checked as part of its data set (<see cref="ResponsibilityAssessmentEngine.ValidateData"/>). Immutable.</remarks>
public sealed record DueRule(
    DueRuleKind Kind,
    LocalDate? DueOn = null,
    LocalDate? OpensOn = null,
    RecurrencePeriod? Period = null,
    int TimesPerPeriod = 1)
{
    /// <summary>Creates a rule for a duty done once by a date.</summary>
    /// <param name="dueOn">The last day on which it may be done.</param>
    /// <param name="opensOn">The first day on which it can be done, or <see langword="null"/> for the start of the list's year.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="opensOn"/> is after <paramref name="dueOn"/>.</exception>
    public static DueRule Once(LocalDate dueOn, LocalDate? opensOn = null)
    {
        if (opensOn is { } open && open > dueOn)
        {
            throw new ArgumentException($"The duty opens ({open:uuuu-MM-dd}) after it is due ({dueOn:uuuu-MM-dd}).", nameof(opensOn));
        }

        return new(DueRuleKind.Once, dueOn, opensOn);
    }

    /// <summary>Creates a rule for a duty repeated in every period of the year.</summary>
    /// <param name="period">The period.</param>
    /// <param name="timesPerPeriod">How many times per period, at least 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not defined or <paramref name="timesPerPeriod"/> is below 1.</exception>
    public static DueRule Recurring(RecurrencePeriod period, int timesPerPeriod = 1)
    {
        if (!Enum.IsDefined(period))
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown recurrence period.");
        }

        return new(DueRuleKind.Recurring, Period: period, TimesPerPeriod: Guard.InRange(timesPerPeriod, 1, 366));
    }

    /// <summary>Expands the rule into the occurrences (obligations) it makes in one assessment year.</summary>
    /// <param name="year">The assessment year.</param>
    /// <returns>The occurrences in date order: one for a once rule, 12, 4, 2 or 1 for a recurring one.</returns>
    /// <exception cref="InvalidOperationException">The rule is incomplete (validate its data set first with <see cref="ResponsibilityAssessmentEngine.ValidateData"/>).</exception>
    public ImmutableArray<DutyWindow> WindowsIn(AssessmentYear year)
    {
        if (Kind == DueRuleKind.Once)
        {
            var due = DueOn ?? throw new InvalidOperationException("A once rule needs a due date.");
            var open = OpensOn ?? LocalDate.Min(year.FirstDay, due);
            return [new DutyWindow(1, DateRange.Create(open, due), 1)];
        }

        var period = Period ?? throw new InvalidOperationException("A recurring rule needs a period.");
        var months = period switch
        {
            RecurrencePeriod.Month => 1,
            RecurrencePeriod.Quarter => 3,
            RecurrencePeriod.HalfYear => 6,
            RecurrencePeriod.Year => 12,
            _ => throw new InvalidOperationException($"Unknown recurrence period {period}."),
        };
        var builder = ImmutableArray.CreateBuilder<DutyWindow>(12 / months);
        for (var first = 1; first <= 12; first += months)
        {
            var start = new LocalDate(year.Value, first, 1);
            var end = start.PlusMonths(months).PlusDays(-1);
            builder.Add(new DutyWindow(((first - 1) / months) + 1, DateRange.Create(start, end), TimesPerPeriod));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Describes the rule, e.g. <c>once by 2019-11-30</c> or <c>2 per Year</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind == DueRuleKind.Once
        ? string.Create(CultureInfo.InvariantCulture, $"once by {DueOn:uuuu-MM-dd}")
        : string.Create(CultureInfo.InvariantCulture, $"{TimesPerPeriod} per {Period}");
}

/// <summary>One obligation a <see cref="DueRule"/> makes in a year: a window of dates and how many evidence records it needs.</summary>
/// <param name="Number">The occurrence's number in the year, from 1 (the quarter number for a quarterly duty).</param>
/// <param name="Window">The dates within which evidence counts; its end is the deadline.</param>
/// <param name="RequiredCount">How many dated evidence records inside the window make it done.</param>
/// <remarks>Immutable.</remarks>
public sealed record DutyWindow(int Number, DateRange Window, int RequiredCount)
{
    /// <summary>Gets the deadline: the last day of the window.</summary>
    public LocalDate Deadline => Window.End;
}
