using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Decides which tier a branch's score makes it eligible for (定级规则), before the climbing rule and vetoes apply; created
/// from the parameters a tier scheme gives it. A tier scheme names one with a <see cref="Strategies.StrategySpec"/>;
/// <see cref="StandardizationStrategies"/> creates it.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
public interface ITierRule
{
    /// <summary>Gets the name it is registered under, e.g. <c>score-thresholds</c>.</summary>
    string Name { get; }

    /// <summary>Gets the lowest score on the 100-point scale that can make a branch eligible for a tier.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The threshold; zero for <see cref="BranchTier.Lagging"/>.</returns>
    Score ThresholdOf(BranchTier tier);

    /// <summary>Decides the tier a result is eligible for.</summary>
    /// <param name="result">The branch's result.</param>
    /// <returns>The eligible tier and why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    TierDecision Decide(BranchScoreResult result);
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
