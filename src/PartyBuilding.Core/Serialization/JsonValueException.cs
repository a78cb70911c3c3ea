using System.Text.Json;

namespace PartyBuilding.Core.Serialization;

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
        ErrorCode = Validation.CommonErrorCodes.MalformedJson;
    }

    public JsonValueException(string message)
        : base(message)
    {
        ErrorCode = Validation.CommonErrorCodes.MalformedJson;
    }

    public JsonValueException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorCode = Validation.CommonErrorCodes.MalformedJson;
    }

    public string ErrorCode { get; }

    public string? AttemptedValue { get; }

    /// <summary>
    /// Gets the path of the value inside the item whose converter threw, e.g. <c>.date</c>, when the converter read the
    /// item with a nested reader whose paths start again at <c>$</c>; appended to the path the serializer gives.
    /// </summary>
    public string? InnerPath { get; init; }
}
