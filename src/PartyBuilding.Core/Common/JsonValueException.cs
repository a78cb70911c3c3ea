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
    public static string Describe(JsonException ex)
    {
        var message = ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
        return ex.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{message} (line {line + 1}, position {ex.BytePositionInLine + 1})")
            : message;
    }
}
