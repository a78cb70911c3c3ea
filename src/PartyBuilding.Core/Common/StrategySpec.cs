namespace PartyBuilding.Core.Common;

/// <summary>
/// A strategy as a scheme chooses it (策略选择): the name it is registered under and its parameters as written, e.g.
/// <c>trimmed-mean</c> with <c>count = 1</c>. The one way every area names a strategy.
/// </summary>
/// <remarks>
/// <para>Names and parameter names are kebab-case (<c>branch-quota</c>, <c>excellent-quota</c>); each area lists its
/// built-in names as constants. Parameter values are text in the invariant culture (<c>0.8</c>, <c>2/3</c>,
/// <c>true</c>, <c>exclude-tied</c>, a list as <c>a, b</c>); the strategy's factory reads them through
/// <see cref="StrategyParameters"/>, which reports every missing, malformed, out-of-range or unknown parameter in one
/// pass. JSON: <c>{ "name": "trimmed-mean", "parameters": { "count": "1" } }</c>. Immutable, value-equal and
/// thread-safe.</para>
/// </remarks>
/// <param name="Name">The registered name.</param>
/// <param name="Parameters">The parameters by name; empty for none.</param>
public sealed record StrategySpec(string Name, ValueDictionary<string> Parameters = default)
{
    /// <summary>Gets the registered name.</summary>
    public string Name { get; init; } = Name ?? string.Empty;

    /// <summary>Creates a specification without parameters.</summary>
    /// <param name="name">The registered name.</param>
    /// <returns>The specification.</returns>
    public static StrategySpec Of(string name) => new(name);

    /// <summary>Creates a specification with parameters.</summary>
    /// <param name="name">The registered name.</param>
    /// <param name="parameters">The parameters as name–value pairs.</param>
    /// <returns>The specification.</returns>
    public static StrategySpec Of(string name, params ReadOnlySpan<(string Name, string Value)> parameters) => new(name, ValueDictionary.Of(parameters));

    /// <summary>Formats the specification, e.g. <c>trimmed-mean(count=1)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Parameters.IsEmpty ? Name : $"{Name}({string.Join(", ", Parameters.Select(p => p.Key + "=" + p.Value))})";
}
