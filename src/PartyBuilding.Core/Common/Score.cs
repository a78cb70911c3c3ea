using System.Diagnostics;
using System.Text.Json.Serialization;

namespace PartyBuilding.Core.Common;

/// <summary>
/// A score (分值): an exact <see cref="decimal"/> number of points, as awarded, deducted or totalled by
/// every evaluation of the library.
/// </summary>
/// <remarks>
/// <para>Arithmetic on scores is exact: addition, subtraction and multiplication by a <see cref="Proportion"/>
/// never round. Rounding happens only through <see cref="Round(ScoreRounding)"/>, half away from zero
/// (四舍五入) at the scale of the <see cref="ScoreRounding"/> (two places by default).</para>
/// <para>A score may be negative (a deduction line) and is not bounded: bounds such as "0 to 100" are rules of a
/// scheme, applied and explained by the scheme's strategies. Immutable and thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{Value}")]
[JsonConverter(typeof(ScoreConverter))]
public readonly record struct Score : IComparable<Score>
{
    /// <summary>Initializes a score with an exact number of points.</summary>
    /// <param name="value">The points.</param>
    public Score(decimal value) => Value = value;

    /// <summary>Gets a score of zero points.</summary>
    public static Score Zero => default;

    /// <summary>Gets the exact number of points.</summary>
    public decimal Value { get; }

    /// <summary>Creates a score of an exact number of points.</summary>
    /// <param name="points">The points.</param>
    /// <returns>The score.</returns>
    public static Score Of(decimal points) => new(points);

    /// <summary>Adds two scores exactly.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>The exact sum.</returns>
    public static Score operator +(Score left, Score right) => new(left.Value + right.Value);

    /// <summary>Subtracts one score from another exactly.</summary>
    /// <param name="left">The minuend.</param>
    /// <param name="right">The subtrahend.</param>
    /// <returns>The exact difference.</returns>
    public static Score operator -(Score left, Score right) => new(left.Value - right.Value);

    /// <summary>Negates a score.</summary>
    /// <param name="score">The score.</param>
    /// <returns>The negated score.</returns>
    public static Score operator -(Score score) => new(-score.Value);

    /// <summary>Weights a score by a proportion exactly (no rounding).</summary>
    /// <param name="score">The score.</param>
    /// <param name="weight">The proportion, 0 to 1.</param>
    /// <returns>The exact product.</returns>
    public static Score operator *(Score score, Proportion weight) => new(score.Value * weight.Value);

    /// <summary>Compares two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower.</returns>
    public static bool operator <(Score left, Score right) => left.Value < right.Value;

    /// <summary>Compares two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher.</returns>
    public static bool operator >(Score left, Score right) => left.Value > right.Value;

    /// <summary>Compares two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower or equal.</returns>
    public static bool operator <=(Score left, Score right) => left.Value <= right.Value;

    /// <summary>Compares two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher or equal.</returns>
    public static bool operator >=(Score left, Score right) => left.Value >= right.Value;

    /// <summary>Adds scores exactly.</summary>
    /// <param name="scores">The scores.</param>
    /// <returns>The exact sum; <see cref="Zero"/> for none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is <see langword="null"/>.</exception>
    public static Score Sum(IEnumerable<Score> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var total = 0m;
        foreach (var score in scores)
        {
            total += score.Value;
        }

        return new(total);
    }

    /// <summary>Gets the lower of two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>The lower score.</returns>
    public static Score Min(Score left, Score right) => left <= right ? left : right;

    /// <summary>Gets the higher of two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>The higher score.</returns>
    public static Score Max(Score left, Score right) => left >= right ? left : right;

    /// <summary>Limits this score to a closed range.</summary>
    /// <param name="min">The lowest allowed score.</param>
    /// <param name="max">The highest allowed score.</param>
    /// <returns>The score, raised to <paramref name="min"/> or lowered to <paramref name="max"/> when outside.</returns>
    /// <exception cref="ArgumentException"><paramref name="min"/> is above <paramref name="max"/>.</exception>
    public Score Clamp(Score min, Score max)
    {
        if (min > max)
        {
            throw new ArgumentException($"The range is empty: {min} is above {max}.", nameof(min));
        }

        return Max(min, Min(this, max));
    }

    /// <summary>Rounds this score half away from zero (四舍五入) at the policy's scale.</summary>
    /// <param name="rounding">The rounding policy.</param>
    /// <returns>The rounded score.</returns>
    public Score Round(ScoreRounding rounding) => new(rounding.Apply(Value));

    /// <summary>Rounds this score half away from zero at <see cref="ScoreRounding.DefaultScale"/> places.</summary>
    /// <returns>The rounded score.</returns>
    public Score Round() => Round(ScoreRounding.Default);

    /// <inheritdoc />
    public int CompareTo(Score other) => Value.CompareTo(other.Value);

    /// <summary>Formats the exact value with the invariant culture.</summary>
    /// <returns>The value, e.g. <c>87.35</c>.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
