using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The registry of scoring strategies: creates one by name from a scheme's parameters, validating them first.</summary>
/// <remarks>Built-in: <c>proportional</c>, <c>level-weighted</c>, <c>overdue-deduction</c>. Thread-safe.</remarks>
public static class ResponsibilityScoringStrategies
{
    private static readonly ImmutableDictionary<string, ImmutableDictionary<string, decimal>> Defaults =
        new Dictionary<string, ImmutableDictionary<string, decimal>>(StringComparer.Ordinal)
        {
            [ProportionalScoring.StrategyName] = Params((ScoringParameters.MaxPoints, 100m)),
            [LevelWeightedScoring.StrategyName] = Params(
                (ScoringParameters.MaxPoints, 100m),
                (ScoringParameters.WeightPrincipal, 0.5m),
                (ScoringParameters.WeightAssisting, 0.3m),
                (ScoringParameters.WeightGuidingAndSupervising, 0.2m),
                (ScoringParameters.WeightImplementing, 0m)),
            [OverdueDeductionScoring.StrategyName] = Params(
                (ScoringParameters.MaxPoints, 100m),
                (ScoringParameters.DeductionPerOverdue, 2m),
                (ScoringParameters.Floor, 0m)),
        }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Gets the names of the registered strategies, in ordinal order.</summary>
    public static ImmutableArray<string> Names { get; } = [.. Defaults.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Gets a strategy's parameters with their default values.</summary>
    /// <param name="strategy">The strategy's name.</param>
    /// <returns>The defaults by name.</returns>
    /// <exception cref="ArgumentException"><paramref name="strategy"/> is not registered.</exception>
    public static ImmutableSortedDictionary<string, decimal> DefaultsOf(string strategy) =>
        Defaults.TryGetValue(strategy ?? string.Empty, out var d)
            ? d.ToImmutableSortedDictionary(StringComparer.Ordinal)
            : throw new ArgumentException($"No scoring strategy is named '{strategy}'.", nameof(strategy));

    /// <summary>Creates the strategy a configuration names.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The strategy, with the given parameters over the defaults.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configuration"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The name is unknown or a parameter is bad; every problem is listed.</exception>
    public static IResponsibilityScoringStrategy Create(ScoringConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        new ScoringConfigurationValidator().ValidateOrThrow(configuration, "scoring configuration");
        var p = Defaults[configuration.Strategy].SetItems(configuration.Parameters);
        var max = new Score(p[ScoringParameters.MaxPoints]);
        return configuration.Strategy switch
        {
            ProportionalScoring.StrategyName => new ProportionalScoring(max),
            LevelWeightedScoring.StrategyName => new LevelWeightedScoring(
                max,
                Enum.GetValues<ResponsibilityLevel>().Select(l => new KeyValuePair<ResponsibilityLevel, Proportion>(l, Proportion.Of(p[ScoringParameters.WeightOf(l)])))),
            _ => new OverdueDeductionScoring(max, new Score(p[ScoringParameters.DeductionPerOverdue]), new Score(p[ScoringParameters.Floor])),
        };
    }

    internal static IEnumerable<(string Path, string Code, string Message, string? Value)> Problems(ScoringConfiguration configuration)
    {
        if (configuration.Strategy is null || !Defaults.TryGetValue(configuration.Strategy, out var defaults))
        {
            yield return ("Strategy", ResponsibilitiesErrorCodes.ScoringStrategyUnknown,
                $"Unknown scoring strategy; use one of: {string.Join(", ", Names)}.", configuration.Strategy);
            yield break;
        }

        foreach (var name in configuration.Parameters.Keys.Where(k => !defaults.ContainsKey(k)))
        {
            yield return ($"Parameters.{name}", ResponsibilitiesErrorCodes.ScoringParameterUnknown,
                $"'{configuration.Strategy}' takes no parameter '{name}'; it takes: {string.Join(", ", defaults.Keys.Order(StringComparer.Ordinal))}.", name);
        }

        var p = defaults.SetItems(configuration.Parameters.Where(kv => defaults.ContainsKey(kv.Key)));
        var max = p[ScoringParameters.MaxPoints];
        if (max is <= 0m or > 1000m)
        {
            yield return Range(ScoringParameters.MaxPoints, max, "above 0 and at most 1000");
        }

        if (configuration.Strategy == LevelWeightedScoring.StrategyName)
        {
            var weights = Enum.GetValues<ResponsibilityLevel>().Select(l => (Name: ScoringParameters.WeightOf(l), Value: p[ScoringParameters.WeightOf(l)])).ToList();
            foreach (var (name, value) in weights.Where(w => !Proportion.IsValid(w.Value)))
            {
                yield return Range(name, value, "between 0 and 1");
            }

            if (weights.Sum(w => w.Value) != 1m)
            {
                yield return ("Parameters", ResponsibilitiesErrorCodes.ScoringWeightsSum,
                    "The level weights must add up to exactly 1.", weights.Sum(w => w.Value).ToString(CultureInfo.InvariantCulture));
            }
        }

        if (configuration.Strategy == OverdueDeductionScoring.StrategyName)
        {
            var deduction = p[ScoringParameters.DeductionPerOverdue];
            if (deduction <= 0m || deduction > Math.Max(max, 0m))
            {
                yield return Range(ScoringParameters.DeductionPerOverdue, deduction, "above 0 and at most maxPoints");
            }

            var floor = p[ScoringParameters.Floor];
            if (floor < 0m || floor > Math.Max(max, 0m))
            {
                yield return Range(ScoringParameters.Floor, floor, "between 0 and maxPoints");
            }
        }
    }

    private static (string, string, string, string?) Range(string name, decimal value, string rule) =>
        ($"Parameters.{name}", ResponsibilitiesErrorCodes.ScoringParameterRange, $"'{name}' must be {rule}.", value.ToString(CultureInfo.InvariantCulture));

    private static ImmutableDictionary<string, decimal> Params(params (string Name, decimal Value)[] values) =>
        values.ToImmutableDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
