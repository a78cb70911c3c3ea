using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace PartyBuilding.Fuzz;

/// <summary>
/// The structure-aware half of the harness (<c>--mutator typed</c>): one or two mutations of a seed document that keep it
/// well-formed and keep every value of its JSON type — a number stays a number near its old value or at a bound the
/// library checks, a date stays a date a day, a month or a year away, a string becomes another string of the same
/// document (so identifiers dangle, collide or point at the wrong kind of thing), an array loses or repeats an item, a
/// property takes the value of a property of the same name elsewhere. Such inputs pass the reader far more often than
/// byte-level mutations and so reach the validators and engines, which is where the rules are.
/// </summary>
/// <remarks>
/// Input <c>i</c> depends on the run seed and <c>i</c> only, as for <see cref="Mutator"/>; the two mutators draw from
/// separate streams, so adding this one changed no input of a byte-level run.
/// </remarks>
internal sealed class TypedMutator(SeedCorpus corpus)
{
    private static readonly Func<TypedMutator, Random, byte[], ImmutableArray<JsonToken>, (byte[] Bytes, string Name)?>[] Mutations =
    [
        static (m, r, b, t) => NearbyNumber(r, b, t),
        static (m, r, b, t) => ShiftDate(r, b, t),
        static (m, r, b, t) => ReuseString(r, b, t),
        static (m, r, b, t) => RemoveArrayItem(r, b, t),
        static (m, r, b, t) => RepeatArrayItemOnce(r, b, t),
        static (m, r, b, t) => FlipBoolean(r, b, t),
        static (m, r, b, t) => CopySameNamedValue(r, b, t),
    ];

    private static readonly decimal[] Bounds = [0m, 1m, -1m, 0.5m, 100m, 101m, 1_000_000m, 1_000_001m, 10_000m, 10_001m, 1_000_000_000_000_000m, 1_000_000_000_000_001m];

    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;

    private static readonly YearMonthPattern Month = YearMonthPattern.Iso;

    // The seeds that are library documents (scenario files are mutated by the byte-level mutator, read as any kind).
    private ImmutableArray<Seed> Documents { get; } = [.. corpus.Seeds.Where(s => s.Kind is not null)];

    /// <summary>Makes input number <paramref name="index"/> of the typed run with seed <paramref name="runSeed"/>.</summary>
    public FuzzInput Make(int runSeed, long index)
    {
        // A stream of its own: the byte-level mutator's inputs for the same seed and index are unchanged.
        var random = new Random(Mutator.Mix(runSeed, index) ^ 0x5EED7E5);
        var seed = Documents[random.Next(Documents.Length)];
        var bytes = seed.Bytes;
        var tokens = seed.Tokens;
        var recipe = new List<string>();
        var steps = 1 + random.Next(2);
        for (var step = 0; step < steps && !tokens.IsDefaultOrEmpty; step++)
        {
            if (Mutations[random.Next(Mutations.Length)](this, random, bytes, tokens) is not { } done)
            {
                continue;
            }

            bytes = done.Bytes;
            recipe.Add(done.Name);
            // As in the byte-level mutator, only documents up to 64 KiB are scanned again for a second step.
            tokens = step + 1 < steps && bytes.Length < 64 * 1024 ? JsonToken.Scan(bytes) : [];
        }

        return new FuzzInput(index, seed.Path, seed.Kind!, bytes, recipe.Count == 0 ? "unchanged" : "typed:" + string.Join('+', recipe));
    }

    private static (byte[], string)? NearbyNumber(Random random, byte[] bytes, ImmutableArray<JsonToken> tokens)
    {
        if (Pick(random, tokens, t => t.Type == JsonTokenType.Number) is not { } number
            || !decimal.TryParse(Encoding.UTF8.GetString(bytes, number.Start, number.Length), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var changed = random.Next(8) switch
        {
            0 => value + 1,
            1 => value - 1,
            2 => value * 2,
            3 => -value,
            4 => value + 0.01m,
            5 => Math.Round(value / 3, 4, MidpointRounding.AwayFromZero),
            _ => Bounds[random.Next(Bounds.Length)],
        };
        return (Replace(bytes, number.Start, number.Length, changed.ToString(CultureInfo.InvariantCulture)), "nearby-number");
    }

    private static (byte[], string)? ShiftDate(Random random, byte[] bytes, ImmutableArray<JsonToken> tokens)
    {
        if (Pick(random, tokens, t => t.Type == JsonTokenType.String && t.Length is 9 or 12) is not { } text)
        {
            return null;
        }

        var content = Encoding.UTF8.GetString(bytes, text.Start + 1, text.Length - 2);
        string? shifted = null;
        if (Date.Parse(content) is { Success: true } date)
        {
            var days = new[] { -1, 1, -31, 31, -366, 366 }[random.Next(6)];
            shifted = random.Next(4) == 0
                ? Date.Format(new LocalDate(date.Value.Year, random.Next(2) == 0 ? 1 : 12, random.Next(2) == 0 ? 1 : 31))
                : Date.Format(date.Value.PlusDays(days));
        }
        else if (Month.Parse(content) is { Success: true } month)
        {
            var months = new[] { -1, 1, -12, 12 }[random.Next(4)];
            shifted = Month.Format(month.Value.OnDayOfMonth(1).PlusMonths(months).ToYearMonth());
        }

        return shifted is null ? null : (Replace(bytes, text.Start, text.Length, $"\"{shifted}\""), "shift-date");
    }

    private static (byte[], string)? ReuseString(Random random, byte[] bytes, ImmutableArray<JsonToken> tokens)
    {
        if (Pick(random, tokens, t => t.Type == JsonTokenType.String && t.Depth > 1) is not { } target
            || Pick(random, tokens, t => t.Type == JsonTokenType.String && t.Start != target.Start) is not { } donor)
        {
            return null;
        }

        return (Replace(bytes, target.Start, target.Length, bytes.AsSpan(donor.Start, donor.Length)), "reuse-string");
    }

    private static (byte[], string)? RemoveArrayItem(Random random, byte[] bytes, ImmutableArray<JsonToken> tokens)
    {
        if (ArrayItem(random, tokens) is not { } item)
        {
            return null;
        }

        // The item and one comma next to it (the one after it, or before it for the last item).
        var (start, end) = (item.Start, item.ValueEnd);
        var after = SkipSpace(bytes, end, +1);
        if (after < bytes.Length && bytes[after] == (byte)',')
        {
            end = after + 1;
        }
        else
        {
            var before = SkipSpace(bytes, start - 1, -1);
            if (before >= 0 && bytes[before] == (byte)',')
            {
                start = before;
            }
        }

        return (Replace(bytes, start, end - start, []), "remove-array-item");
    }

    private static (byte[], string)? RepeatArrayItemOnce(Random random, byte[] bytes, ImmutableArray<JsonToken> tokens) =>
        ArrayItem(random, tokens) is { } item
            ? (Replace(bytes, item.ValueEnd, 0, [(byte)',', .. bytes.AsSpan(item.Start, item.ValueLength)]), "repeat-array-item-once")
            : null;

    private static (byte[], string)? FlipBoolean(Random random, byte[] bytes, ImmutableArray<JsonToken> tokens) =>
        Pick(random, tokens, t => t.Type is JsonTokenType.True or JsonTokenType.False) is { } flag
            ? (Replace(bytes, flag.Start, flag.Length, flag.Type == JsonTokenType.True ? "false" : "true"), "flip-boolean")
            : null;

    private static (byte[], string)? CopySameNamedValue(Random random, byte[] bytes, ImmutableArray<JsonToken> tokens)
    {
        if (Pick(random, tokens, t => t.IsPropertyName && t.Depth > 1) is not { } name)
        {
            return null;
        }

        var key = bytes.AsSpan(name.Start, name.Length).ToArray();
        var others = Enumerable.Range(0, tokens.Length)
            .Where(i => tokens[i].IsPropertyName && tokens[i].Start != name.Start && bytes.AsSpan(tokens[i].Start, tokens[i].Length).SequenceEqual(key))
            .ToList();
        if (others.Count == 0)
        {
            return null;
        }

        var target = ValueAfter(tokens, name);
        var donor = ValueAfter(tokens, tokens[others[random.Next(others.Count)]]);
        if (target is not { } t || donor is not { } d || (d.Start < t.ValueEnd && t.Start < d.ValueEnd))
        {
            return null;
        }

        return (Replace(bytes, t.Start, t.ValueLength, bytes.AsSpan(d.Start, d.ValueLength)), "copy-same-named-value");
    }

    private static JsonToken? ValueAfter(ImmutableArray<JsonToken> tokens, JsonToken name)
    {
        var index = tokens.IndexOf(name);
        return index >= 0 && index + 1 < tokens.Length && tokens[index + 1].IsValue ? tokens[index + 1] : null;
    }

    /// <summary>A value directly inside an array (not the array itself).</summary>
    private static JsonToken? ArrayItem(Random random, ImmutableArray<JsonToken> tokens)
    {
        if (Pick(random, tokens, t => t.Type == JsonTokenType.StartArray && t.ValueLength > 2 && t.Depth > 0) is not { } array)
        {
            return null;
        }

        var items = tokens.Where(t => t.IsValue && t.Depth == array.Depth + 1 && t.Start > array.Start && t.ValueEnd < array.ValueEnd).ToList();
        return items.Count == 0 ? null : items[random.Next(items.Count)];
    }

    private static int SkipSpace(byte[] bytes, int at, int step)
    {
        while (at >= 0 && at < bytes.Length && bytes[at] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            at += step;
        }

        return at;
    }

    private static JsonToken? Pick(Random random, ImmutableArray<JsonToken> tokens, Func<JsonToken, bool> where)
    {
        // A few tries at random positions keep large documents cheap; most documents have plenty of each kind.
        for (var i = 0; i < 32; i++)
        {
            var token = tokens[random.Next(tokens.Length)];
            if (where(token))
            {
                return token;
            }
        }

        return null;
    }

    private static byte[] Replace(byte[] bytes, int start, int length, string with) => Mutator.Replace(bytes, start, length, Encoding.UTF8.GetBytes(with));

    private static byte[] Replace(byte[] bytes, int start, int length, ReadOnlySpan<byte> with) => Mutator.Replace(bytes, start, length, with);
}
