using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>Checks and orders the inputs of an aggregation, the same way for every built-in strategy.</summary>
internal static class AggregationInputs
{
    /// <summary>Checks the inputs and orders them by score, then by key (ordinal), so results do not depend on input order.</summary>
    public static ImmutableArray<WeightedScore> Ordered(ImmutableArray<WeightedScore> inputs)
    {
        if (inputs.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An aggregation needs at least one input.", nameof(inputs));
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            ArgumentNullException.ThrowIfNull(input, nameof(inputs));
            if (!keys.Add(input.Key))
            {
                throw new ArgumentException($"The input key '{input.Key}' appears more than once.", nameof(inputs));
            }
        }

        return [.. inputs.OrderBy(i => i.Score.Value).ThenBy(i => i.Key, StringComparer.Ordinal)];
    }

    /// <summary>The exact weighted mean Σ wᵢ·xᵢ ÷ Σ wᵢ of ordered inputs.</summary>
    public static Score WeightedMean(IEnumerable<WeightedScore> ordered)
    {
        var weighted = 0m;
        var weights = 0m;
        foreach (var input in ordered)
        {
            weighted += input.Score.Value * input.Weight.Value;
            weights += input.Weight.Value;
        }

        if (weights == 0m)
        {
            throw new ArgumentException("The inputs of a weighted mean must weigh more than nothing.", nameof(ordered));
        }

        return new Score(weighted / weights);
    }
}
