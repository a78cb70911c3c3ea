using System.Collections;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace PartyBuilding.Core.Common;

/// <summary>
/// An immutable array that compares by its items (值相等的不可变数组): two arrays with equal items in the same order are
/// equal. Used for every list held by a public record, so the record's compiler-generated equality is value equality
/// without a hand-written <c>Equals</c>.
/// </summary>
/// <typeparam name="T">The item type; items are compared with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
/// <remarks>
/// <para><see cref="ImmutableArray{T}"/> compares by reference, so a record holding one is equal only to itself; this
/// wrapper adds item-wise equality and nothing else. <see langword="default"/> is the empty array (never a
/// <see langword="null"/> inside), so a record needs no <c>IsDefault ? [] : items</c> normalisation.</para>
/// <para>Built with a collection expression (<c>[a, b]</c>, <c>[.. items]</c>) or converted implicitly from and to
/// <see cref="ImmutableArray{T}"/> without copying. Read and written as a JSON array through the library's
/// source-generated JSON context (AOT- and trim-safe). The hash code combines the length and at most the first 16 items,
/// so hashing a long array stays cheap. Immutable and thread-safe.</para>
/// </remarks>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
[DebuggerDisplay("Length = {Length}")]
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private const int HashedItems = 16;

    private readonly ImmutableArray<T> _items;

    /// <summary>Initializes an array over the items of an immutable array (no copy); a default array is empty.</summary>
    /// <param name="items">The items.</param>
    public ValueArray(ImmutableArray<T> items) => _items = items;

    /// <summary>Gets the number of items.</summary>
    public int Length => _items.IsDefault ? 0 : _items.Length;

    /// <summary>Gets whether the array has no items.</summary>
    public bool IsEmpty => Length == 0;

    /// <inheritdoc />
    int IReadOnlyCollection<T>.Count => Length;

    /// <summary>Gets the item at an index.</summary>
    /// <param name="index">The index, from 0 to <see cref="Length"/> − 1.</param>
    /// <returns>The item.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the array.</exception>
    public T this[int index] => AsImmutableArray()[index];

    /// <summary>Converts an immutable array (no copy).</summary>
    /// <param name="items">The items; a default array becomes the empty array.</param>
    public static implicit operator ValueArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Converts to an immutable array (no copy); the empty array becomes <see cref="ImmutableArray{T}.Empty"/>, never a default array.</summary>
    /// <param name="items">The array.</param>
    public static implicit operator ImmutableArray<T>(ValueArray<T> items) => items.AsImmutableArray();

    /// <summary>Compares two arrays item by item.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when they hold equal items in the same order.</returns>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays item by item.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when they differ in length or in an item.</returns>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    /// <summary>Gets the items as an immutable array (no copy); never a default array.</summary>
    /// <returns>The items.</returns>
    public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

    /// <summary>Gets the items as a read-only span.</summary>
    /// <returns>The items.</returns>
    public ReadOnlySpan<T> AsSpan() => _items.IsDefault ? default : _items.AsSpan();

    /// <summary>Gets an enumerator over the items, without allocation.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    /// <inheritdoc />
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    /// <summary>Compares with another array item by item.</summary>
    /// <param name="other">The other array.</param>
    /// <returns><see langword="true"/> when both hold equal items in the same order.</returns>
    public bool Equals(ValueArray<T> other)
    {
        if (Length != other.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        var mine = AsSpan();
        var theirs = other.AsSpan();
        for (var i = 0; i < mine.Length; i++)
        {
            if (!comparer.Equals(mine[i], theirs[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Length);
        var items = AsSpan();
        for (var i = 0; i < items.Length && i < HashedItems; i++)
        {
            hash.Add(items[i]);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the array as its length, e.g. <c>[3 items]</c>; records print lists this way.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Length} items]");
}

/// <summary>Creates <see cref="ValueArray{T}"/> instances; the builder of collection expressions.</summary>
public static class ValueArray
{
    /// <summary>Creates an array holding a copy of the items (the builder of <c>[a, b]</c>).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The array.</returns>
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>Creates an array holding the items of a sequence, in order.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public static ValueArray<T> CreateRange<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new(ImmutableArray.CreateRange(items));
    }

    /// <summary>Creates an array holding the items of a sequence, in order (an extension for LINQ pipelines).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public static ValueArray<T> ToValueArray<T>(this IEnumerable<T> items) => CreateRange(items);
}
