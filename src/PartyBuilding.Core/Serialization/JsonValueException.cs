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
}
