using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Tests.Standardization;

/// <summary>Test helper: the edits of <see cref="ImmutableArray{T}"/> on a <see cref="ValueArray{T}"/>, for building variants of fixtures.</summary>
internal static class ValueArrayEdits
{
    public static ValueArray<T> SetItem<T>(this ValueArray<T> items, int index, T item) => items.AsImmutableArray().SetItem(index, item);

    public static ValueArray<T> RemoveAt<T>(this ValueArray<T> items, int index) => items.AsImmutableArray().RemoveAt(index);

    public static ValueArray<T> RemoveAll<T>(this ValueArray<T> items, Predicate<T> match) => items.AsImmutableArray().RemoveAll(match);

    public static ValueArray<T> Add<T>(this ValueArray<T> items, T item) => items.AsImmutableArray().Add(item);

    public static ValueArray<T> AddRange<T>(this ValueArray<T> items, IEnumerable<T> more) => items.AsImmutableArray().AddRange(more);
}
