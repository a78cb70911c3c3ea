using System.Text;
using System.Text.Json;

namespace PartyBuilding.Fuzz;

/// <summary>One input of the fuzz run: the document, the kind it is read as, and how it was made (to reproduce it: same seed, same index).</summary>
internal sealed record FuzzInput(long Index, string SeedPath, string Kind, byte[] Bytes, string Recipe);

/// <summary>
/// Makes input number <c>i</c> of a run from the run's seed alone (so a run is reproducible and can be split or resumed):
/// one to three stacked mutations of a seed document, or a generated document.
/// </summary>
internal sealed class Mutator(SeedCorpus corpus)
{
    private static readonly string[] Numbers =
    [
        "0", "-0", "-1", "1.5", "100", "100.0000000000000000000000001", "101", "-100", "1e400", "-1e400", "1e-400", "1E+28",
        "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950335",
        "0.0000000000000000000000000001", "0.00000000000000000000000000001", "2147483647", "2147483648", "-2147483649",
        "9223372036854775808", "123456789012345678901234567890.123", "1" + new string('0', 400), "0." + new string('9', 60),
    ];

    private static readonly string[] Strings =
    [
        "\"\"", "\" \"", "\"2024-02-30\"", "\"2024-02-29\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"-0001-01-01\"", "\"2024-13\"", "\"2024-00\"",
        "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"BZ-001\"", "\"BZ-WC\"", "\"A\"", "\"has space\"", "\"Good\"", "\"Veto\"", "\"None\"",
        "\"trimmed-mean\"", "\"median\"", "\"thresholds\"", "\"quota\"", "\"dense\"", "\"1.0\"", "\"2.0\"", "\"1e400\"", "\"-1\"", "\"NaN\"",
        "\"\\u202e\\u200b\\ufeff\"", "\"党建\"", "\"" + new string('x', 70) + "\"", "\"" + new string('长', 5000) + "\"",
    ];

    private static readonly string[] Others = ["null", "true", "false", "[]", "{}", "[null]", "{\"\":null}", "[[]]", "[{}]", "[1,2,3]"];

    private static readonly string[] Versions = ["1.0", "1", "1.9", "1.", "2.0", "0.9", "", "01.0", "1.0.0"];

    private static readonly Func<Mutator, Random, byte[], ImmutableArray<JsonToken>, (byte[] Bytes, string Name)?>[] Mutations =
    [
        static (m, r, b, t) => m.FlipBits(r, b),
        static (m, r, b, t) => m.SetBytes(r, b),
        static (m, r, b, t) => m.Truncate(r, b),
        static (m, r, b, t) => m.SwapValues(r, b, t),
        static (m, r, b, t) => m.ReplaceValue(r, b, t, Pick(r, Numbers), "huge-or-odd-number"),
        static (m, r, b, t) => m.ReplaceValue(r, b, t, Pick(r, Strings), "odd-string"),
        static (m, r, b, t) => m.ReplaceValue(r, b, t, Pick(r, Others), "wrong-kind-of-value"),
        static (m, r, b, t) => m.ReplaceValue(r, b, t, Nesting(r), "deep-nesting"),
        static (m, r, b, t) => m.DuplicateKey(r, b, t),
        static (m, r, b, t) => m.RepeatArrayItem(r, b, t),
        static (m, r, b, t) => m.RemoveProperty(r, b, t),
        static (m, r, b, t) => m.InsertUnicode(r, b, t),
        static (m, r, b, t) => m.ChangeEnvelope(r, b, t),
        static (m, r, b, t) => m.Splice(r, b, t),
        static (m, r, b, t) => m.SwapNumbers(r, b, t),
    ];

    /// <summary>Makes input number <paramref name="index"/> of the run with seed <paramref name="runSeed"/>.</summary>
    public FuzzInput Make(int runSeed, long index)
    {
        var random = new Random(Mix(runSeed, index));
        if (random.Next(10) == 0)
        {
            var kind = Pick(random, DocumentKind.All).Kind;
            return new FuzzInput(index, "generated", kind, Generate(random, kind), "generated");
        }

        var seed = corpus.Seeds[random.Next(corpus.Seeds.Length)];
        var readAs = seed.Kind is null || random.Next(20) == 0 ? Pick(random, DocumentKind.All).Kind : seed.Kind;
        var bytes = seed.Bytes;
        var tokens = seed.Tokens;
        var recipe = new List<string>();
        var steps = 1 + random.Next(3);
        for (var step = 0; step < steps; step++)
        {
            var mutation = Mutations[random.Next(Mutations.Length)](this, random, bytes, tokens);
            if (mutation is not { } done)
            {
                continue;
            }

            bytes = done.Bytes;
            recipe.Add(done.Name);
            // Structure-aware mutations need the tokens again; past 64 KiB the later steps are byte-level only, to keep inputs cheap.
            tokens = step + 1 < steps && bytes.Length < 64 * 1024 ? JsonToken.Scan(bytes) : [];
        }

        return new FuzzInput(index, seed.Path, readAs, bytes, recipe.Count == 0 ? "unchanged" : string.Join('+', recipe));
    }

    /// <summary>Mixes the run seed and the index into the seed of one input's random source (SplitMix64).</summary>
    internal static int Mix(int runSeed, long index)
    {
        unchecked
        {
            var z = ((ulong)(uint)runSeed << 32) ^ (ulong)index;
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)(z ^ (z >> 31));
        }
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static T Pick<T>(Random random, ImmutableArray<T> items) => items[random.Next(items.Length)];

    private static string Nesting(Random random)
    {
        var depth = Pick(random, new[] { 10, 62, 63, 64, 65, 200, 5_000, 100_000 });
        return random.Next(2) == 0
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
    }

    /// <summary>The bytes with <paramref name="length"/> bytes at <paramref name="start"/> replaced.</summary>
    internal static byte[] Replace(byte[] bytes, int start, int length, ReadOnlySpan<byte> with)
    {
        var result = new byte[bytes.Length - length + with.Length];
        bytes.AsSpan(0, start).CopyTo(result);
        with.CopyTo(result.AsSpan(start));
        bytes.AsSpan(start + length).CopyTo(result.AsSpan(start + with.Length));
        return result;
    }

    private static JsonToken? PickToken(Random random, ImmutableArray<JsonToken> tokens, Func<JsonToken, bool> where)
    {
        if (tokens.IsDefaultOrEmpty)
        {
            return null;
        }

        // A few tries at random positions are enough, and keep large documents cheap.
        for (var i = 0; i < 16; i++)
        {
            var token = tokens[random.Next(tokens.Length)];
            if (where(token))
            {
                return token;
            }
        }

        return null;
    }

    private (byte[], string)? FlipBits(Random random, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return null;
        }

        var result = (byte[])bytes.Clone();
        for (var i = 1 + random.Next(8); i > 0; i--)
        {
            result[random.Next(result.Length)] ^= (byte)(1 << random.Next(8));
        }

        return (result, "flip-bits");
    }

    private (byte[], string)? SetBytes(Random random, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return null;
        }

        byte[] interesting = [0x00, 0xFF, (byte)'"', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', (byte)'\\', (byte)'-', (byte)'9', 0xC0, 0xED, 0xF4, 0x80];
        var result = (byte[])bytes.Clone();
        for (var i = 1 + random.Next(4); i > 0; i--)
        {
            result[random.Next(result.Length)] = random.Next(2) == 0 ? interesting[random.Next(interesting.Length)] : (byte)random.Next(256);
        }

        return (result, "set-bytes");
    }

    private (byte[], string)? Truncate(Random random, byte[] bytes) =>
        bytes.Length == 0 ? null : (bytes[..random.Next(bytes.Length)], "truncate");

    private (byte[], string)? SwapValues(Random random, byte[] bytes, ImmutableArray<JsonToken> tokens)
    {
        if (PickToken(random, tokens, t => t.IsValue && t.Depth > 0) is not { } a
            || PickToken(random, tokens, t => t.IsValue && t.Depth > 0 && (t.ValueEnd <= a.Start || t.Start >= a.ValueEnd)) is not { } b)
        {
            return null;
        }

        var (first, second) = a.Start < b.Start ? (a, b) : (b, a);
        var result = new List<byte>(bytes.Length);
        result.AddRange(bytes.AsSpan(0, first.Start));
        result.AddRange(bytes.AsSpan(second.Start, second.ValueLength));
        result.AddRange(bytes.AsSpan(first.ValueEnd, second.Start - first.ValueEnd));
        result.AddRange(bytes.AsSpan(first.Start, first.ValueLength));
        result.AddRange(bytes.AsSpan(second.ValueEnd));
        return ([.. result], "swap-values");
    }

    private (byte[], string)? SwapNumbers(Random random, byte[] bytes, ImmutableArray<JsonToken> tokens)
    {
        if (PickToken(random, tokens, t => t.Type == JsonTokenType.Number) is not { } number)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes, number.Start, number.Length);
        var changed = random.Next(6) switch
        {
            0 => "-" + text,
            1 => text + "0000000000000",
            2 => text + "e" + random.Next(-40, 40).ToString(CultureInfo.InvariantCulture),
            3 => (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d < decimal.MaxValue - 1 ? d + 1 : 1).ToString(CultureInfo.InvariantCulture),
            4 => (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var e) && e > decimal.MinValue + 1 ? e - 1 : -1).ToString(CultureInfo.InvariantCulture),
            _ => text + "." + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture),
        };
        return (Replace(bytes, number.Start, number.Length, Encoding.UTF8.GetBytes(changed)), "nudge-number");
    }

    private (byte[], string)? ReplaceValue(Random random, byte[] bytes, ImmutableArray<JsonToken> tokens, string value, string name) =>
        PickToken(random, tokens, t => t.IsValue && t.Depth > 0) is { } token
            ? (Replace(bytes, token.Start, token.ValueLength, Encoding.UTF8.GetBytes(value)), name)
            : null;

    private (byte[], string)? DuplicateKey(Random random, byte[] bytes, ImmutableArray<JsonToken> tokens)
    {
        if (PickToken(random, tokens, t => t.IsPropertyName) is not { } name)
        {
            return null;
        }

        var value = tokens.FirstOrDefault(t => t.Start >= name.Start + name.Length && t.IsValue);
        if (value.ValueEnd == 0)
        {
            return null;
        }

        var copy = ",".Select(c => (byte)c).Concat(bytes.AsSpan(name.Start, value.ValueEnd - name.Start).ToArray()).ToArray();
        return (Replace(bytes, value.ValueEnd, 0, copy), "duplicate-key");
    }

    private (byte[], string)? RepeatArrayItem(Random random, byte[] bytes, ImmutableArray<JsonToken> tokens)
    {
        if (PickToken(random, tokens, t => t.Type == JsonTokenType.StartArray && t.ValueLength > 2) is not { } array)
        {
            return null;
        }

        var item = tokens.FirstOrDefault(t => t.Start > array.Start && t.IsValue);
        if (item.ValueEnd == 0 || item.ValueEnd > array.ValueEnd)
        {
            return null;
        }

        var times = Pick(random, new[] { 1, 2, 10, 1000 });
        var one = bytes.AsSpan(item.Start, item.ValueLength).ToArray();
        var insert = new List<byte>(times * (one.Length + 1));
        for (var i = 0; i < times && insert.Count < 256 * 1024; i++)
        {
            insert.Add((byte)',');
            insert.AddRange(one);
        }

        return (Replace(bytes, item.ValueEnd, 0, [.. insert]), "repeat-array-item");
    }

    private (byte[], string)? RemoveProperty(Random random, byte[] bytes, ImmutableArray<JsonToken> tokens)
    {
        if (PickToken(random, tokens, t => t.IsPropertyName) is not { } name)
        {
            return null;
        }

        var value = tokens.FirstOrDefault(t => t.Start >= name.Start + name.Length && t.IsValue);
        if (value.ValueEnd == 0)
        {
            return null;
        }

        var start = name.Start;
        var end = value.ValueEnd;
        var next = end;
        while (next < bytes.Length && bytes[next] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            next++;
        }

        if (next < bytes.Length && bytes[next] == (byte)',')
        {
            end = next + 1;
        }
        else
        {
            var previous = start - 1;
            while (previous >= 0 && bytes[previous] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                previous--;
            }

            if (previous >= 0 && bytes[previous] == (byte)',')
            {
                start = previous;
            }
        }

        return (Replace(bytes, start, end - start, []), "remove-property");
    }

    private (byte[], string)? InsertUnicode(Random random, byte[] bytes, ImmutableArray<JsonToken> tokens)
    {
        var text = new StringBuilder();
        for (var i = 1 + random.Next(12); i > 0; i--)
        {
            text.Append(random.Next(6) switch
            {
                0 => ((char)random.Next(0x4E00, 0x9FFF)).ToString(),
                1 => char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF)),
                2 => "\u202E\u200B\uFEFF"[random.Next(3)].ToString(),
                3 => "\\u" + random.Next(0xD800, 0xE000).ToString("x4", CultureInfo.InvariantCulture),
                4 => ((char)random.Next(0x20, 0x7F)).ToString(),
                _ => char.ConvertFromUtf32(random.Next(0x80, 0x2FFFF) is var c && c is >= 0xD800 and < 0xE000 ? 0xFFFD : c),
            });
        }

        var insert = Encoding.UTF8.GetBytes(text.ToString());
        if (random.Next(8) == 0)
        {
            // Raw bytes that are not UTF-8 at all.
            insert = [.. insert, 0xC3, 0x28, 0xA0, 0xA1, 0xF0, 0x28, 0x8C, 0xBC];
        }

        var at = PickToken(random, tokens, t => t.Type is JsonTokenType.String or JsonTokenType.PropertyName) is { } s
            ? s.Start + 1 + random.Next(Math.Max(1, s.Length - 1))
            : random.Next(bytes.Length + 1);
        return (Replace(bytes, Math.Min(at, bytes.Length), 0, insert), "insert-unicode");
    }

    private (byte[], string)? ChangeEnvelope(Random random, byte[] bytes, ImmutableArray<JsonToken> tokens)
    {
        var names = tokens.Where(t => t.IsPropertyName && t.Depth == 1).ToList();
        if (names.Count == 0)
        {
            return null;
        }

        var name = names[random.Next(names.Count)];
        var value = tokens.FirstOrDefault(t => t.Start >= name.Start + name.Length && t.IsValue);
        var property = Encoding.UTF8.GetString(bytes, name.Start, name.Length);
        var replacement = property switch
        {
            "\"kind\"" => JsonSerializer.Serialize(Pick(random, DocumentKind.All).Kind),
            "\"schemaVersion\"" => JsonSerializer.Serialize(Pick(random, Versions)),
            _ => Pick(random, Others),
        };
        return (Replace(bytes, value.Start, value.ValueLength, Encoding.UTF8.GetBytes(replacement)), "envelope");
    }

    private (byte[], string)? Splice(Random random, byte[] bytes, ImmutableArray<JsonToken> tokens)
    {
        var donor = corpus.Seeds[random.Next(corpus.Seeds.Length)];
        if (PickToken(random, tokens, t => t.IsValue && t.Depth > 0) is not { } target
            || PickToken(random, donor.Tokens, t => t.IsValue && t.Depth > 0 && t.ValueLength < 200_000) is not { } part)
        {
            return null;
        }

        return (Replace(bytes, target.Start, target.ValueLength, donor.Bytes.AsSpan(part.Start, part.ValueLength)), "splice");
    }

    /// <summary>A generated document: an envelope (sometimes a wrong one) around random content built from the seeds' property names.</summary>
    private byte[] Generate(Random random, string kind)
    {
        var text = new StringBuilder();
        text.Append("{\"schemaVersion\":").Append(JsonSerializer.Serialize(random.Next(5) == 0 ? Pick(random, Versions) : "1.0"))
            .Append(",\"kind\":").Append(JsonSerializer.Serialize(kind))
            .Append(",\"content\":");
        Value(random, text, 0, forceObject: true);
        text.Append('}');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private void Value(Random random, StringBuilder text, int depth, bool forceObject = false)
    {
        var choice = forceObject ? 0 : random.Next(depth > 6 ? 4 : 6);
        switch (choice)
        {
            case 0 or 4:
                text.Append('{');
                for (var i = random.Next(8); i > 0; i--)
                {
                    text.Append(JsonSerializer.Serialize(Pick(random, corpus.PropertyNames))).Append(':');
                    Value(random, text, depth + 1);
                    text.Append(i > 1 ? "," : string.Empty);
                }

                text.Append('}');
                break;
            case 5:
                text.Append('[');
                for (var i = random.Next(6); i > 0; i--)
                {
                    Value(random, text, depth + 1);
                    text.Append(i > 1 ? "," : string.Empty);
                }

                text.Append(']');
                break;
            case 1:
                text.Append(Pick(random, Numbers));
                break;
            case 2:
                text.Append(Pick(random, Strings));
                break;
            default:
                text.Append(Pick(random, Others));
                break;
        }
    }
}
