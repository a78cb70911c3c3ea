using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Decides which tier a branch's score makes it eligible for (定级规则), before the climbing rule and vetoes apply.
/// A tier scheme selects one by <see cref="Name"/>, with parameters that <see cref="ValidateParameters"/> checks first.
/// </summary>
/// <remarks>Implementations are stateless and thread-safe.</remarks>
public interface ITierRule
{
    /// <summary>Gets the stable name a scheme selects the rule by, e.g. <c>score-thresholds</c>.</summary>
    string Name { get; }

    /// <summary>Checks the rule's parameters.</summary>
    /// <param name="parameters">The parameters, by name.</param>
    /// <returns>Every problem found; empty when they are valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is <see langword="null"/>.</exception>
    ImmutableArray<ParameterProblem> ValidateParameters(ImmutableSortedDictionary<string, decimal> parameters);

    /// <summary>Gets the lowest score on the 100-point scale that can make a branch eligible for a tier.</summary>
    /// <param name="tier">The tier.</param>
    /// <param name="parameters">The parameters, valid by <see cref="ValidateParameters"/>.</param>
    /// <returns>The threshold; zero for <see cref="BranchTier.Lagging"/>.</returns>
    /// <exception cref="ArgumentException">The parameters are not valid.</exception>
    Score ThresholdOf(BranchTier tier, ImmutableSortedDictionary<string, decimal> parameters);

    /// <summary>Decides the tier a result is eligible for.</summary>
    /// <param name="result">The branch's result.</param>
    /// <param name="parameters">The parameters, valid by <see cref="ValidateParameters"/>.</param>
    /// <returns>The eligible tier and why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The parameters are not valid.</exception>
    TierDecision Decide(BranchScoreResult result, ImmutableSortedDictionary<string, decimal> parameters);
}

/// <summary>The tier a score makes a branch eligible for.</summary>
/// <param name="Tier">The eligible tier.</param>
/// <param name="Reason">Why, e.g. <c>86.5 ≥ standard 80</c>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TierDecision(BranchTier Tier, string Reason)
{
    /// <summary>Gets the reason in both languages, or <see langword="null"/> when only <see cref="Reason"/> is given (it is then shown as written).</summary>
    public LocalizedText? Text { get; init; }
}
