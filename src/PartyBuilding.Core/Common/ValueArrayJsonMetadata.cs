using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PartyBuilding.Core.Common;

/// <summary>
/// The JSON metadata of the <see cref="ValueArray{T}"/> and <see cref="ValueDictionary{TValue}"/> types of one part of the
/// library: a JSON array read and written item by item, exactly as an <see cref="ImmutableArray{T}"/> is, with the same
/// error paths (<c>$.content.items[3].name</c>); a map as a JSON object.
/// </summary>
/// <remarks>
/// The JSON source generator cannot build a collection type it does not know, and a converter factory that makes
/// generic types at run time is not AOT-safe. So each part (Common and every area) lists its item types once, as closed
/// generic calls, in a subclass next to its source-generated context, and puts it in front of that context: a context's
/// own metadata of a <see cref="ValueArray{T}"/> sees a read-only collection it cannot fill. <c>ValueArrayTest</c>
/// fails when a document holds a <see cref="ValueArray{T}"/> whose item type no part lists.
/// </remarks>
internal abstract class ValueArrayJsonMetadata : IJsonTypeInfoResolver
{
    private readonly Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> _factories = [];

    /// <summary>Gets whether the array or map type's metadata is listed.</summary>
    /// <param name="type">A closed <see cref="ValueArray{T}"/> or <see cref="ValueDictionary{TValue}"/> type.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Knows(Type type) => _factories.ContainsKey(type);

    /// <inheritdoc />
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        _factories.TryGetValue(type, out var factory) ? factory(options) : null;

    /// <summary>Lists <see cref="ValueDictionary{TValue}"/> of <typeparamref name="TValue"/>.</summary>
    /// <typeparam name="TValue">The value type.</typeparam>
    protected void AddDictionary<TValue>() =>
        _factories.Add(typeof(ValueDictionary<TValue>), static options => JsonMetadataServices.CreateImmutableDictionaryInfo<ValueDictionary<TValue>, string, TValue>(
            options,
            new JsonCollectionInfoValues<ValueDictionary<TValue>>(),
            static entries => ValueDictionary.CreateRange(entries)));

    /// <summary>Lists <see cref="ValueArray{T}"/> of <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    protected void Add<T>() =>
        _factories.Add(typeof(ValueArray<T>), static options => JsonMetadataServices.CreateImmutableEnumerableInfo<ValueArray<T>, T>(
            options,
            new JsonCollectionInfoValues<ValueArray<T>>(),
            static items => ValueArray.CreateRange(items)));
}
