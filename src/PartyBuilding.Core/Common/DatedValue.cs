namespace PartyBuilding.Core.Common;

/// <summary>A parameter value together with the date from which it applies and the rule it comes from.</summary>
/// <typeparam name="T">The parameter type.</typeparam>
/// <param name="EffectiveFrom">The first date on which the value applies.</param>
/// <param name="Value">The value.</param>
/// <param name="Citation">Where the value comes from, or <see langword="null"/> for a scheme's own choice.</param>
/// <remarks>Immutable when <typeparamref name="T"/> is.</remarks>
public sealed record DatedValue<T>(LocalDate EffectiveFrom, T Value, Citation? Citation = null);
