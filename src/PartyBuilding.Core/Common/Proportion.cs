using System.Diagnostics;
using System.Text.Json.Serialization;

namespace PartyBuilding.Core.Common;

/// <summary>
/// A proportion (比例) between 0 and 1 inclusive: a weight of a component or rater group, a rate, a quorum,
/// a share, a coverage target. Displayed as a percentage.
/// </summary>
/// <remarks>
/// <para>The value is exact. A proportion made from a ratio of counts (<see cref="FromRatio(decimal, decimal)"/>) is
/// rounded half away from zero at <see cref="RatioScale"/> decimal places, the only rounding a proportion ever
/// undergoes. Weights that must add up to one are checked exactly with <see cref="SumsToOne"/>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{Value}")]
[JsonConverter(typeof(ProportionConverter))]
public readonly record struct Proportion : IComparable<Proportion>
{
    /// <summary>The number of decimal places kept when a proportion is made from a ratio: 10.</summary>
    public const int RatioScale = 10;

    private Proportion(decimal value) => Value = value;

    /// <summary>Gets the proportion 0.</summary>
    public static Proportion Zero => default;

    /// <summary>Gets the proportion 1 (100%).</summary>
    public static Proportion One { get; } = new(1m);

    /// <summary>Gets the exact value, 0 to 1.</summary>
    public decimal Value { get; }

    /// <summary>Gets the value as a percentage, 0 to 100.</summary>
    public decimal Percent => Value * 100m;

    /// <summary>Gets one minus this proportion.</summary>
    public Proportion Complement => new(1m - Value);

    /// <summary>Tells whether a value is a valid proportion.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when 0 ≤ <paramref name="value"/> ≤ 1.</returns>
    public static bool IsValid(decimal value) => value is >= 0m and <= 1m;

    /// <summary>Creates a proportion from a value between 0 and 1.</summary>
    /// <param name="value">The value, 0 to 1 inclusive.</param>
    /// <returns>The proportion.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 0..1.</exception>
    public static Proportion Of(decimal value) => new(Guard.InRange(value, 0m, 1m));

    /// <summary>Creates a proportion from a percentage, e.g. 30 for 30%.</summary>
    /// <param name="percent">The percentage, 0 to 100 inclusive.</param>
    /// <returns>The proportion.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is outside 0..100.</exception>
    public static Proportion FromPercent(decimal percent) => new(Guard.InRange(percent, 0m, 100m) / 100m);

    /// <summary>Creates the proportion <paramref name="part"/> ÷ <paramref name="whole"/>.</summary>
    /// <param name="part">The part, 0 to <paramref name="whole"/>.</param>
    /// <param name="whole">The whole, above 0.</param>
    /// <returns>The ratio, rounded half away from zero at <see cref="RatioScale"/> places.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> is not positive, or <paramref name="part"/> is outside 0..<paramref name="whole"/>.</exception>
    public static Proportion FromRatio(decimal part, decimal whole)
    {
        if (whole <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(whole), whole, "The whole of a ratio must be positive.");
        }

        Guard.InRange(part, 0m, whole);
        return new(Math.Round(part / whole, RatioScale, MidpointRounding.AwayFromZero));
    }

    /// <summary>Tells whether proportions add up to exactly one.</summary>
    /// <param name="proportions">The proportions.</param>
    /// <returns><see langword="true"/> when their exact sum is 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proportions"/> is <see langword="null"/>.</exception>
    public static bool SumsToOne(IEnumerable<Proportion> proportions)
    {
        ArgumentNullException.ThrowIfNull(proportions);
        var sum = 0m;
        foreach (var proportion in proportions)
        {
            sum += proportion.Value;
        }

        return sum == 1m;
    }

    /// <summary>Compares two proportions.</summary>
    /// <param name="left">The first proportion.</param>
    /// <param name="right">The second proportion.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower.</returns>
    public static bool operator <(Proportion left, Proportion right) => left.Value < right.Value;

    /// <summary>Compares two proportions.</summary>
    /// <param name="left">The first proportion.</param>
    /// <param name="right">The second proportion.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher.</returns>
    public static bool operator >(Proportion left, Proportion right) => left.Value > right.Value;

    /// <summary>Compares two proportions.</summary>
    /// <param name="left">The first proportion.</param>
    /// <param name="right">The second proportion.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower or equal.</returns>
    public static bool operator <=(Proportion left, Proportion right) => left.Value <= right.Value;

    /// <summary>Compares two proportions.</summary>
    /// <param name="left">The first proportion.</param>
    /// <param name="right">The second proportion.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher or equal.</returns>
    public static bool operator >=(Proportion left, Proportion right) => left.Value >= right.Value;

    /// <inheritdoc />
    public int CompareTo(Proportion other) => Value.CompareTo(other.Value);

    /// <summary>Formats the proportion as a percentage, rounded half away from zero.</summary>
    /// <param name="decimals">Decimal places of the percentage, 0 to 8.</param>
    /// <returns>The percentage, e.g. <c>12.50%</c>.</returns>
    public string ToPercentString(int decimals = 2) =>
        ScoreRounding.AtScale(decimals).Apply(Percent).ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary>Formats the exact value with the invariant culture.</summary>
    /// <returns>The value, e.g. <c>0.3</c>.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
