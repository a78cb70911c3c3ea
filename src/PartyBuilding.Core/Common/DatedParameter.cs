namespace PartyBuilding.Core.Common;

/// <summary>
/// A parameter that changes over time (a threshold, a term length, a weight): a series of values, each with the
/// date from which it applies, answering "which value was in force on date D".
/// </summary>
/// <typeparam name="T">The parameter type.</typeparam>
/// <remarks>
/// <para>Rules taken from regulations are never constants: the branch-committee term changed when the party
/// constitution was amended in 2022, and a 2019 evaluation must keep using the rules in force in 2019. A later
/// amendment is a new entry, never an edit.</para>
/// <para>Entries are kept in date order and no two share a date. Immutable and thread-safe.</para>
/// </remarks>
public sealed class DatedParameter<T>
{
    internal DatedParameter(string name, ImmutableArray<DatedValue<T>> entries)
    {
        Name = name;
        Entries = entries;
    }

    /// <summary>Gets the parameter's name, e.g. <c>branch.max-members</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the values in order of the date from which they apply.</summary>
    public ImmutableArray<DatedValue<T>> Entries { get; }

    /// <summary>Gets the entry in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The latest entry whose <see cref="DatedValue{T}.EffectiveFrom"/> is on or before <paramref name="date"/>.</returns>
    /// <exception cref="InvalidOperationException">No entry applies yet on <paramref name="date"/>.</exception>
    public DatedValue<T> EntryAsOf(LocalDate date) =>
        TryGetEntryAsOf(date, out var entry)
            ? entry
            : throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"Parameter '{Name}' has no value in force on {date:uuuu-MM-dd}; its first value applies from {Entries[0].EffectiveFrom:uuuu-MM-dd}."));

    /// <summary>Gets the value in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidOperationException">No entry applies yet on <paramref name="date"/>.</exception>
    public T ValueAsOf(LocalDate date) => EntryAsOf(date).Value;

    /// <summary>Tries to get the entry in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="entry">The entry, when one applies.</param>
    /// <returns><see langword="true"/> when an entry applies on <paramref name="date"/>.</returns>
    public bool TryGetEntryAsOf(LocalDate date, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DatedValue<T>? entry)
    {
        entry = null;
        foreach (var candidate in Entries)
        {
            if (candidate.EffectiveFrom > date)
            {
                break;
            }

            entry = candidate;
        }

        return entry is not null;
    }
}

/// <summary>Creates <see cref="DatedParameter{T}"/> instances.</summary>
public static class DatedParameter
{
    /// <summary>Creates a parameter with a single value.</summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <param name="name">The parameter's name.</param>
    /// <param name="effectiveFrom">The date from which the value applies.</param>
    /// <param name="value">The value.</param>
    /// <param name="citation">Where the value comes from.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static DatedParameter<T> Constant<T>(string name, LocalDate effectiveFrom, T value, Citation? citation = null) =>
        Create(name, [new DatedValue<T>(effectiveFrom, value, citation)]);

    /// <summary>Creates a parameter from its dated values, in any order.</summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <param name="name">The parameter's name.</param>
    /// <param name="entries">The values; at least one, no two on the same date.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, <paramref name="entries"/> is empty, or two entries share a date.</exception>
    public static DatedParameter<T> Create<T>(string name, IEnumerable<DatedValue<T>> entries)
    {
        Guard.NotBlank(name);
        ArgumentNullException.ThrowIfNull(entries);
        var ordered = entries.OrderBy(e => e.EffectiveFrom).ToImmutableArray();
        if (ordered.IsEmpty)
        {
            throw new ArgumentException($"Parameter '{name}' needs at least one value.", nameof(entries));
        }

        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].EffectiveFrom == ordered[i - 1].EffectiveFrom)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Parameter '{name}' has two values from {ordered[i].EffectiveFrom:uuuu-MM-dd}."),
                    nameof(entries));
            }
        }

        return new DatedParameter<T>(name, ordered);
    }
}
