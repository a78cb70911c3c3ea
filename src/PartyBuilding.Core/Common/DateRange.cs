namespace PartyBuilding.Core.Common;

/// <summary>A closed range of calendar dates, both ends included.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct DateRange
{
    private DateRange(LocalDate start, LocalDate end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Gets the first date of the range.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last date of the range (included).</summary>
    public LocalDate End { get; }

    /// <summary>Gets the number of days in the range, both ends counted.</summary>
    public int Days => Period.DaysBetween(Start, End) + 1;

    /// <summary>Creates a range.</summary>
    /// <param name="start">The first date.</param>
    /// <param name="end">The last date, not before <paramref name="start"/>.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>, or the dates are in different calendars.</exception>
    public static DateRange Create(LocalDate start, LocalDate end)
    {
        if (start.Calendar != end.Calendar)
        {
            throw new ArgumentException("Both dates must use the same calendar.", nameof(end));
        }

        if (end < start)
        {
            throw new ArgumentException($"The range ends ({end:uuuu-MM-dd}) before it starts ({start:uuuu-MM-dd}).", nameof(end));
        }

        return new(start, end);
    }

    /// <summary>Creates the range of one month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The range from its first to its last day.</returns>
    public static DateRange Of(YearMonth month) => new(month.OnDayOfMonth(1), month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)));

    /// <summary>Tells whether a date is in the range.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Tells whether two ranges share at least one day.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(DateRange other) => Start <= other.End && other.Start <= End;

    /// <summary>Gets the days two ranges share.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>The shared range, or <see langword="null"/> when they do not overlap.</returns>
    public DateRange? Intersect(DateRange other) =>
        Overlaps(other) ? new DateRange(LocalDate.Max(Start, other.Start), LocalDate.Min(End, other.End)) : null;

    /// <summary>Formats the range as ISO-8601 dates.</summary>
    /// <returns>For example <c>2024-01-01..2024-12-31</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Start:uuuu-MM-dd}..{End:uuuu-MM-dd}");
}
