namespace PartyBuilding.Cli;

/// <summary>Builds the name-keyed registries of the tool (commands, document kinds, scheme checks), refusing a name given twice.</summary>
internal static class UniqueKeys
{
    /// <summary>Keys items by a name, in ordinal order.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="key">The name of an item.</param>
    /// <param name="what">What the name is, for the message (e.g. <c>kind</c>).</param>
    /// <param name="parameterName">The caller's parameter, for the exception.</param>
    /// <returns>The items by name.</returns>
    /// <exception cref="ArgumentException">Two items share a name.</exception>
    public static ImmutableSortedDictionary<string, T> Create<T>(IEnumerable<T> items, Func<T, string> key, string what, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(items, parameterName);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!builder.TryAdd(key(item), item))
            {
                throw new ArgumentException($"The {what} '{key(item)}' is registered twice.", parameterName);
            }
        }

        return builder.ToImmutable();
    }
}
