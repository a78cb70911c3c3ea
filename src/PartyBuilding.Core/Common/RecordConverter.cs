using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PartyBuilding.Core.Common;

/// <summary>
/// Reads one of an area's hot input records (a declaration, a meeting record, an indicator score) field by field straight
/// into its constructor, on the library's read path only. System.Text.Json binds a record of more than four constructor
/// parameters by boxing each argument into an <c>object[]</c>; this reads the same record without it.
/// </summary>
/// <remarks>
/// <para>A converter takes only the plain form the library writes: each name as written (camelCase, not escaped) once, each
/// value of its expected token in the form the converters' fast paths take (<see cref="JsonConverterText"/>), no
/// <c>null</c>. Anything else — an unknown, repeated or case-variant name, a missing property, a <c>null</c>, a wrong token,
/// an escaped or bad value — makes it decline (<see cref="Declined"/>), and the reader then binds the whole content again
/// through the source-generated metadata, which reads the unusual but valid form or refuses the document exactly as it
/// always has (code, message, path, offending value). A refused document costs a second binding; an accepted one in the
/// library's own form, none.</para>
/// <para>Writing is the generated metadata's: the read options (<see cref="RecordConverters.WithRecordConverters"/>) are
/// used for reading only, and a converter asked to write delegates to the generated metadata.</para>
/// </remarks>
/// <typeparam name="T">The record.</typeparam>
internal abstract class RecordConverter<T> : JsonConverter<T>, IRecordConverter
    where T : class
{
    private JsonTypeInfo<T>? _written;

    /// <inheritdoc />
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.StartObject ? ReadObject(ref reader) : throw Declined();

    /// <inheritdoc />
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, _written ?? throw new InvalidOperationException("A record converter writes through the metadata it was created with."));

    /// <inheritdoc />
    JsonTypeInfo IRecordConverter.CreateInfo(JsonSerializerOptions options, IJsonTypeInfoResolver generated)
    {
        var converter = (RecordConverter<T>)MemberwiseClone();
        converter._written = generated.GetTypeInfo(typeof(T), options) as JsonTypeInfo<T>
            ?? throw new NotSupportedException($"{typeof(T).Name} has no generated metadata to write with.");
        return JsonMetadataServices.CreateValueInfo<T>(options, converter);
    }

    /// <summary>Reads the record's properties, the reader on its <see cref="JsonTokenType.StartObject"/>; ends on its <see cref="JsonTokenType.EndObject"/>.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The record.</returns>
    /// <exception cref="JsonException">The record is not in the plain form: the generated metadata decides.</exception>
    protected abstract T ReadObject(ref Utf8JsonReader reader);

    /// <summary>The converter does not take this input; the generated metadata decides.</summary>
    /// <returns>The exception to throw.</returns>
    protected static JsonException Declined() => new DeclinedException();

    /// <summary>
    /// Moves to the next property and its value: <see langword="true"/> with the plain name in <paramref name="name"/> and the
    /// reader on the value; <see langword="false"/> at the end of the object.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <param name="name">The name's bytes.</param>
    /// <returns>Whether there is another property.</returns>
    protected static bool NextProperty(ref Utf8JsonReader reader, out ReadOnlySpan<byte> name)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            name = default;
            return false;
        }

        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            throw Declined();
        }

        name = reader.ValueSpan;
        reader.Read();
        return true;
    }

    /// <summary>Marks a property as read, declining one read twice.</summary>
    /// <param name="seen">The properties read so far, one bit each.</param>
    /// <param name="bit">The property's bit.</param>
    protected static void Mark(ref int seen, int bit)
    {
        if ((seen & bit) != 0)
        {
            throw Declined();
        }

        seen |= bit;
    }

    /// <summary>Declines a record that lacks a property its constructor requires.</summary>
    /// <param name="seen">The properties read.</param>
    /// <param name="required">The bits of the required ones.</param>
    protected static void Require(int seen, int required)
    {
        if ((seen & required) != required)
        {
            throw Declined();
        }
    }

    /// <summary>Skips a value the generated metadata skips (a computed property that is written, not read).</summary>
    /// <param name="reader">The reader, on the value.</param>
    protected static void Skip(ref Utf8JsonReader reader)
    {
        // The serializer hands a converter the whole value, also when it reads a stream (a reader that is not on its final block, where Skip throws).
        if (!reader.TrySkip())
        {
            throw Declined();
        }
    }

    /// <summary>Reads a plain identifier.</summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The identifier.</returns>
    protected static TId Id<TId>(ref Utf8JsonReader reader)
        where TId : struct, IStronglyTypedId<TId> =>
        JsonConverterText.TryPlainString(ref reader, out var utf8) && JsonConverterText.IsIdentifier(utf8)
            ? TId.FromValidated(IdentifierTexts.Get(utf8))
            : throw Declined();

    /// <summary>Reads a plain date, <c>yyyy-MM-dd</c>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The date.</returns>
    protected static LocalDate Date(ref Utf8JsonReader reader) =>
        JsonConverterText.TryPlainString(ref reader, out var utf8) && JsonConverterText.TryDate(utf8, out var date) ? date : throw Declined();

    /// <summary>Reads a plain month, <c>yyyy-MM</c>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The month.</returns>
    protected static YearMonth Month(ref Utf8JsonReader reader) =>
        JsonConverterText.TryPlainString(ref reader, out var utf8) && JsonConverterText.TryYearMonth(utf8, out var month) ? month : throw Declined();

    /// <summary>Reads an enumeration name written exactly as declared.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value.</returns>
    protected static TEnum Name<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum =>
        StrictEnumConverter<TEnum>.TryReadPlain(ref reader, out var value) ? value : throw Declined();

    /// <summary>Reads a whole number that an <see cref="int"/> holds.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The number.</returns>
    protected static int Int32(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw Declined();

    /// <summary>Reads a number as a <see cref="decimal"/>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The number.</returns>
    protected static decimal Decimal(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) ? value : throw Declined();

    /// <summary>Reads a score (<see cref="ScoreConverter"/>).</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The score.</returns>
    protected static Score Score(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number ? ScoreConverter.ReadScore(ref reader) : throw Declined();

    /// <summary>Reads a string.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The text.</returns>
    protected static string Text(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw Declined();

    /// <summary>Reads an array of plain identifiers.</summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The identifiers.</returns>
    protected static ValueArray<TId> Ids<TId>(ref Utf8JsonReader reader)
        where TId : struct, IStronglyTypedId<TId>
    {
        var items = Items<TId>.Start(ref reader);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(Id<TId>(ref reader));
        }

        return Items<TId>.Finish(items);
    }

    /// <summary>Reads an array of strings.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The texts.</returns>
    protected static ValueArray<string> Texts(ref Utf8JsonReader reader)
    {
        var items = Items<string>.Start(ref reader);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(Text(ref reader));
        }

        return Items<string>.Finish(items);
    }

    /// <summary>The scratch list an array is collected in, one per item type and thread (arrays of one item type do not nest here).</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    protected static class Items<TItem>
    {
        [ThreadStatic]
        private static List<TItem>? _scratch;

        /// <summary>Checks that the reader is on an array and gives the emptied scratch list.</summary>
        /// <param name="reader">The reader, on the value.</param>
        /// <returns>The list.</returns>
        public static List<TItem> Start(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw Declined();
            }

            var items = _scratch ?? [];
            _scratch = null;
            items.Clear();
            return items;
        }

        /// <summary>Copies the items into an array and gives the list back.</summary>
        /// <param name="items">The list.</param>
        /// <returns>The array.</returns>
        public static ValueArray<TItem> Finish(List<TItem> items)
        {
            var array = ValueArray.Create<TItem>(CollectionsMarshal.AsSpan(items));
            if (!RuntimeHelpers.IsReferenceOrContainsReferences<TItem>() || items.Count <= 1024)
            {
                items.Clear();
                _scratch = items;
            }

            return array;
        }
    }

    /// <summary>What a converter throws when it declines.</summary>
    private sealed class DeclinedException : JsonException
    {
        public DeclinedException()
            : base("A record converter declined the input; the generated metadata reads it.")
        {
        }
    }
}

/// <summary>A converter of <see cref="RecordConverter{T}"/>, without its type parameter.</summary>
internal interface IRecordConverter
{
    /// <summary>Gets the record type.</summary>
    Type? Type { get; }

    /// <summary>Creates the record's metadata for read options: a copy of this converter that writes through the generated metadata.</summary>
    /// <param name="options">The options.</param>
    /// <param name="generated">The area's generated metadata.</param>
    /// <returns>The metadata.</returns>
    JsonTypeInfo CreateInfo(JsonSerializerOptions options, IJsonTypeInfoResolver generated);
}

/// <summary>An area's metadata with record converters for reading (<see cref="RecordConverter{T}"/>).</summary>
internal static class RecordConverters
{
    /// <summary>
    /// Gives an area's metadata record converters for reading: the metadata answers as before (writing, schemas, a host's
    /// options), and <see cref="RecordReading.Reading"/> is the same metadata with the converters in front, which the
    /// library's reader binds with.
    /// </summary>
    /// <param name="metadata">The area's metadata.</param>
    /// <param name="converters">The converters.</param>
    /// <returns>The metadata.</returns>
    public static IJsonTypeInfoResolver WithRecordConverters(this IJsonTypeInfoResolver metadata, params IRecordConverter[] converters) =>
        new RecordReading(metadata, converters);
}

/// <summary>An area's metadata, and the same with its record converters in front for reading.</summary>
/// <param name="metadata">The area's metadata.</param>
/// <param name="converters">The record converters.</param>
internal sealed class RecordReading(IJsonTypeInfoResolver metadata, IRecordConverter[] converters) : IJsonTypeInfoResolver
{
    /// <summary>Gets the metadata to read with: the record converters, then the area's metadata.</summary>
    public IJsonTypeInfoResolver Reading { get; } = new Readers(metadata, converters);

    /// <inheritdoc />
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) => metadata.GetTypeInfo(type, options);

    private sealed class Readers(IJsonTypeInfoResolver metadata, IRecordConverter[] converters) : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        {
            foreach (var converter in converters)
            {
                if (converter.Type == type)
                {
                    return converter.CreateInfo(options, metadata);
                }
            }

            return metadata.GetTypeInfo(type, options);
        }
    }
}
