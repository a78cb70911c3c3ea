using System.Runtime.InteropServices;

namespace PartyBuilding.Core.Common;

/// <summary>
/// Builds one list of a result (a member's months, a member's quarterly reviews, the run's declarations) from what the engine
/// run kept of it, when the list is first read; implemented once per run, so a result holds a reference and an index instead
/// of the list's records.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal interface IListSource<T>
{
    /// <summary>Builds the list at <paramref name="index"/>.</summary>
    /// <param name="index">The list, as the engine numbered it (e.g. a member's roster index).</param>
    /// <returns>The items, equal to those an eager engine would have made.</returns>
    ImmutableArray<T> Build(int index);
}

/// <summary>
/// A list held by a result: either given (read from JSON, made by a caller) or built from the engine run's compact rows
/// when first read (<see cref="IListSource{T}"/>), the way <see cref="DeferredExplanation"/> holds a tree (issue 23,
/// columnar engines: no record per input row on the hot path).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>
/// <para>Unlike a tree, a list is kept once built: it is what a reader of the result asks for again and again (a member's
/// months), and it is small. It is built at most once per holder and published with <see cref="Interlocked"/>: two threads
/// that read it first at the same time may both build it, and both get the one published (building is deterministic and
/// reads only immutable state).</para>
/// <para>Equality compares the lists (building them when needed), and so does the hash code (<see cref="ValueArray{T}"/>'s),
/// so a record holding one keeps its value equality without a hand-written <c>Equals</c>. Thread-safe.</para>
/// </remarks>
internal readonly struct DeferredList<T> : IEquatable<DeferredList<T>>
{
    private readonly ValueArray<T> _given;
    private readonly Cell? _cell;

    /// <summary>Initializes a holder of a list already made.</summary>
    /// <param name="given">The list.</param>
    public DeferredList(ValueArray<T> given)
    {
        _given = given;
        _cell = null;
    }

    /// <summary>Initializes a holder that asks <paramref name="source"/> for list <paramref name="index"/> when first read.</summary>
    /// <param name="source">The engine run's source.</param>
    /// <param name="index">The list.</param>
    public DeferredList(IListSource<T> source, int index)
    {
        ArgumentNullException.ThrowIfNull(source);
        _given = default;
        _cell = new Cell(source, index);
    }

    /// <summary>Gets the list, building it on the first read when it is deferred.</summary>
    public ValueArray<T> Value => _cell is null ? _given : _cell.Value;

    /// <summary>Holds a list already made.</summary>
    /// <param name="given">The list.</param>
    public static implicit operator DeferredList<T>(ValueArray<T> given) => new(given);

    /// <inheritdoc />
    public bool Equals(DeferredList<T> other) =>
        _cell is not null && ReferenceEquals(_cell, other._cell) || Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DeferredList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>The source, the index and, once read, the list.</summary>
    private sealed class Cell(IListSource<T> source, int index)
    {
        private T[]? _items;

        public ValueArray<T> Value
        {
            get
            {
                var items = Volatile.Read(ref _items);
                if (items is null)
                {
                    var built = ImmutableCollectionsMarshal.AsArray(source.Build(index)) ?? [];
                    items = Interlocked.CompareExchange(ref _items, built, null) ?? built;
                }

                return ImmutableCollectionsMarshal.AsImmutableArray(items);
            }
        }
    }
}
