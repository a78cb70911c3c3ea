using System.Diagnostics;
using System.Text.Json.Serialization;

namespace PartyBuilding.Core.Common;

/// <summary>
/// An exact share (比例、份额) from 0 to 1, held as a normalised fraction <see cref="Numerator"/> / <see cref="Denominator"/>,
/// for a threshold that is compared with counts: a quorum (6 of 9 raters against 2/3), a share of ratings dropped at
/// each end of a trimmed mean. Two thirds is exactly 2/3.
/// </summary>
/// <remarks>
/// <para><b>Why a type of its own, not an exact mode of <see cref="Proportion"/>.</b> A <see cref="Proportion"/> is a
/// decimal that is <em>multiplied into a score</em> (a component weight, an annual proportion): the product is a score,
/// carried exactly and rounded only where it is published. A share is a threshold <em>compared with counts</em>: the
/// only question is whether <c>cast / eligible ≥ numerator / denominator</c>, and it is answered in whole numbers,
/// <c>cast × denominator ≥ numerator × eligible</c>, never through a rounded decimal. A decimal cannot hold 2/3: as a
/// <see cref="Proportion"/> it was 0.6666666667, so 6 of 9 (6 &lt; 0.6666666667 × 9 = 6.0000000003) was refused. Giving
/// the threshold its own type makes the comparison impossible to get wrong and keeps weights decimal, where decimal
/// arithmetic is what a published table does.</para>
/// <para>Read as a fraction <c>"2/3"</c> or as a decimal (<c>0.8</c> or <c>"0.8"</c>, which is 4/5). Normalised:
/// 2/4 equals 1/2. The share remembers whether it was written as a fraction or as a decimal, and
/// <see cref="ToDisplayString"/> prints it the same way (<c>2/3</c>, <c>80%</c>); the notation takes no part in equality
/// or order. Immutable and thread-safe; <see langword="default"/> is 0.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(ShareConverter))]
public readonly record struct Share : IComparable<Share>
{
    /// <summary>The most decimal places a share written as a decimal may have: 18.</summary>
    public const int MaxDecimalPlaces = 18;

    private const string DecimalFormat = "0.##################";

    // The denominator is stored minus one so that default(Share) is 0/1.
    private readonly long _numerator;
    private readonly long _denominatorMinusOne;
    private readonly bool _writtenAsFraction;

    private Share(long numerator, long denominator, bool writtenAsFraction)
    {
        var divisor = Gcd(numerator, denominator);
        _numerator = numerator / divisor;
        _denominatorMinusOne = (denominator / divisor) - 1;
        _writtenAsFraction = writtenAsFraction;
    }

    /// <summary>Gets the share 0 (written as the decimal 0): no threshold.</summary>
    public static Share Zero => default;

    /// <summary>Gets the share 1 (written as the decimal 1): everyone.</summary>
    public static Share One { get; } = new(1, 1, writtenAsFraction: false);

    /// <summary>Gets the numerator of the normalised fraction, 0 to <see cref="Denominator"/>.</summary>
    public long Numerator => _numerator;

    /// <summary>Gets the denominator of the normalised fraction, 1 or more.</summary>
    public long Denominator => _denominatorMinusOne + 1;

    /// <summary>Gets whether the share was written as a fraction (<c>2/3</c>) rather than as a decimal (<c>0.8</c>); it is printed the same way.</summary>
    public bool IsWrittenAsFraction => _writtenAsFraction;

    /// <summary>Creates the share <paramref name="numerator"/> / <paramref name="denominator"/>, written as a fraction.</summary>
    /// <param name="numerator">The numerator, 0 to <paramref name="denominator"/>.</param>
    /// <param name="denominator">The denominator, 1 or more.</param>
    /// <returns>The normalised share, e.g. 1/2 for 2/4.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is below 1, or <paramref name="numerator"/> is outside 0..<paramref name="denominator"/>.</exception>
    public static Share Of(long numerator, long denominator)
    {
        if (denominator < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "The denominator of a share must be 1 or more.");
        }

        if (numerator < 0 || numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, "A share is from 0 to 1: the numerator lies from 0 to the denominator.");
        }

        return new(numerator, denominator, writtenAsFraction: true);
    }

    /// <summary>Creates a share from a decimal, exactly (0.8 is 4/5), written as a decimal.</summary>
    /// <param name="value">The value, 0 to 1, with at most <see cref="MaxDecimalPlaces"/> decimal places.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 0..1.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> has more than <see cref="MaxDecimalPlaces"/> decimal places.</exception>
    public static Share FromDecimal(decimal value)
    {
        if (value is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A share is from 0 to 1.");
        }

        return TryFromDecimal(value, out var share)
            ? share
            : throw new ArgumentException($"A share written as a decimal has at most {MaxDecimalPlaces} decimal places; write a fraction such as 2/3 instead.", nameof(value));
    }

    /// <summary>Reads a share written as a fraction (<c>2/3</c>) or as a decimal (<c>0.8</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a share from 0 to 1; the message says why.</exception>
    public static Share Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryRead(text, out var share, out _, out var message) ? share : throw new FormatException(message);
    }

    /// <summary>Tries to read a share written as a fraction (<c>2/3</c>) or as a decimal (<c>0.8</c>).</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="share">The share, or 0 when the text is not one.</param>
    /// <returns><see langword="true"/> when the text is a share from 0 to 1.</returns>
    public static bool TryParse(string? text, out Share share) => TryRead(text, out share, out _, out _);

    /// <summary>Tells whether a count reaches this share of a total: <c>count × denominator ≥ numerator × total</c>, in whole numbers.</summary>
    /// <param name="count">The count, e.g. the ballots cast; 0 or more.</param>
    /// <param name="total">The total, e.g. the eligible raters; 0 or more.</param>
    /// <returns><see langword="true"/> when <paramref name="count"/> ÷ <paramref name="total"/> is at least this share (always for a share of 0).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> or <paramref name="total"/> is negative.</exception>
    public bool IsReachedBy(int count, int total)
    {
        Guard.InRange(count, 0, int.MaxValue);
        Guard.InRange(total, 0, int.MaxValue);
        return (Int128)count * Denominator >= (Int128)_numerator * total;
    }

    /// <summary>Gets the smallest count that reaches this share of a total: ⌈numerator × total ÷ denominator⌉.</summary>
    /// <param name="total">The total, 0 or more.</param>
    /// <returns>The smallest count, 0 to <paramref name="total"/>; e.g. 6 for 2/3 of 9, 25 for 4/5 of 31.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative.</exception>
    public int MinimumCountOf(int total)
    {
        Guard.InRange(total, 0, int.MaxValue);
        var product = (Int128)_numerator * total;
        return (int)((product + Denominator - 1) / Denominator);
    }

    /// <summary>Gets this share of a count, rounded down to a whole number: ⌊numerator × count ÷ denominator⌋.</summary>
    /// <param name="count">The count, 0 or more.</param>
    /// <returns>The whole part, 0 to <paramref name="count"/>; e.g. 3 for 1/3 of 10.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public int FloorOf(int count)
    {
        Guard.InRange(count, 0, int.MaxValue);
        return (int)((Int128)_numerator * count / Denominator);
    }

    /// <summary>Compares two shares exactly.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower.</returns>
    public static bool operator <(Share left, Share right) => left.CompareTo(right) < 0;

    /// <summary>Compares two shares exactly.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher.</returns>
    public static bool operator >(Share left, Share right) => left.CompareTo(right) > 0;

    /// <summary>Compares two shares exactly.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower or equal.</returns>
    public static bool operator <=(Share left, Share right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two shares exactly.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher or equal.</returns>
    public static bool operator >=(Share left, Share right) => left.CompareTo(right) >= 0;

    /// <summary>Compares this share with another exactly (by cross-multiplication).</summary>
    /// <param name="other">The other share.</param>
    /// <returns>Below zero, zero or above zero as this share is lower than, equal to or higher than <paramref name="other"/>.</returns>
    public int CompareTo(Share other) => ((Int128)_numerator * other.Denominator).CompareTo((Int128)other._numerator * Denominator);

    /// <summary>Tells whether two shares are the same number (2/4 equals 1/2, and 4/5 equals 0.8); the notation is ignored.</summary>
    /// <param name="other">The other share.</param>
    /// <returns><see langword="true"/> when both are the same fraction.</returns>
    public bool Equals(Share other) => _numerator == other._numerator && _denominatorMinusOne == other._denominatorMinusOne;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_numerator, _denominatorMinusOne);

    /// <summary>Formats the share for a published text: a fraction as written (<c>2/3</c>), a decimal as an exact percentage (<c>80%</c>, <c>12.5%</c>).</summary>
    /// <returns>The text; the same in Chinese and English.</returns>
    public string ToDisplayString() =>
        _writtenAsFraction
            ? FractionText()
            : ((decimal)_numerator * 100m / Denominator).ToString(DecimalFormat, CultureInfo.InvariantCulture) + "%";

    /// <summary>Formats the share as it is written in a document: a fraction as <c>2/3</c>, a decimal as <c>0.8</c>.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back to an equal share with the same notation.</returns>
    public override string ToString() => _writtenAsFraction ? FractionText() : DecimalText();

    /// <summary>Reads a share, or says why the text is not one.</summary>
    /// <param name="text">The text.</param>
    /// <param name="share">The share.</param>
    /// <param name="outOfRange"><see langword="true"/> when the text is a number, but outside 0..1.</param>
    /// <param name="message">Why the text is not a share.</param>
    /// <returns><see langword="true"/> when the text is a share.</returns>
    internal static bool TryRead(string? text, out Share share, out bool outOfRange, out string message)
    {
        share = default;
        outOfRange = false;
        message = "A share is written as a fraction such as 2/3 or as a decimal such as 0.8.";
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (!long.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var numerator)
                || !long.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var denominator))
            {
                message = $"'{text}' is not a fraction of two whole numbers such as 2/3.";
                return false;
            }

            if (denominator == 0)
            {
                message = $"'{text}' divides by zero: the denominator of a share is 1 or more.";
                return false;
            }

            if (numerator > denominator)
            {
                outOfRange = true;
                message = $"'{text}' is above 1: a share is from 0 to 1.";
                return false;
            }

            share = new(numerator, denominator, writtenAsFraction: true);
            return true;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            message = $"'{text}' is neither a fraction such as 2/3 nor a decimal such as 0.8.";
            return false;
        }

        return TryReadDecimal(value, out share, out outOfRange, out message);
    }

    /// <summary>Reads a share from a decimal, or says why it is not one.</summary>
    /// <param name="value">The value.</param>
    /// <param name="share">The share.</param>
    /// <param name="outOfRange"><see langword="true"/> when the value is outside 0..1.</param>
    /// <param name="message">Why the value is not a share.</param>
    /// <returns><see langword="true"/> when the value is a share.</returns>
    internal static bool TryReadDecimal(decimal value, out Share share, out bool outOfRange, out string message)
    {
        share = default;
        if (value is < 0m or > 1m)
        {
            outOfRange = true;
            message = $"{value.ToString(CultureInfo.InvariantCulture)} is outside 0 to 1: a share is from 0 to 1.";
            return false;
        }

        if (!TryFromDecimal(value, out share))
        {
            outOfRange = false;
            message = $"{value.ToString(CultureInfo.InvariantCulture)} has more than {MaxDecimalPlaces} decimal places; write a fraction such as 2/3 instead.";
            return false;
        }

        outOfRange = false;
        message = string.Empty;
        return true;
    }

    private static bool TryFromDecimal(decimal value, out Share share)
    {
        share = default;
        var scaled = value;
        long denominator = 1;
        var places = 0;
        while (scaled != decimal.Truncate(scaled))
        {
            if (++places > MaxDecimalPlaces)
            {
                return false;
            }

            scaled *= 10m;
            denominator *= 10;
        }

        share = new((long)scaled, denominator, writtenAsFraction: false);
        return true;
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a == 0 ? 1 : a;
    }

    private string FractionText() => string.Create(CultureInfo.InvariantCulture, $"{_numerator}/{Denominator}");

    private string DecimalText() => ((decimal)_numerator / Denominator).ToString(DecimalFormat, CultureInfo.InvariantCulture);
}
