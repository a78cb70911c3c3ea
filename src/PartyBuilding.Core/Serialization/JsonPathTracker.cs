using System.Text;
using System.Text.Json;

namespace PartyBuilding.Core.Serialization;

/// <summary>
/// Follows a <see cref="Utf8JsonReader"/> through a document and tells the JSON path of the current token
/// (<c>$.content.coverageTargets[0]</c>), for problems found while scanning before anything is bound. Property names are
/// kept as positions in the text and decoded only when a path is asked for.
/// </summary>
internal sealed class JsonPathTracker
{
    private readonly List<Frame> _frames = [];

    /// <summary>Gets whether the current token sits directly in an array.</summary>
    public bool InArray => _frames.Count > 0 && _frames[^1].IsArray;

    /// <summary>Gets the zero-based index of the current token in its array (meaningful when <see cref="InArray"/>).</summary>
    public int Index => _frames.Count > 0 ? _frames[^1].Index : -1;

    /// <summary>Takes in the token the reader has just read.</summary>
    /// <param name="reader">The reader, positioned on a token.</param>
    public void Advance(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                _frames[^1] = _frames[^1] with { NameStart = (int)reader.TokenStartIndex + 1, NameLength = reader.ValueSpan.Length };
                return;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                _frames.RemoveAt(_frames.Count - 1);
                return;
            case JsonTokenType.Comment or JsonTokenType.None:
                return;
        }

        if (InArray)
        {
            _frames[^1] = _frames[^1] with { Index = _frames[^1].Index + 1 };
        }

        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            _frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, -1, 0));
        }
    }

    /// <summary>Gets the path of the current token.</summary>
    /// <param name="utf8Json">The text the reader reads.</param>
    /// <returns>The path, <c>$</c> at the root.</returns>
    public string PathIn(ReadOnlySpan<byte> utf8Json)
    {
        var path = new StringBuilder("$");
        foreach (var frame in _frames)
        {
            if (frame.IsArray)
            {
                path.Append(CultureInfo.InvariantCulture, $"[{frame.Index}]");
            }
            else if (frame.NameStart >= 0)
            {
                path.Append('.').Append(Encoding.UTF8.GetString(utf8Json.Slice(frame.NameStart, frame.NameLength)));
            }
        }

        return path.ToString();
    }

    private readonly record struct Frame(bool IsArray, int Index, int NameStart, int NameLength);
}
