using System.Text;
using System.Text.Json;

namespace PartyBuilding.Core.Common;

/// <summary>
/// The fast paths of the converters: a value read from its UTF-8 bytes in place, without first decoding it to a string,
/// when it is written in the plain form documents use (not escaped, in one piece). Anything else — an escaped text, a
/// value the fast path does not take — goes through the converter's general path, which keeps every refusal (code, path
/// and value) as it was.
/// </summary>
internal static class JsonConverterText
{
    /// <summary>Gets the bytes of the current string token when it is plain (not escaped, in one segment).</summary>
    /// <param name="reader">The reader, on a token.</param>
    /// <param name="utf8">The bytes.</param>
    /// <returns><see langword="true"/> when the token is a plain string.</returns>
    public static bool TryPlainString(ref Utf8JsonReader reader, out ReadOnlySpan<byte> utf8)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            utf8 = reader.ValueSpan;
            return true;
        }

        utf8 = default;
        return false;
    }

    /// <summary>Reads <c>yyyy-MM-dd</c> (year 1 to 9999, a day of its month) as the ISO pattern would.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the text is such a date; otherwise the general path decides.</returns>
    public static bool TryDate(ReadOnlySpan<byte> utf8, out LocalDate date)
    {
        date = default;
        if (utf8.Length != 10 || utf8[4] != '-' || utf8[7] != '-'
            || !TryDigits(utf8[..4], out var year) || !TryDigits(utf8.Slice(5, 2), out var month) || !TryDigits(utf8.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Reads <c>yyyy-MM</c> (year 1 to 9999) as the month pattern would.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="month">The month.</param>
    /// <returns><see langword="true"/> when the text is such a month; otherwise the general path decides.</returns>
    public static bool TryYearMonth(ReadOnlySpan<byte> utf8, out YearMonth month)
    {
        month = default;
        if (utf8.Length != 7 || utf8[4] != '-'
            || !TryDigits(utf8[..4], out var year) || !TryDigits(utf8.Slice(5, 2), out var number)
            || year < 1 || number is < 1 or > 12)
        {
            return false;
        }

        month = new YearMonth(year, number);
        return true;
    }

    /// <summary>Tells whether bytes are identifier text (<see cref="StronglyTypedId.Pattern"/>), without decoding them.</summary>
    /// <param name="utf8">The bytes.</param>
    /// <returns><see langword="true"/> when they are.</returns>
    public static bool IsIdentifier(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length is 0 or > StronglyTypedId.MaxLength || !char.IsAsciiLetterOrDigit((char)utf8[0]))
        {
            return false;
        }

        foreach (var b in utf8[1..])
        {
            if (!char.IsAsciiLetterOrDigit((char)b) && b is not ((byte)'.' or (byte)'_' or (byte)':' or (byte)'-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> utf8, out int value)
    {
        value = 0;
        foreach (var b in utf8)
        {
            // Compared as bytes: a byte below '0' made a negative digit, and its checked conversion to uint threw
            // (OverflowException from a date such as "2019-0/-15"; the long fuzz run of session 21).
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    /// <summary>
    /// Writes <c>yyyy-MM</c> and, with a day, <c>-dd</c> from the numbers, as NodaTime's ISO patterns format a year of 0 to
    /// 9999, without making a string (the receipt's digests write every date of a document).
    /// </summary>
    /// <param name="text">At least 10 bytes.</param>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day, or 0 for a month.</param>
    /// <param name="length">The bytes written.</param>
    /// <returns><see langword="false"/> for a year outside 0 to 9999, which the caller formats with the pattern.</returns>
    public static bool TryFormatIso(Span<byte> text, int year, int month, int day, out int length)
    {
        if (year is < 0 or > 9999)
        {
            length = 0;
            return false;
        }

        Digits(text, year / 100);
        Digits(text[2..], year % 100);
        text[4] = (byte)'-';
        Digits(text[5..], month);
        length = 7;
        if (day != 0)
        {
            text[7] = (byte)'-';
            Digits(text[8..], day);
            length = 10;
        }

        return true;

        static void Digits(Span<byte> text, int value)
        {
            text[0] = (byte)('0' + (value / 10));
            text[1] = (byte)('0' + (value % 10));
        }
    }
}

/// <summary>
/// The texts of identifiers read while one document is bound on this thread, so that an identifier that repeats through a
/// document (a member's or a branch's, on every row) is one string, made once, rather than one string per row. A small
/// table indexed by a hash of the bytes; a text that misses is made and takes the slot. Outside a binding (or on another
/// thread, as an asynchronous binding may run) each text is simply made.
/// </summary>
internal static class IdentifierTexts
{
    private const int Slots = 8192;

    [ThreadStatic]
    private static string?[]? _table;

    [ThreadStatic]
    private static int _depth;

    /// <summary>Starts caching for a binding on this thread; dispose the scope when the binding ends, which forgets the texts.</summary>
    /// <returns>The scope.</returns>
    public static Scope Enter()
    {
        _table ??= new string?[Slots];
        _depth++;
        return default;
    }

    /// <summary>Gets the text of identifier bytes (ASCII, already checked).</summary>
    /// <param name="ascii">The bytes.</param>
    /// <returns>The text: the cached one when these bytes were read before in this binding.</returns>
    public static string Get(ReadOnlySpan<byte> ascii)
    {
        if (_depth == 0 || _table is not { } table)
        {
            return Encoding.ASCII.GetString(ascii);
        }

        var hash = 2166136261u;
        foreach (var b in ascii)
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        ref var slot = ref table[(hash ^ (hash >> 15)) & (Slots - 1)];
        if (slot is { } cached && Ascii.Equals(ascii, cached))
        {
            return cached;
        }

        return slot = Encoding.ASCII.GetString(ascii);
    }

    /// <summary>The caching of one binding; disposing it ends the caching and forgets the texts when it is the outermost.</summary>
    public readonly struct Scope : IDisposable
    {
        /// <inheritdoc />
        public void Dispose()
        {
            if (--_depth == 0 && _table is { } table)
            {
                Array.Clear(table);
            }
        }
    }
}
