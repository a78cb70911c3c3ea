using System.Collections;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace PartyBuilding.Core.Common;

/// <summary>
/// An immutable map from text keys to values, in ordinal key order, that compares by its entries (值相等的不可变映射):
/// the dictionary counterpart of <see cref="ValueArray{T}"/> for public records (e.g. a strategy's parameters).
/// </summary>
/// <typeparam name="TValue">The value type; values are compared with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
/// <remarks>
/// Keys compare ordinally (case matters: <c>share</c> and <c>Share</c> are two keys). <see langword="default"/> is the
/// empty map. Read and written as a JSON object through the library's JSON context. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("Count = {Count}")]
public readonly struct ValueDictionary<TValue> : IReadOnlyDictionary<string, TValue>, IEquatable<ValueDictionary<TValue>>
{
    private readonly ImmutableSortedDictionary<string, TValue>? _entries;

    /// <summary>Initializes a map over the entries of a dictionary, re-sorted ordinally when it sorts otherwise.</summary>
    /// <param name="entries">The entries; <see langword="null"/> for none.</param>
    public ValueDictionary(ImmutableSortedDictionary<string, TValue>? entries) =>
        _entries = entries is null || entries.IsEmpty ? null : entries.WithComparers(StringComparer.Ordinal);

    /// <summary>Gets the number of entries.</summary>
    public int Count => _entries?.Count ?? 0;

    /// <summary>Gets whether the map has no entries.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Gets the keys, in ordinal order.</summary>
    public IEnumerable<string> Keys => Entries.Keys;

    /// <summary>Gets the values, in the order of their keys.</summary>
    public IEnumerable<TValue> Values => Entries.Values;

    private ImmutableSortedDictionary<string, TValue> Entries => _entries ?? ImmutableSortedDictionary.Create<string, TValue>(StringComparer.Ordinal);

    /// <summary>Gets the value of a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">The key is not in the map.</exception>
    public TValue this[string key] => Entries[key];

    /// <summary>Converts a sorted dictionary (its entries, in ordinal order).</summary>
    /// <param name="entries">The entries.</param>
    public static implicit operator ValueDictionary<TValue>(ImmutableSortedDictionary<string, TValue>? entries) => new(entries);

    /// <summary>Compares two maps entry by entry.</summary>
    /// <param name="left">The first map.</param>
    /// <param name="right">The second map.</param>
    /// <returns><see langword="true"/> when they hold the same keys with equal values.</returns>
    public static bool operator ==(ValueDictionary<TValue> left, ValueDictionary<TValue> right) => left.Equals(right);

    /// <summary>Compares two maps entry by entry.</summary>
    /// <param name="left">The first map.</param>
    /// <param name="right">The second map.</param>
    /// <returns><see langword="true"/> when they differ in a key or a value.</returns>
    public static bool operator !=(ValueDictionary<TValue> left, ValueDictionary<TValue> right) => !left.Equals(right);

    /// <summary>Gets the entries as a sorted dictionary (ordinal keys).</summary>
    /// <returns>The entries.</returns>
    public ImmutableSortedDictionary<string, TValue> AsDictionary() => Entries;

    /// <summary>Returns a map with a key set to a value (added or replaced).</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new map.</returns>
    public ValueDictionary<TValue> SetItem(string key, TValue value) => new(Entries.SetItem(key, value));

    /// <inheritdoc />
    public bool ContainsKey(string key) => _entries?.ContainsKey(key) ?? false;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_entries is null)
        {
            value = default;
            return false;
        }

        return _entries.TryGetValue(key, out value);
    }

    /// <summary>Gets an enumerator over the entries, in ordinal key order.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableSortedDictionary<string, TValue>.Enumerator GetEnumerator() => Entries.GetEnumerator();

    /// <inheritdoc />
    IEnumerator<KeyValuePair<string, TValue>> IEnumerable<KeyValuePair<string, TValue>>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Compares with another map entry by entry.</summary>
    /// <param name="other">The other map.</param>
    /// <returns><see langword="true"/> when both hold the same keys with equal values.</returns>
    public bool Equals(ValueDictionary<TValue> other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<TValue>.Default;
        using var mine = GetEnumerator();
        using var theirs = other.GetEnumerator();
        while (mine.MoveNext() && theirs.MoveNext())
        {
            if (!string.Equals(mine.Current.Key, theirs.Current.Key, StringComparison.Ordinal) || !comparer.Equals(mine.Current.Value, theirs.Current.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueDictionary<TValue> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var entry in this)
        {
            hash.Add(entry.Key, StringComparer.Ordinal);
            hash.Add(entry.Value);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the map as <c>key=value</c> pairs in key order, e.g. <c>{count=1, share=0.1}</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "{" + string.Join(", ", this.Select(e => e.Key + "=" + e.Value)) + "}";
}

/// <summary>Creates <see cref="ValueDictionary{TValue}"/> instances.</summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "The factory of ValueDictionary<TValue>, named as ImmutableDictionary is beside ImmutableDictionary<TKey, TValue>.")]
public static class ValueDictionary
{
    /// <summary>Creates a map from entries; a later entry with the same key replaces an earlier one.</summary>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="entries">The entries.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    public static ValueDictionary<TValue> CreateRange<TValue>(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, TValue>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            builder[entry.Key] = entry.Value;
        }

        return new(builder.ToImmutable());
    }

    /// <summary>Creates a map from name–value pairs.</summary>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="entries">The pairs.</param>
    /// <returns>The map.</returns>
    public static ValueDictionary<TValue> Of<TValue>(params ReadOnlySpan<(string Key, TValue Value)> entries)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, TValue>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            builder[key] = value;
        }

        return new(builder.ToImmutable());
    }
}
