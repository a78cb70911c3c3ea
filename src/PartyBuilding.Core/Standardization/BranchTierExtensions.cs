namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Compares and moves <see cref="BranchTier"/>s by name, so that no caller does arithmetic on the enumeration: a higher
/// number is a higher tier (<see cref="BranchTier.Lagging"/> = 1 … <see cref="BranchTier.Exemplary"/> = 4), the opposite
/// direction of <see cref="Assessment.GradeBand"/>.
/// </summary>
public static class BranchTierExtensions
{
    /// <summary>Gets whether a tier is higher than another.</summary>
    /// <param name="tier">The tier.</param>
    /// <param name="other">The tier compared with.</param>
    /// <returns><see langword="true"/> when <paramref name="tier"/> is strictly higher, e.g. advanced is higher than standard.</returns>
    public static bool IsHigherThan(this BranchTier tier, BranchTier other) => tier > other;

    /// <summary>Gets whether a tier is lower than another.</summary>
    /// <param name="tier">The tier.</param>
    /// <param name="other">The tier compared with.</param>
    /// <returns><see langword="true"/> when <paramref name="tier"/> is strictly lower, e.g. lagging is lower than standard.</returns>
    public static bool IsLowerThan(this BranchTier tier, BranchTier other) => tier < other;

    /// <summary>Gets whether a tier reaches a minimum tier: it is that tier or a higher one.</summary>
    /// <param name="tier">The tier.</param>
    /// <param name="minimum">The lowest tier that still reaches.</param>
    /// <returns><see langword="true"/> when <paramref name="tier"/> is <paramref name="minimum"/> or higher.</returns>
    public static bool IsAtLeast(this BranchTier tier, BranchTier minimum) => tier >= minimum;

    /// <summary>Raises a tier by some steps (the most a branch may climb in a year), never above <see cref="BranchTier.Exemplary"/>.</summary>
    /// <param name="tier">The tier.</param>
    /// <param name="steps">The number of tiers to climb, 0 or more.</param>
    /// <returns>The tier that many steps higher, or <see cref="BranchTier.Exemplary"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="steps"/> is negative.</exception>
    public static BranchTier RaisedBy(this BranchTier tier, int steps)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        return steps >= BranchTier.Exemplary - tier ? BranchTier.Exemplary : tier + steps;
    }
}
