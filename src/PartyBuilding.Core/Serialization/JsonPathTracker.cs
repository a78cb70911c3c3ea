using System.Text;
using System.Text.Json;

namespace PartyBuilding.Core.Serialization;

/// <summary>
/// Follows a <see cref="Utf8JsonReader"/> through a document and tells the JSON path of the current token
/// (<c>$.content.coverageTargets[0]</c>), for problems found while scanning before anything is bound. Each level keeps
/// a copy of its current property name's bytes in a buffer of its own, reused from name to name, so the tracker works
/// the same over a whole text and over a stream read a block at a time; names are decoded only when a path is asked for.
/// </summary>
internal sealed class JsonPathTracker
{
    private readonly List<Frame> _frames = [];
    private int _depth;

    /// <summary>Gets whether the current token sits directly in an array.</summary>
    public bool InArray => _depth > 0 && _frames[_depth - 1].IsArray;

    /// <summary>Gets the zero-based index of the current token in its array (meaningful when <see cref="InArray"/>).</summary>
    public int Index => _depth > 0 ? _frames[_depth - 1].Index : -1;

    /// <summary>Takes in the token the reader has just read.</summary>
    /// <param name="reader">The reader, positioned on a token.</param>
    public void Advance(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                _frames[_depth - 1].SetName(reader.ValueSpan);
                return;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                _depth--;
                return;
            case JsonTokenType.Comment or JsonTokenType.None:
                return;
        }

        if (InArray)
        {
            _frames[_depth - 1].Index++;
        }

        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            if (_depth == _frames.Count)
            {
                _frames.Add(new Frame());
            }

            _frames[_depth++].Enter(reader.TokenType == JsonTokenType.StartArray);
        }
    }

    /// <summary>Gets the path of the current token.</summary>
    /// <returns>The path, <c>$</c> at the root.</returns>
    public string Path()
    {
        var path = new StringBuilder("$");
        for (var i = 0; i < _depth; i++)
        {
            var frame = _frames[i];
            if (frame.IsArray)
            {
                path.Append(CultureInfo.InvariantCulture, $"[{frame.Index}]");
            }
            else if (frame.NameLength >= 0)
            {
                path.Append('.').Append(Encoding.UTF8.GetString(frame.Name.AsSpan(0, frame.NameLength)));
            }
        }

        return path.ToString();
    }

    /// <summary>One level of nesting: an array and the index of its current item, or an object and its current property name.</summary>
    private sealed class Frame
    {
        public bool IsArray { get; private set; }

        public int Index { get; set; }

        public byte[] Name { get; private set; } = new byte[32];

        public int NameLength { get; private set; }

        public void Enter(bool isArray)
        {
            IsArray = isArray;
            Index = -1;
            NameLength = -1;
        }

        public void SetName(ReadOnlySpan<byte> name)
        {
            if (name.Length > Name.Length)
            {
                Name = new byte[Math.Max(name.Length, Name.Length * 2)];
            }

            name.CopyTo(Name);
            NameLength = name.Length;
        }
    }
}
