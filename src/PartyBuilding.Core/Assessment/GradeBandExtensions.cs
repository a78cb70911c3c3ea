namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Compares and moves <see cref="GradeBand"/>s by name, so that no caller does arithmetic on the enumeration: a lower number
/// is a better band (<see cref="GradeBand.Good"/> = 1 … <see cref="GradeBand.Poor"/> = 4), the opposite direction of
/// <see cref="Standardization.BranchTier"/>.
/// </summary>
public static class GradeBandExtensions
{
    /// <summary>Gets whether a band is better than another.</summary>
    /// <param name="band">The band.</param>
    /// <param name="other">The band compared with.</param>
    /// <returns><see langword="true"/> when <paramref name="band"/> is strictly better, e.g. good is better than fairly good.</returns>
    public static bool IsBetterThan(this GradeBand band, GradeBand other) => band < other;

    /// <summary>Gets whether a band is worse than another.</summary>
    /// <param name="band">The band.</param>
    /// <param name="other">The band compared with.</param>
    /// <returns><see langword="true"/> when <paramref name="band"/> is strictly worse, e.g. poor is worse than average.</returns>
    public static bool IsWorseThan(this GradeBand band, GradeBand other) => band > other;

    /// <summary>Gets whether a band reaches a minimum band: it is that band or a better one.</summary>
    /// <param name="band">The band.</param>
    /// <param name="minimum">The worst band that still reaches.</param>
    /// <returns><see langword="true"/> when <paramref name="band"/> is <paramref name="minimum"/> or better.</returns>
    public static bool IsAtLeast(this GradeBand band, GradeBand minimum) => band <= minimum;

    /// <summary>Caps a band at a best band (a veto): the worse of the two.</summary>
    /// <param name="band">The band.</param>
    /// <param name="best">The best band allowed.</param>
    /// <returns><paramref name="band"/>, or <paramref name="best"/> when <paramref name="band"/> is better than it.</returns>
    public static GradeBand CappedAt(this GradeBand band, GradeBand best) => band.IsBetterThan(best) ? best : band;

    /// <summary>Lowers a band by some steps (a forced downgrade), never below <see cref="GradeBand.Poor"/>.</summary>
    /// <param name="band">The band.</param>
    /// <param name="steps">The number of bands to lower, 0 or more.</param>
    /// <returns>The band that many steps worse, or <see cref="GradeBand.Poor"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="steps"/> is negative.</exception>
    public static GradeBand LoweredBy(this GradeBand band, int steps)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        return steps >= GradeBand.Poor - band ? GradeBand.Poor : band + steps;
    }
}
