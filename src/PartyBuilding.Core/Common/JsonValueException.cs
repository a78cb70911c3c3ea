using System.Text.Json;

namespace PartyBuilding.Core.Common;

/// <summary>A value that a converter could not read, with the error code to report it under.</summary>
internal sealed class JsonValueException : JsonException
{
    public JsonValueException(string errorCode, string message, string? attemptedValue)
        : base(message)
    {
        ErrorCode = errorCode;
        AttemptedValue = attemptedValue;
    }

    public JsonValueException()
    {
        ErrorCode = JsonValueCodes.MalformedJson;
    }

    public JsonValueException(string message)
        : base(message)
    {
        ErrorCode = JsonValueCodes.MalformedJson;
    }

    public JsonValueException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorCode = JsonValueCodes.MalformedJson;
    }

    public string ErrorCode { get; }

    public string? AttemptedValue { get; }

    /// <summary>
    /// Gets the path of the value inside the item whose converter threw, e.g. <c>.date</c>, when the converter read the
    /// item with a nested reader whose paths start again at <c>$</c>; appended to the path the serializer gives.
    /// </summary>
    public string? InnerPath { get; init; }

    /// <summary>Tells what the serializer found wrong, without its own path (the caller reports the path) and with the line and position in the text.</summary>
    /// <param name="ex">The serializer's exception.</param>
    /// <returns>The description.</returns>
    /// <remarks>
    /// A broken literal (<c>tr\u00FFe</c> for <c>true</c>) is quoted only up to its first wrong character: the serializer
    /// quotes the rest of the text it holds, which is the rest of the document when read from bytes and the rest of a block
    /// when read from a stream, so the same document would give two messages, and one of them of any length.
    /// </remarks>
    public static string Describe(JsonException ex)
    {
        var message = BrokenLiteralCut(ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0]);
        return ex.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{message} (line {line + 1}, position {ex.BytePositionInLine + 1})")
            : message;
    }

    private static string BrokenLiteralCut(string message)
    {
        const string Marker = "' is an invalid JSON literal. Expected the literal '";
        var at = message.IndexOf(Marker, StringComparison.Ordinal);
        if (at <= 0 || message[0] != '\'')
        {
            return message;
        }

        var quoted = message.AsSpan(1, at - 1);
        var expected = message.AsSpan(at + Marker.Length).TrimEnd(".'");
        var keep = 0;
        while (keep < quoted.Length && keep < expected.Length && quoted[keep] == expected[keep])
        {
            keep++;
        }

        // The first wrong character too (whole, when it is a surrogate pair).
        keep = Math.Min(quoted.Length, keep + (keep < quoted.Length && char.IsHighSurrogate(quoted[keep]) ? 2 : 1));
        return keep == quoted.Length ? message : string.Concat("'", quoted[..keep], "…", message.AsSpan(at));
    }
}
