using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PartyBuilding.Cli.Documents;

/// <summary>
/// Writes a <see langword="default"/> <see cref="ImmutableArray{T}"/> as <c>[]</c>. The schema exporter writes the
/// default value of every optional constructor parameter, and the library's optional collections default to
/// <see langword="default"/>, which the built-in converter cannot write. Used only to export schemas.
/// </summary>
internal sealed class DefaultTolerantImmutableArrayConverterFactory(JsonSerializerOptions library) : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ImmutableArray<>);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        var converterType = typeof(DefaultTolerantImmutableArrayConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]);
        return (JsonConverter?)Activator.CreateInstance(converterType, library.GetTypeInfo(typeToConvert));
    }
}

/// <summary>Writes a default array as <c>[]</c>, anything else with the library's metadata.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class DefaultTolerantImmutableArrayConverter<T>(JsonTypeInfo library) : JsonConverter<ImmutableArray<T>>
{
    public override ImmutableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        (ImmutableArray<T>)JsonSerializer.Deserialize(ref reader, library)!;

    public override void Write(Utf8JsonWriter writer, ImmutableArray<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsDefault)
        {
            writer.WriteStartArray();
            writer.WriteEndArray();
            return;
        }

        JsonSerializer.Serialize(writer, value, library);
    }
}
