using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Common;

/// <summary>
/// The strategies of one kind that a scheme can choose by name (策略注册表): the built-ins an area registers plus those a
/// caller adds. The one strategy mechanism of the library.
/// </summary>
/// <typeparam name="TStrategy">The kind of strategy (e.g. <c>IRatingAggregation</c>).</typeparam>
/// <remarks>
/// <para>Immutable: <see cref="With"/> returns a new registry, so a registry can be shared by every thread and a
/// caller's additions never change an area's defaults. Each area exposes its defaults (e.g.
/// <c>DoubleReviewStrategies.Default</c>) with a constant for every built-in name.</para>
/// <para><see cref="TryCreate"/> checks a <see cref="StrategySpec"/> in one pass: an unknown name, then every missing,
/// malformed, out-of-range and unknown parameter, each a problem with the path of the parameter
/// (<c>….Parameters.excellent-quota</c>) and a code of <see cref="CommonErrorCodes"/> (or the area's own code for a rule
/// between parameters). The same check serves validation and creation: nothing is parsed twice.</para>
/// </remarks>
public sealed class StrategyRegistry<TStrategy>
    where TStrategy : class
{
    private readonly ImmutableSortedDictionary<string, StrategyFactory<TStrategy>> _factories;

    private StrategyRegistry(ImmutableSortedDictionary<string, StrategyFactory<TStrategy>> factories) => _factories = factories;

    /// <summary>Gets the registry without strategies (also <see cref="StrategyRegistry.Empty{TStrategy}"/>).</summary>
    internal static StrategyRegistry<TStrategy> EmptyRegistry { get; } = new(ImmutableSortedDictionary.Create<string, StrategyFactory<TStrategy>>(StringComparer.Ordinal));

    /// <summary>Gets the registered names, in ordinal order.</summary>
    public ImmutableArray<string> Names => [.. _factories.Keys];

    /// <summary>Gets whether a strategy is registered under a name.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Contains(string name) => name is not null && _factories.ContainsKey(name);

    /// <summary>Returns a registry that also knows a strategy, replacing one of the same name.</summary>
    /// <param name="name">The name, kebab-case by convention.</param>
    /// <param name="factory">Creates the strategy from its parameters.</param>
    /// <returns>The new registry.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    public StrategyRegistry<TStrategy> With(string name, StrategyFactory<TStrategy> factory)
    {
        Guard.NotBlank(name);
        ArgumentNullException.ThrowIfNull(factory);
        return new(_factories.SetItem(name, factory));
    }

    /// <summary>Creates the strategy a specification names, or records every problem with it.</summary>
    /// <param name="spec">The specification.</param>
    /// <param name="problems">Where problems go, positioned at the specification (its paths are <c>Name</c> and <c>Parameters.&lt;name&gt;</c>).</param>
    /// <returns>The strategy, or <see langword="null"/> when a problem was recorded.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public TStrategy? TryCreate(StrategySpec spec, ProblemCollector problems)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(problems);
        if (!_factories.TryGetValue(spec.Name, out var factory))
        {
            problems.Add(
                "Name",
                CommonErrorCodes.StrategyUnknown,
                $"No strategy is named '{spec.Name}'; known: {string.Join(", ", _factories.Keys)}.",
                spec.Name);
            return null;
        }

        var before = problems.Count;
        var parameters = new StrategyParameters(spec, problems.At("Parameters"));
        var strategy = factory(parameters);
        parameters.RejectUnread();
        return problems.Count > before ? null : strategy;
    }

    /// <summary>Creates the strategy a specification names.</summary>
    /// <param name="spec">The specification.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="spec"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The name is unknown or a parameter is bad; every problem is listed.</exception>
    public TStrategy Create(StrategySpec spec)
    {
        var problems = new ProblemCollector();
        var strategy = TryCreate(spec, problems);
        problems.ThrowIfErrors("strategy " + spec.Name);
        return strategy ?? throw new PartyBuildingValidationException(
            "strategy " + spec.Name,
            [new ValidationProblem("Name", CommonErrorCodes.StrategyUnknown, $"The strategy '{spec.Name}' could not be created.", spec.Name)]);
    }
}

/// <summary>Creates <see cref="StrategyRegistry{TStrategy}"/> instances.</summary>
public static class StrategyRegistry
{
    /// <summary>Gets the registry of a kind of strategy without strategies; add them with <see cref="StrategyRegistry{TStrategy}.With"/>.</summary>
    /// <typeparam name="TStrategy">The kind of strategy.</typeparam>
    /// <returns>The empty registry.</returns>
    public static StrategyRegistry<TStrategy> Empty<TStrategy>()
        where TStrategy : class => StrategyRegistry<TStrategy>.EmptyRegistry;
}
