using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartyBuilding.Cli.Commands;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>
/// Reads the files a scenario names and the JSON of scenario files: bounded like every file the tool reads, and strict
/// like the library's documents — a property given twice in one object (also in another letter case) fails the
/// scenario instead of the last one silently winning.
/// </summary>
internal static class ScenarioJson
{
    /// <summary>Reads a file a scenario names.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file is, for the failure (<c>inputs.scheme</c>).</param>
    /// <param name="shown">The path as the scenario wrote it.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="ScenarioException">The file cannot be read: the scenario fails with the reason, the run goes on.</exception>
    public static byte[] ReadFile(string path, string what, string shown)
    {
        try
        {
            return CliFiles.ReadAllBytes(path);
        }
        catch (CliException ex)
        {
            throw new ScenarioException($"{what}: cannot read '{shown}': {ex.InnerException switch { null => ex.Message[(ex.Message.IndexOf("': ", StringComparison.Ordinal) + 3)..], var inner => CliFiles.Reason(inner) }}", ex);
        }
    }

    /// <summary>Parses JSON text, refusing repeated property names.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="what">What the text is, for the failure.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ScenarioException">The text is not well-formed JSON or repeats a property name.</exception>
    public static JsonNode Parse(ReadOnlySpan<byte> utf8, string what)
    {
        var options = new JsonReaderOptions { MaxDepth = 64 };
        try
        {
            CheckNoRepeatedNames(utf8, options);
            return JsonNode.Parse(utf8, documentOptions: new JsonDocumentOptions { MaxDepth = options.MaxDepth })
                ?? throw new ScenarioException($"{what} is null.");
        }
        catch (JsonException ex)
        {
            throw new ScenarioException($"{what} is malformed JSON: {ex.Message.Split(" Path:", 2)[0]}", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new ScenarioException($"{what} holds text that is not valid Unicode.", ex);
        }
    }

    private static void CheckNoRepeatedNames(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(utf8, options);
        var objects = new Stack<HashSet<string>>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    objects.Push(new HashSet<string>(StringComparer.OrdinalIgnoreCase));
                    break;
                case JsonTokenType.EndObject:
                    objects.Pop();
                    break;
                case JsonTokenType.PropertyName when !objects.Peek().Add(reader.GetString()!):
                    throw new ScenarioException(string.Create(CultureInfo.InvariantCulture,
                        $"the property '{reader.GetString()}' is given twice in one object (line {Line(utf8, reader.TokenStartIndex)}); which one is meant is ambiguous."));
            }
        }
    }

    private static int Line(ReadOnlySpan<byte> utf8, long index) => utf8[..(int)index].Count((byte)'\n') + 1;

    /// <summary>Gets the bytes of a text, for <see cref="Parse"/>.</summary>
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
