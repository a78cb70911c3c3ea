using NodaTime;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>Day numbers of dates, for the flat-array floor and the SQL baseline.</summary>
internal static class EpochDays
{
    private static readonly LocalDate Epoch = new(1970, 1, 1);

    /// <summary>Gets the number of days since 1970-01-01.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The day number.</returns>
    public static int ToEpochDay(this LocalDate date) => Period.DaysBetween(Epoch, date);
}
