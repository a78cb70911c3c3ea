using System.Diagnostics.CodeAnalysis;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// The tier rules a tier scheme can name, by <see cref="ITierRule.Name"/>. <see cref="Default"/> holds the built-in
/// <c>score-thresholds</c> and <c>score-thresholds-aspect-floor</c>.
/// </summary>
/// <remarks>Immutable and thread-safe: <see cref="With"/> returns a new registry.</remarks>
public sealed class TierRuleRegistry
{
    private readonly ImmutableSortedDictionary<string, ITierRule> _rules;

    private TierRuleRegistry(ImmutableSortedDictionary<string, ITierRule> rules) => _rules = rules;

    /// <summary>Gets the registry of the built-in rules.</summary>
    public static TierRuleRegistry Default { get; } = new(
        new ITierRule[] { new ScoreThresholdTierRule(), new AspectFloorTierRule() }.ToImmutableSortedDictionary(r => r.Name, r => r, StringComparer.Ordinal));

    /// <summary>Gets the registered names, in ordinal order.</summary>
    public ImmutableArray<string> Names => [.. _rules.Keys];

    /// <summary>Returns a registry that also holds a rule, replacing one of the same name.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The new registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The rule's name is blank.</exception>
    public TierRuleRegistry With(ITierRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrWhiteSpace(rule.Name, nameof(rule));
        return new(_rules.SetItem(rule.Name, rule));
    }

    /// <summary>Looks a rule up by name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="rule">The rule, when registered.</param>
    /// <returns><see langword="true"/> when a rule of that name is registered.</returns>
    public bool TryGet(string? name, [NotNullWhen(true)] out ITierRule? rule)
    {
        rule = null;
        return name is not null && _rules.TryGetValue(name, out rule);
    }

    /// <summary>Gets a rule by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">No rule of that name is registered.</exception>
    public ITierRule Get(string name) =>
        TryGet(name, out var rule) ? rule : throw new ArgumentException($"No tier rule is named '{name}'; known: {string.Join(", ", Names)}.", nameof(name));
}
