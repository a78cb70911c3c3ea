using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Assessment;

/// <summary>Helpers over a scheme's dated series of <see cref="DatedValue{T}"/> (a weight, a cap, a strategy).</summary>
internal static class Dated
{
    /// <summary>Gets the index of the entry in force on a date (the latest not after it), or -1 when none applies yet.</summary>
    public static int IndexAsOf<T>(ValueArray<DatedValue<T>> series, LocalDate date)
    {
        var found = -1;
        for (var i = 0; i < series.Length; i++)
        {
            var entry = series[i];
            if (entry is not null && entry.EffectiveFrom <= date && (found < 0 || entry.EffectiveFrom > series[found].EffectiveFrom))
            {
                found = i;
            }
        }

        return found;
    }

    /// <summary>Gets the value in force on a date, or <see langword="false"/> when none applies yet.</summary>
    public static bool TryAsOf<T>(ValueArray<DatedValue<T>> series, LocalDate date, out T value)
    {
        var index = IndexAsOf(series, date);
        value = index < 0 ? default! : series[index].Value;
        return index >= 0;
    }

    /// <summary>Gets the value in force on a date; the caller has validated that one applies.</summary>
    public static T AsOf<T>(ValueArray<DatedValue<T>> series, LocalDate date) =>
        TryAsOf(series, date, out var value)
            ? value
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No value in force on {date:uuuu-MM-dd}."));

    /// <summary>Gets the series in date order.</summary>
    public static ValueArray<DatedValue<T>> Sorted<T>(ValueArray<DatedValue<T>> series) =>
        series.OrderBy(e => e.EffectiveFrom).ToValueArray();
}
