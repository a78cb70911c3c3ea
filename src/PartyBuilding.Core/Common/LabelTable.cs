namespace PartyBuilding.Core.Common;

/// <summary>
/// The bilingual display labels of every value of an enumeration, kept apart from the enumeration itself.
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
/// <remarks>
/// A table is complete by construction: <see cref="LabelTables.Create{TEnum}"/> refuses a table that misses a
/// defined value. Every public enumeration of the library has one, exposed as a static property of the area's
/// <c>…Labels</c> class. Immutable and thread-safe.
/// </remarks>
public sealed class LabelTable<TEnum>
    where TEnum : struct, Enum
{
    private readonly ImmutableDictionary<TEnum, LocalizedText> _labels;

    internal LabelTable(ImmutableDictionary<TEnum, LocalizedText> labels) => _labels = labels;

    /// <summary>Gets every value with its label.</summary>
    public ImmutableDictionary<TEnum, LocalizedText> All => _labels;

    /// <summary>Gets the label of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public LocalizedText this[TEnum value] =>
        _labels.TryGetValue(value, out var label)
            ? label
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(TEnum).Name}.");

    /// <summary>Gets the label of a value in one language.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public string Get(TEnum value, DisplayLanguage language) => this[value].In(language);
}

/// <summary>Builds <see cref="LabelTable{TEnum}"/> instances.</summary>
public static class LabelTables
{
    /// <summary>Builds a complete label table.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="labels">Each value with its Chinese and English label.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">A defined value has no label or two, or a label is given for an undefined value.</exception>
    public static LabelTable<TEnum> Create<TEnum>(params ReadOnlySpan<(TEnum Value, string ZhCn, string English)> labels)
        where TEnum : struct, Enum
    {
        var builder = ImmutableDictionary.CreateBuilder<TEnum, LocalizedText>();
        foreach (var (value, zhCn, english) in labels)
        {
            if (!builder.TryAdd(value, new LocalizedText(zhCn, english)))
            {
                throw new ArgumentException($"Two labels for {typeof(TEnum).Name}.{value}.", nameof(labels));
            }
        }

        var table = builder.ToImmutable();
        var missing = Enum.GetValues<TEnum>().Where(v => !table.ContainsKey(v)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"No label for {typeof(TEnum).Name}: {string.Join(", ", missing)}.", nameof(labels));
        }

        var undefined = table.Keys.Where(v => !Enum.IsDefined(v)).ToList();
        if (undefined.Count > 0)
        {
            throw new ArgumentException($"Labels for undefined {typeof(TEnum).Name} values: {string.Join(", ", undefined)}.", nameof(labels));
        }

        return new LabelTable<TEnum>(table);
    }
}
