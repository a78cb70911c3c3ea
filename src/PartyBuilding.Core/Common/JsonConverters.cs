using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;

namespace PartyBuilding.Core.Common;

/// <summary>Reads and writes a <see cref="LocalDate"/> as an ISO-8601 date, <c>2024-12-31</c>.</summary>
internal sealed class LocalDateConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonConverterText.TryPlainString(ref reader, out var utf8) && JsonConverterText.TryDate(utf8, out var date)
            ? date
            : NodaText.Parse(ref reader, LocalDatePattern.Iso, "an ISO date (yyyy-MM-dd)");

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        Span<byte> text = stackalloc byte[10];
        if (JsonConverterText.TryFormatIso(text, value.Year, value.Month, value.Day, out var length))
        {
            writer.WriteStringValue(text[..length]);
        }
        else
        {
            writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
        }
    }

    public override LocalDate ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WritePropertyName(LocalDatePattern.Iso.Format(value));
}

/// <summary>Reads and writes a <see cref="YearMonth"/> as <c>2024-03</c>.</summary>
internal sealed class YearMonthConverter : JsonConverter<YearMonth>
{
    private static readonly YearMonthPattern Pattern = YearMonthPattern.CreateWithInvariantCulture("uuuu-MM");

    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonConverterText.TryPlainString(ref reader, out var utf8) && JsonConverterText.TryYearMonth(utf8, out var month)
            ? month
            : NodaText.Parse(ref reader, Pattern, "a month (yyyy-MM)");

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options)
    {
        Span<byte> text = stackalloc byte[10];
        if (JsonConverterText.TryFormatIso(text, value.Year, value.Month, 0, out var length))
        {
            writer.WriteStringValue(text[..length]);
        }
        else
        {
            writer.WriteStringValue(Pattern.Format(value));
        }
    }

    public override YearMonth ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Pattern.Format(value));
}

/// <summary>Reads and writes an <see cref="AssessmentYear"/> as a number, <c>2024</c>.</summary>
internal sealed class AssessmentYearConverter : JsonConverter<AssessmentYear>
{
    public override AssessmentYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var year)
            || year < AssessmentYear.MinValue || year > AssessmentYear.MaxValue)
        {
            throw new JsonValueException(
                JsonValueCodes.OutOfRange,
                $"Expected a year from {AssessmentYear.MinValue} to {AssessmentYear.MaxValue}.",
                NodaText.Raw(ref reader));
        }

        return AssessmentYear.Create(year);
    }

    public override void Write(Utf8JsonWriter writer, AssessmentYear value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Value);
}

/// <summary>Reads and writes a <see cref="Score"/> as an exact JSON number.</summary>
internal sealed class ScoreConverter : JsonConverter<Score>
{
    /// <summary>
    /// The largest magnitude of a score read from a document, 10^15: far beyond any real score or points total, and small
    /// enough that sums and products of scores cannot overflow <see cref="decimal"/> (found by fuzzing: a maximum of
    /// 79228162514264337593543950335 points made the catalogue validator's sum throw <see cref="OverflowException"/>).
    /// </summary>
    public const decimal MaxMagnitude = 1_000_000_000_000_000m;

    public override Score Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadScore(ref reader);

    /// <summary>Reads a score (what <see cref="Read"/> does, without options).</summary>
    /// <param name="reader">The reader, on a token.</param>
    /// <returns>The score.</returns>
    /// <exception cref="JsonValueException">The token is not a score.</exception>
    internal static Score ReadScore(ref Utf8JsonReader reader)
    {
        var value = NodaText.ReadDecimal(ref reader);
        if (Math.Abs(value) > MaxMagnitude)
        {
            throw new JsonValueException(
                JsonValueCodes.OutOfRange, "A score in a document is at most 10^15 in magnitude.", value.ToString(CultureInfo.InvariantCulture));
        }

        return new(value);
    }

    public override void Write(Utf8JsonWriter writer, Score value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Value);
}

/// <summary>Reads and writes a <see cref="Proportion"/> as an exact JSON number; a value outside 0..1 is reported with its path.</summary>
internal sealed class ProportionConverter : JsonConverter<Proportion>
{
    public override Proportion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = NodaText.ReadDecimal(ref reader);
        if (!Proportion.IsValid(value))
        {
            throw new JsonValueException(
                JsonValueCodes.ProportionOutOfRange, "Expected a proportion between 0 and 1.", value.ToString(CultureInfo.InvariantCulture));
        }

        return Proportion.Of(value);
    }

    public override void Write(Utf8JsonWriter writer, Proportion value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Value);
}

/// <summary>
/// Reads a <see cref="Share"/> written as a fraction string (<c>"2/3"</c>) or as a decimal (<c>0.8</c> or <c>"0.8"</c>),
/// and writes it the way it was written: a fraction as a string, a decimal as a number. A value that is not a share is
/// reported with its path under <see cref="JsonValueCodes.ShareFormat"/> or <see cref="JsonValueCodes.ShareOutOfRange"/>.
/// </summary>
internal sealed class ShareConverter : JsonConverter<Share>
{
    public override Share Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Share share;
        bool outOfRange;
        string message;
        string? attempted;
        if (reader.TokenType == JsonTokenType.String)
        {
            attempted = reader.GetString();
            if (Share.TryRead(attempted, out share, out outOfRange, out message))
            {
                return share;
            }
        }
        else
        {
            var value = NodaText.ReadDecimal(ref reader);
            attempted = value.ToString(CultureInfo.InvariantCulture);
            if (Share.TryReadDecimal(value, out share, out outOfRange, out message))
            {
                return share;
            }
        }

        throw new JsonValueException(outOfRange ? JsonValueCodes.ShareOutOfRange : JsonValueCodes.ShareFormat, message, attempted);
    }

    public override void Write(Utf8JsonWriter writer, Share value, JsonSerializerOptions options)
    {
        if (value.IsWrittenAsFraction)
        {
            writer.WriteStringValue(value.ToString());
        }
        else
        {
            writer.WriteRawValue(value.ToString());
        }
    }
}

/// <summary>Reads and writes a strongly typed identifier as its text; also as a dictionary key.</summary>
/// <typeparam name="TId">The identifier type.</typeparam>
internal sealed class StronglyTypedIdConverter<TId> : JsonConverter<TId>
    where TId : struct, IStronglyTypedId<TId>
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonValueException(JsonValueCodes.MalformedJson, $"Expected a {typeof(TId).Name} as a JSON string.", NodaText.Raw(ref reader));
        }

        return JsonConverterText.TryPlainString(ref reader, out var utf8) && JsonConverterText.IsIdentifier(utf8)
            ? TId.FromValidated(IdentifierTexts.Get(utf8))
            : Parse(reader.GetString());
    }

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);

    public override TId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        !reader.ValueIsEscaped && !reader.HasValueSequence && JsonConverterText.IsIdentifier(reader.ValueSpan)
            ? TId.FromValidated(IdentifierTexts.Get(reader.ValueSpan))
            : Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Value);

    private static TId Parse(string? text) =>
        StronglyTypedId.TryParse<TId>(text, out var id)
            ? id
            : throw new JsonValueException(
                JsonValueCodes.IdentifierFormat,
                $"'{text}' is not a valid {typeof(TId).Name}: use 1 to {StronglyTypedId.MaxLength} ASCII letters, digits or . _ : - starting with a letter or digit.",
                text);
}

/// <summary>
/// Reads and writes an enumeration as the name of one of its defined values (case-insensitive when read); also as a
/// dictionary key. A number, a numeric string, a list of names or an unknown name is refused with
/// <see cref="JsonValueCodes.UndefinedEnumValue"/> at its path, so no undefined value reaches a validator or an engine
/// (found by fuzzing: a grade given as <c>2147483647</c> made the assessment throw).
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = CreateNames();

    // The names as written (their UTF-8 bytes) and their values, matched in place before any text is decoded.
    private static readonly (byte[] Name, TEnum Value)[] Written = [.. Enum.GetValues<TEnum>().Select(v => (Encoding.UTF8.GetBytes(v.ToString()), v))];

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Undefined(NodaText.Raw(ref reader));
        }

        return TryReadPlain(ref reader, out var value) ? value : Parse(reader.GetString());
    }

    /// <summary>Reads a name written exactly as declared (a plain string) in place; anything else is the general path's.</summary>
    /// <param name="reader">The reader, on a token.</param>
    /// <param name="value">The value named.</param>
    /// <returns><see langword="true"/> when the token is such a name.</returns>
    internal static bool TryReadPlain(ref Utf8JsonReader reader, out TEnum value)
    {
        if (JsonConverterText.TryPlainString(ref reader, out var utf8))
        {
            foreach (var (name, named) in Written)
            {
                if (utf8.SequenceEqual(name))
                {
                    value = named;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(NameOf(value));

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WritePropertyName(NameOf(value));

    private static Dictionary<string, TEnum> CreateNames()
    {
        var names = new Dictionary<string, TEnum>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            names[value.ToString()] = value;
        }

        return names;
    }

    private static string NameOf(TEnum value) =>
        Enum.IsDefined(value)
            ? value.ToString()
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(TEnum).Name}.");

    private static TEnum Parse(string? text) =>
        text is not null && ByName.TryGetValue(text, out var value) ? value : throw Undefined(text);

    private static JsonValueException Undefined(string? text) =>
        new(
            JsonValueCodes.UndefinedEnumValue,
            $"Expected one of the names of {typeof(TEnum).Name}: {string.Join(", ", Enum.GetNames<TEnum>())}.",
            text);
}

/// <summary>Helpers shared by the converters.</summary>
internal static class NodaText
{
    public static T Parse<T>(ref Utf8JsonReader reader, IPattern<T> pattern, string expected)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonValueException(JsonValueCodes.MalformedJson, $"Expected {expected} as a JSON string.", Raw(ref reader));
        }

        var text = reader.GetString()!;
        var result = pattern.Parse(text);
        return result.Success
            ? result.Value
            : throw new JsonValueException(JsonValueCodes.MalformedJson, $"'{text}' is not {expected}.", text);
    }

    public static decimal ReadDecimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var value))
        {
            throw new JsonValueException(JsonValueCodes.MalformedJson, "Expected a decimal number.", Raw(ref reader));
        }

        return value;
    }

    public static string? Raw(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null =>
            System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray()),
        _ => reader.TokenType.ToString(),
    };
}

/// <summary>
/// Reads a text a person wrote (a reason in a data set) as a JSON string, kept as written in both languages
/// (<see cref="LocalizedText.AsGiven"/>), or as an object <c>{ "zhCn": …, "english": … }</c>; writes a string when both
/// languages are the same text, else the object.
/// </summary>
internal sealed class GivenTextConverter : JsonConverter<LocalizedText>
{
    private const string Expected = "Expected a text (a non-blank string, or an object with non-blank \"zhCn\" and \"english\").";

    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString();
            return string.IsNullOrWhiteSpace(text) ? throw new JsonValueException(JsonValueCodes.Required, Expected, text) : LocalizedText.AsGiven(text);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonValueException(JsonValueCodes.Required, Expected, NodaText.Raw(ref reader));
        }

        string? zhCn = null;
        string? english = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonValueException(JsonValueCodes.Required, Expected, NodaText.Raw(ref reader));
            switch (name)
            {
                case "zhCn" when zhCn is null:
                    zhCn = value;
                    break;
                case "english" when english is null:
                    english = value;
                    break;
                default:
                    throw new JsonValueException(JsonValueCodes.Required, $"{Expected} '{name}' is unknown or repeated.", name);
            }
        }

        return string.IsNullOrWhiteSpace(zhCn) || string.IsNullOrWhiteSpace(english)
            ? throw new JsonValueException(JsonValueCodes.Required, Expected, zhCn ?? english)
            : new LocalizedText(zhCn, english);
    }

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        if (string.Equals(value.ZhCn, value.English, StringComparison.Ordinal))
        {
            writer.WriteStringValue(value.ZhCn);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("zhCn", value.ZhCn);
        writer.WriteString("english", value.English);
        writer.WriteEndObject();
    }
}
