using System.Text;
using System.Text.Json;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Serialization;

/// <summary>
/// The strict part of the one pass over a document's text before anything is bound: a property name given twice in one
/// object, also in another letter case (<c>"value": 5, "VALUE": 1</c>), and a number that a <see cref="decimal"/> cannot
/// hold exactly (more than 28–29 significant digits, or out of range) are problems, because the binder would otherwise
/// keep the last name and round the number, and the document would mean something its author did not write. A string or
/// property name holding a control character (<see cref="CommonErrorCodes.ControlCharacter"/>) is a problem too: a name
/// with a line break splits a report's row, a NUL truncates it in C-based tools and a bidirectional override shows a name
/// other than the one stored.
/// </summary>
/// <remarks>
/// Names are compared per object, ignoring ASCII letter case; a name is decoded only when it is escaped or its object is
/// large, so the pass allocates one small set per nesting level. Problems are collected up to <see cref="MaxReported"/>,
/// and the rest counted in one last problem.
/// </remarks>
internal sealed class StrictJsonCheck
{
    /// <summary>The most problems listed one by one; the rest are counted in one more problem.</summary>
    public const int MaxReported = 100;

    // Objects with up to this many properties compare names in place, by bytes; larger ones switch to a set of names.
    private const int LinearNames = 16;

    // Any number of up to this many characters, without an exponent, fits a decimal exactly (at most 28 digits, < 10^28).
    private const int AlwaysExactLength = 28;

    private readonly List<ObjectNames> _objects = [];
    private readonly List<ValidationProblem> _problems = [];
    private int _depth = -1;
    private int _unreported;

    /// <summary>Gets the problems found, with one last problem counting those beyond <see cref="MaxReported"/>.</summary>
    public ImmutableArray<ValidationProblem> Problems =>
        _unreported == 0
            ? [.. _problems]
            : [.. _problems, new ValidationProblem(
                "$",
                CommonErrorCodes.MoreProblems,
                string.Create(CultureInfo.InvariantCulture, $"{_unreported} more problems of the same kinds are not listed (the first {MaxReported} are)."),
                _unreported.ToString(CultureInfo.InvariantCulture))];

    /// <summary>Takes in the token the reader has just read (after the path tracker has).</summary>
    /// <param name="reader">The reader, positioned on a token.</param>
    /// <param name="path">The path tracker, at the token.</param>
    public void Advance(ref Utf8JsonReader reader, JsonPathTracker path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                _depth++;
                if (_depth == _objects.Count)
                {
                    _objects.Add(new ObjectNames());
                }

                _objects[_depth].Clear();
                return;
            case JsonTokenType.EndObject:
                _depth--;
                return;
            case JsonTokenType.PropertyName:
                if (_depth > 0 && (reader.ValueIsEscaped ? Unescaped(ref reader) is null : !System.Text.Unicode.Utf8.IsValid(reader.ValueSpan)))
                {
                    // Inside the content, refused here, at the name, so that a file and the same bytes give one problem: left to
                    // the binder, the path it names differs between reading from bytes and from a stream (fuzz seed 20261207,
                    // input 37896). The envelope's own names are the envelope scan's (JSON.MALFORMED at $).
                    Report(path.Path(), CommonErrorCodes.MalformedJson, "A property name is not valid Unicode text (invalid UTF-8 or a lone surrogate).", null);
                    return;
                }

                if (!_objects[_depth].Add(ref reader))
                {
                    Report(path.Path(), CommonErrorCodes.DuplicateProperty,
                        "A property is given twice in one object (names are compared ignoring letter case); which one is meant is ambiguous.",
                        Visible(reader.GetString()!));
                }

                CheckText(ref reader, path);
                return;
            case JsonTokenType.String:
                CheckText(ref reader, path);
                return;
            case JsonTokenType.Number when !FitsDecimal(reader.ValueSpan, ref reader):
                var text = Encoding.UTF8.GetString(reader.ValueSpan.Length > 64 ? reader.ValueSpan[..64] : reader.ValueSpan);
                Report(path.Path(), CommonErrorCodes.InexactNumber,
                    "The number cannot be held exactly (a decimal has at most 28–29 significant digits and a range of ±79,228,162,514,264,337,593,543,950,335); it is refused, not rounded.",
                    reader.ValueSpan.Length > 64 ? text + "…" : text);
                return;
        }
    }

    private void CheckText(ref Utf8JsonReader reader, JsonPathTracker path)
    {
        if (reader.ValueIsEscaped ? ControlText.Has(Unescaped(ref reader)) : ControlText.Has(reader.ValueSpan))
        {
            Report(path.Path(), CommonErrorCodes.ControlCharacter,
                "A text holds a control character (a line break, tab, NUL, DEL, C1 control, line separator or bidirectional override); a text in a document is one line of visible characters.",
                Visible(reader.GetString()!));
        }
    }

    // An escaped text as written; null when it is not valid Unicode (a lone surrogate), which the binder reports at its path.
    private static string? Unescaped(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    // The offending text as it may be shown: control characters written as \uXXXX, at most 64 characters.
    private static string Visible(string text)
    {
        var shown = new StringBuilder();
        foreach (var c in text.Length > 64 ? text[..64] : text)
        {
            _ = ControlText.Is(c) ? shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : shown.Append(c);
        }

        return text.Length > 64 ? shown.Append('…').ToString() : shown.ToString();
    }

    private void Report(string path, string code, string message, string? value)
    {
        if (_problems.Count < MaxReported)
        {
            _problems.Add(new ValidationProblem(path, code, message, value));
        }
        else
        {
            _unreported++;
        }
    }

    /// <summary>Tells whether a JSON number's text is exactly the value of a <see cref="decimal"/>.</summary>
    private static bool FitsDecimal(ReadOnlySpan<byte> raw, ref Utf8JsonReader reader)
    {
        if (raw.Length <= AlwaysExactLength && raw.IndexOfAny((byte)'e', (byte)'E') < 0)
        {
            return true;
        }

        if (!Number.TryParse(raw, out var written))
        {
            return false;
        }

        if (written.IsZero)
        {
            return true;
        }

        return reader.TryGetDecimal(out var value)
            && Number.TryParse(Encoding.ASCII.GetBytes(value.ToString(CultureInfo.InvariantCulture)), out var held)
            && written.Equals(held);
    }

    /// <summary>The control characters a text in a document must not hold.</summary>
    private static class ControlText
    {
        public static bool Is(char c) => char.IsControl(c) || c is >= '\u2028' and <= '\u202E' or >= '\u2066' and <= '\u2069';

        public static bool Has(string? text)
        {
            foreach (var c in text ?? "")
            {
                if (Is(c))
                {
                    return true;
                }
            }

            return false;
        }

        // An unescaped JSON string holds no C0 control (the reader refuses them), so in its UTF-8 bytes only DEL (7F), a C1
        // control (C2 80–9F), U+2028–U+202E (E2 80 A8–AE) and U+2066–U+2069 (E2 81 A6–A9) can occur.
        public static bool Has(ReadOnlySpan<byte> utf8)
        {
            for (var offset = 0; offset < utf8.Length;)
            {
                var found = utf8[offset..].IndexOfAny((byte)0x7F, (byte)0xC2, (byte)0xE2);
                if (found < 0)
                {
                    return false;
                }

                var i = offset + found;
                var next = i + 1 < utf8.Length ? utf8[i + 1] : (byte)0;
                var third = i + 2 < utf8.Length ? utf8[i + 2] : (byte)0;
                var control = utf8[i] switch
                {
                    0x7F => true,
                    0xC2 => next is >= 0x80 and <= 0x9F,
                    _ => (next == 0x80 && third is >= 0xA8 and <= 0xAE) || (next == 0x81 && third is >= 0xA6 and <= 0xA9),
                };
                if (control)
                {
                    return true;
                }

                offset = i + 1;
            }

            return false;
        }
    }

    /// <summary>The names of one object's properties so far, as copies of their bytes (the text may be read a block at a time).</summary>
    private sealed class ObjectNames
    {
        private readonly List<(int Start, int Length)> _spans = [];
        private byte[] _bytes = new byte[256];
        private int _used;
        private HashSet<string>? _names;
        private bool _decoded;

        public void Clear()
        {
            _spans.Clear();
            _used = 0;
            _names?.Clear();
            _decoded = false;
        }

        /// <summary>Adds the current property name; <see langword="false"/> when the object already has it.</summary>
        public bool Add(ref Utf8JsonReader reader)
        {
            if (!_decoded && !reader.ValueIsEscaped && _spans.Count < LinearNames)
            {
                var name = reader.ValueSpan;
                foreach (var (start, length) in _spans)
                {
                    if (System.Text.Ascii.EqualsIgnoreCase(_bytes.AsSpan(start, length), name))
                    {
                        return false;
                    }
                }

                if (_used + name.Length > _bytes.Length)
                {
                    Array.Resize(ref _bytes, Math.Max(_used + name.Length, _bytes.Length * 2));
                }

                name.CopyTo(_bytes.AsSpan(_used));
                _spans.Add((_used, name.Length));
                _used += name.Length;
                return true;
            }

            if (!_decoded)
            {
                _names ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var (start, length) in _spans)
                {
                    _names.Add(Encoding.UTF8.GetString(_bytes.AsSpan(start, length)));
                }

                _decoded = true;
            }

            return _names!.Add(reader.GetString()!);
        }
    }

    /// <summary>A number written as significant digits and a power of ten: sign × digits × 10^exponent, digits without leading or trailing zeros.</summary>
    private readonly record struct Number(bool Negative, string Digits, long Exponent)
    {
        public bool IsZero => Digits.Length == 0;

        public static bool TryParse(ReadOnlySpan<byte> text, out Number number)
        {
            number = default;
            var i = 0;
            var negative = i < text.Length && text[i] == '-';
            if (negative)
            {
                i++;
            }

            var digits = new StringBuilder();
            long exponent = 0;
            for (; i < text.Length && char.IsAsciiDigit((char)text[i]); i++)
            {
                digits.Append((char)text[i]);
            }

            if (i < text.Length && text[i] == '.')
            {
                for (i++; i < text.Length && char.IsAsciiDigit((char)text[i]); i++)
                {
                    digits.Append((char)text[i]);
                    exponent--;
                }
            }

            if (i < text.Length && text[i] is (byte)'e' or (byte)'E')
            {
                i++;
                var sign = i < text.Length && text[i] == '-' ? -1 : 1;
                if (i < text.Length && text[i] is (byte)'-' or (byte)'+')
                {
                    i++;
                }

                long written = 0;
                for (; i < text.Length && char.IsAsciiDigit((char)text[i]); i++)
                {
                    // An exponent beyond a billion cannot be exact for a non-zero number; it is kept saturated.
                    written = Math.Min(written * 10 + (text[i] - '0'), 1_000_000_000);
                }

                exponent += sign * written;
            }

            if (i != text.Length)
            {
                return false;
            }

            var significant = digits.ToString().TrimStart('0');
            var trimmed = significant.TrimEnd('0');
            number = new Number(negative && trimmed.Length > 0, trimmed, trimmed.Length == 0 ? 0 : exponent + (significant.Length - trimmed.Length));
            return true;
        }
    }
}
