namespace PartyBuilding.Core.Assessment;

/// <summary>A value of a scheme together with the date from which it applies (a weight, a cap).</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="EffectiveFrom">The first date on which the value applies.</param>
/// <param name="Value">The value.</param>
/// <remarks>A scheme keeps a series of these per setting; the one in force on the evaluation date is the latest that is not after it. Immutable and thread-safe.</remarks>
public sealed record DatedSetting<T>(LocalDate EffectiveFrom, T Value);

/// <summary>Helpers over series of <see cref="DatedSetting{T}"/>.</summary>
internal static class Dated
{
    /// <summary>Gets the value in force on a date, or <see langword="false"/> when none applies yet.</summary>
    public static bool TryAsOf<T>(ImmutableArray<DatedSetting<T>> series, LocalDate date, out T value)
    {
        var found = false;
        value = default!;
        var best = LocalDate.MinIsoValue;
        foreach (var entry in series)
        {
            if (entry.EffectiveFrom <= date && (!found || entry.EffectiveFrom > best))
            {
                found = true;
                best = entry.EffectiveFrom;
                value = entry.Value;
            }
        }

        return found;
    }

    /// <summary>Gets the value in force on a date; the caller has validated that one applies.</summary>
    public static T AsOf<T>(ImmutableArray<DatedSetting<T>> series, LocalDate date) =>
        TryAsOf(series, date, out var value)
            ? value
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No value in force on {date:uuuu-MM-dd}."));

    public static ImmutableArray<DatedSetting<T>> Sorted<T>(ImmutableArray<DatedSetting<T>> series) =>
        [.. series.OrderBy(e => e.EffectiveFrom)];
}

/// <summary>Structural equality helpers for records that hold immutable arrays.</summary>
internal static class Seq
{
    public static bool Eq<T>(ImmutableArray<T> left, ImmutableArray<T> right) =>
        left.IsDefault ? right.IsDefault : !right.IsDefault && left.SequenceEqual(right);

    public static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
