using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartyBuilding.Cli.Commands;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Scenarios;

/// <summary>
/// Reads the files a scenario names and the JSON of scenario files — the one reader every scenario read goes through.
/// Contained like a manifest's documents (<see cref="CliFiles.IsContained"/>): a path is relative to the file that names it
/// and must lie, symbolic links resolved, inside the scenario's documents root (<see cref="Scenario.Root"/>), so an
/// absolute path, a <c>..</c> or a link out of it, or a <c>/proc</c> file is refused without being opened; bounded like
/// every file the tool reads (size checked before reading, FIFOs and devices refused, <see cref="CliFiles.ReadAllBytes"/>);
/// and strict like the library's documents — a property given twice in one object (also in another letter case) fails the
/// scenario instead of the last one silently winning. Every failure is a <see cref="ScenarioException"/>: that scenario
/// fails with the reason and the run goes on. No failure shows a byte of a file.
/// </summary>
internal static class ScenarioJson
{
    /// <summary>
    /// Gets the default documents root of a scenario file: the folder above the nearest enclosing folder named
    /// <c>scenarios</c> (the seed layout, <c>seeds/scenarios/&lt;area&gt;/…</c>, whose scenarios name
    /// <c>../../&lt;area&gt;/…</c>), else the scenario's own folder.
    /// </summary>
    /// <param name="file">The scenario file.</param>
    /// <returns>The full path of the folder.</returns>
    public static string DefaultRoot(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var folder = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            if (directory.Name == "scenarios" && directory.Parent is { } parent)
            {
                return parent.FullName;
            }
        }

        return folder;
    }

    /// <summary>Reads a file a scenario names.</summary>
    /// <param name="scenario">The scenario (its documents root).</param>
    /// <param name="directory">The folder the path is relative to (the scenario's, or a manifest's).</param>
    /// <param name="relative">The path as the scenario wrote it.</param>
    /// <param name="what">What the file is, for the failure (<c>inputs.scheme</c>).</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="ScenarioException">The path is malformed, outside the root, or the file cannot be read.</exception>
    public static byte[] ReadFile(Scenario scenario, string directory, string relative, LocalizedText what)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return ReadFile(scenario.Root, directory, relative, what);
    }

    /// <summary>Reads a file a scenario names (see <see cref="ReadFile(Scenario, string, string, LocalizedText)"/>).</summary>
    /// <param name="root">The folder every file read must lie in.</param>
    /// <param name="directory">The folder the path is relative to.</param>
    /// <param name="relative">The path as the scenario wrote it.</param>
    /// <param name="what">What the file is, for the failure.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="ScenarioException">The path is malformed, outside the root, or the file cannot be read.</exception>
    public static byte[] ReadFile(string root, string directory, string relative, LocalizedText what)
    {
        ArgumentNullException.ThrowIfNull(relative);
        if (string.IsNullOrWhiteSpace(relative) || relative.Any(char.IsControl))
        {
            throw new ScenarioException(CliMessages.ScenarioPathInvalid(what));
        }

        try
        {
            if (!CliFiles.IsContained(directory, root, relative, out var full))
            {
                throw new ScenarioException(CliMessages.ScenarioOutsideRoot(what, relative, root));
            }

            return CliFiles.ReadAllBytes(full);
        }
        catch (CliException ex)
        {
            throw new ScenarioException(CliMessages.ScenarioCannotRead(what, relative, ex.Reason ?? ex.Text), ex);
        }
    }

    /// <summary>Reads a file a scenario names and parses it (see <see cref="ReadFile(Scenario, string, string, LocalizedText)"/> and <see cref="Parse"/>).</summary>
    public static JsonNode ReadJson(Scenario scenario, string directory, string relative, LocalizedText what) =>
        Parse(ReadFile(scenario, directory, relative, what), what);

    /// <summary>Parses JSON text, refusing repeated property names.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="what">What the text is, for the failure.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ScenarioException">The text is not well-formed JSON or repeats a property name.</exception>
    public static JsonNode Parse(ReadOnlySpan<byte> utf8, LocalizedText what)
    {
        ArgumentNullException.ThrowIfNull(what);
        var options = new JsonReaderOptions { MaxDepth = 64 };
        try
        {
            CheckNoRepeatedNames(utf8, options);
            return JsonNode.Parse(utf8, documentOptions: new JsonDocumentOptions { MaxDepth = options.MaxDepth })
                ?? throw new ScenarioException(CliMessages.ScenarioJsonNull(what));
        }
        catch (JsonException ex)
        {
            // Only where: the reader's own message quotes the bytes it found, which may be another file's.
            throw new ScenarioException(CliMessages.ScenarioJsonMalformed(what, (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1), ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new ScenarioException(CliMessages.ScenarioJsonNotUnicode(what), ex);
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
                    throw new ScenarioException(CliMessages.ScenarioRepeatedProperty(reader.GetString()!, Line(utf8, reader.TokenStartIndex)));
            }
        }
    }

    private static int Line(ReadOnlySpan<byte> utf8, long index) => utf8[..(int)index].Count((byte)'\n') + 1;

    /// <summary>Gets the bytes of a text, for <see cref="Parse"/>.</summary>
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
