namespace PartyBuilding.Core.Common;

/// <summary>
/// Creates a strategy from its parameters: reads each through <paramref name="parameters"/> (which records every
/// problem) and returns the strategy, or <see langword="null"/> when it cannot be built. The registry discards the result
/// when any problem was recorded, so a factory need not check before it returns.
/// </summary>
/// <typeparam name="TStrategy">The kind of strategy.</typeparam>
/// <param name="parameters">The reader of the specification's parameters.</param>
/// <returns>The strategy, or <see langword="null"/>.</returns>
public delegate TStrategy? StrategyFactory<out TStrategy>(StrategyParameters parameters)
    where TStrategy : class;
