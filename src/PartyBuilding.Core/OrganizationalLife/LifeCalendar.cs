using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>
/// The periods of a year that ended by the as-of date (the months, quarters and the year the check of organizational life
/// reads), laid out once per check and shared by every branch, so that no branch enumerates them again.
/// </summary>
/// <remarks>The same periods, in the same order, as <see cref="RecordMeasures.Periods"/>. Immutable and thread-safe.</remarks>
internal sealed class LifeCalendar
{
    private readonly DateRange[] _months;
    private readonly DateRange[] _quarters;
    private readonly DateRange[] _year;

    /// <summary>Lays out the periods of a year ended by a date.</summary>
    /// <param name="year">The year.</param>
    /// <param name="asOf">The as-of date.</param>
    public LifeCalendar(AssessmentYear year, LocalDate asOf)
    {
        _months = [.. RecordMeasures.Periods(year, LifePeriod.Month, asOf)];
        _quarters = [.. RecordMeasures.Periods(year, LifePeriod.Quarter, asOf)];
        _year = [.. RecordMeasures.Periods(year, LifePeriod.Year, asOf)];
        EndedMonths = [.. year.Months.Where(m => DateRange.Of(m).End <= asOf)];
    }

    /// <summary>Gets the months of the year ended by the as-of date.</summary>
    public YearMonth[] EndedMonths { get; }

    /// <summary>Gets the periods of a length ended by the as-of date, in order.</summary>
    /// <param name="period">The length.</param>
    /// <returns>The periods (not to be changed).</returns>
    public ReadOnlySpan<DateRange> Of(LifePeriod period) => period switch
    {
        LifePeriod.Month => _months,
        LifePeriod.Quarter => _quarters,
        _ => _year,
    };
}
