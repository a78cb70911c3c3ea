namespace PartyBuilding.Core.Common;

/// <summary>
/// The error codes the JSON converters of the value types report (<see cref="JsonValueException.ErrorCode"/>), defined
/// here once so that <c>Common</c> depends on nothing of ours; <c>Validation.CommonErrorCodes</c> publishes each of them
/// under the same name and value.
/// </summary>
internal static class JsonValueCodes
{
    public const string Required = "COMMON.REQUIRED";

    public const string IdentifierFormat = "COMMON.ID_FORMAT";

    public const string ProportionOutOfRange = "COMMON.PROPORTION_RANGE";

    public const string ShareFormat = "COMMON.SHARE_FORMAT";

    public const string ShareOutOfRange = "COMMON.SHARE_RANGE";

    public const string OutOfRange = "COMMON.RANGE";

    public const string UndefinedEnumValue = "COMMON.ENUM";

    public const string MalformedJson = "JSON.MALFORMED";
}
