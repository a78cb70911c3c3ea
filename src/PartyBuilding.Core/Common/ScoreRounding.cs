namespace PartyBuilding.Core.Common;

/// <summary>
/// The explicit rounding policy of the library: round half away from zero (四舍五入) at a fixed number
/// of decimal places.
/// </summary>
/// <remarks>
/// <para>Scores are carried exactly (as <see cref="decimal"/>) through every computation and are rounded only
/// where a result is published: a component score, a total, a line of a breakdown. Rounding is never implicit.</para>
/// <para><see cref="MidpointRounding.AwayFromZero"/> is the rounding that Chinese official scoring (四舍五入)
/// uses: 2.345 → 2.35 and −2.345 → −2.35 at two places. Banker's rounding (to even) is never used.</para>
/// <para>The default scale is <see cref="DefaultScale"/> (two decimal places, e.g. <c>87.35</c>), the precision in
/// which assessment tables are published. Immutable and thread-safe.</para>
/// </remarks>
public readonly record struct ScoreRounding
{
    /// <summary>The default number of decimal places of published scores: 2.</summary>
    public const int DefaultScale = 2;

    /// <summary>The largest supported number of decimal places: 8.</summary>
    public const int MaxScale = 8;

    private ScoreRounding(int scale) => Scale = scale;

    /// <summary>Gets the default policy: half away from zero at <see cref="DefaultScale"/> places.</summary>
    public static ScoreRounding Default { get; } = new(DefaultScale);

    /// <summary>Gets the number of decimal places kept.</summary>
    public int Scale { get; }

    /// <summary>Gets the smallest step at this scale, e.g. 0.01 at two places.</summary>
    public decimal Unit => 1m / Pow10(Scale);

    /// <summary>Creates a policy with the given number of decimal places.</summary>
    /// <param name="scale">Decimal places, 0 to <see cref="MaxScale"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is outside 0..<see cref="MaxScale"/>.</exception>
    public static ScoreRounding AtScale(int scale) => new(Guard.InRange(scale, 0, MaxScale));

    /// <summary>Rounds a value half away from zero at this policy's scale.</summary>
    /// <param name="value">The exact value.</param>
    /// <returns>The rounded value, carrying exactly <see cref="Scale"/> decimal places.</returns>
    public decimal Apply(decimal value)
    {
        // Adding a zero that carries Scale places normalises the representation (2.5 and 2.50 are
        // equal but print differently): a published figure always shows exactly Scale places.
        return Math.Round(value, Scale, MidpointRounding.AwayFromZero) + ZeroAtScale;
    }

    /// <summary>Rounds a value towards negative infinity at this policy's scale.</summary>
    /// <param name="value">The exact value.</param>
    /// <returns>The largest multiple of <see cref="Unit"/> not above <paramref name="value"/>.</returns>
    public decimal Floor(decimal value) => (Math.Floor(value * Pow10(Scale)) / Pow10(Scale)) + ZeroAtScale;

    private decimal ZeroAtScale => 0m * Unit;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"half away from zero at {Scale} decimal places");

    private static decimal Pow10(int scale)
    {
        var result = 1m;
        for (var i = 0; i < scale; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
