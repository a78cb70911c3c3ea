using System.Diagnostics.CodeAnalysis;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// The scoring methods a catalogue can name, by <see cref="IIndicatorScoringMethod.Name"/>. <see cref="Default"/> holds the
/// five built-in methods: <c>checklist</c>, <c>proportional</c>, <c>deduction</c>, <c>bonus</c> and <c>veto</c>.
/// </summary>
/// <remarks>Immutable and thread-safe: <see cref="With"/> returns a new registry.</remarks>
public sealed class IndicatorScoringRegistry
{
    private readonly ImmutableSortedDictionary<string, IIndicatorScoringMethod> _methods;

    private IndicatorScoringRegistry(ImmutableSortedDictionary<string, IIndicatorScoringMethod> methods) => _methods = methods;

    /// <summary>Gets the registry of the built-in methods.</summary>
    public static IndicatorScoringRegistry Default { get; } = new(
        new IIndicatorScoringMethod[] { new ChecklistScoring(), new ProportionalScoring(), new DeductionScoring(), new BonusScoring(), new VetoScoring() }
            .ToImmutableSortedDictionary(m => m.Name, m => m, StringComparer.Ordinal));

    /// <summary>Gets the registered names, in ordinal order.</summary>
    public ImmutableArray<string> Names => [.. _methods.Keys];

    /// <summary>Returns a registry that also holds a method, replacing one of the same name.</summary>
    /// <param name="method">The method.</param>
    /// <returns>The new registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The method's name is blank.</exception>
    public IndicatorScoringRegistry With(IIndicatorScoringMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(method.Name, nameof(method));
        return new(_methods.SetItem(method.Name, method));
    }

    /// <summary>Looks a method up by name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="method">The method, when registered.</param>
    /// <returns><see langword="true"/> when a method of that name is registered.</returns>
    public bool TryGet(string? name, [NotNullWhen(true)] out IIndicatorScoringMethod? method)
    {
        method = null;
        return name is not null && _methods.TryGetValue(name, out method);
    }

    /// <summary>Gets a method by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The method.</returns>
    /// <exception cref="ArgumentException">No method of that name is registered.</exception>
    public IIndicatorScoringMethod Get(string name) =>
        TryGet(name, out var method) ? method : throw new ArgumentException($"No scoring method is named '{name}'; known: {string.Join(", ", Names)}.", nameof(name));
}
