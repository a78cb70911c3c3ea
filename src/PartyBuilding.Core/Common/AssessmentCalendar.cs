namespace PartyBuilding.Core.Common;

/// <summary>
/// Reads "today" from an injected <see cref="IClock"/>: the library never reads the system clock itself.
/// </summary>
/// <remarks>
/// Evaluations take an explicit as-of <see cref="LocalDate"/>; this helper is for callers (a tool, a service) that
/// want to default it to the current date where the working committee sits. Tests pass a
/// <c>NodaTime.Testing.FakeClock</c>. Thread-safe.
/// </remarks>
public static class AssessmentCalendar
{
    /// <summary>Gets China Standard Time (UTC+8, the IANA zone <c>Asia/Shanghai</c>), the zone of every working committee.</summary>
    public static DateTimeZone ChinaStandardTime { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Gets the current date in China Standard Time from a clock.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>Today's date in Beijing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <see langword="null"/>.</exception>
    public static LocalDate Today(IClock clock) => Today(clock, ChinaStandardTime);

    /// <summary>Gets the current date in a time zone from a clock.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The time zone.</param>
    /// <returns>Today's date in that zone.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static LocalDate Today(IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        return clock.GetCurrentInstant().InZone(zone).Date;
    }
}
