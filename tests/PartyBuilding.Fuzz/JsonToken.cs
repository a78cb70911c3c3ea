using System.Text.Json;

namespace PartyBuilding.Fuzz;

/// <summary>
/// One token of a seed: where it starts, how long it is and, for a value, where the whole value ends (the matching
/// close bracket of an object or array), so that mutators can swap, replace or duplicate whole values.
/// </summary>
internal readonly record struct JsonToken(int Start, int Length, JsonTokenType Type, int ValueEnd, int Depth)
{
    /// <summary>Gets whether the token is a property name (with its quotes).</summary>
    public bool IsPropertyName => Type == JsonTokenType.PropertyName;

    /// <summary>Gets whether the token starts a value (a scalar, an object or an array).</summary>
    public bool IsValue => Type is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False
        or JsonTokenType.Null or JsonTokenType.StartObject or JsonTokenType.StartArray;

    /// <summary>Gets the length of the whole value that starts here.</summary>
    public int ValueLength => ValueEnd - Start;

    /// <summary>Lists the tokens of a well-formed document (an empty list if it is not well-formed).</summary>
    public static ImmutableArray<JsonToken> Scan(byte[] utf8)
    {
        var tokens = new List<JsonToken>();
        var open = new Stack<int>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 1024 });
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                var end = (int)reader.BytesConsumed;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        open.Push(tokens.Count);
                        tokens.Add(new JsonToken(start, end - start, reader.TokenType, end, reader.CurrentDepth));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        var index = open.Pop();
                        tokens[index] = tokens[index] with { ValueEnd = end };
                        break;
                    default:
                        tokens.Add(new JsonToken(start, end - start, reader.TokenType, end, reader.CurrentDepth));
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return [];
        }

        return [.. tokens];
    }
}
