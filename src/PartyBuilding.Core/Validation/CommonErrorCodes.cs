namespace PartyBuilding.Core.Validation;

/// <summary>The stable error codes of the rules shared by every area (prefix <c>COMMON.</c>) and of document reading (prefix <c>JSON.</c>).</summary>
/// <remarks>Codes never change meaning once published; <c>docs/errors.md</c> lists every code of the library.</remarks>
public static class CommonErrorCodes
{
    /// <summary>A scheme names a strategy no registry knows (<c>Strategies.StrategyRegistry</c>).</summary>
    public const string StrategyUnknown = "COMMON.STRATEGY_UNKNOWN";

    /// <summary>A strategy needs a parameter the scheme leaves out.</summary>
    public const string StrategyParameterMissing = "COMMON.STRATEGY_PARAMETER_MISSING";

    /// <summary>A strategy parameter does not parse, is out of range, or breaks a rule between parameters.</summary>
    public const string StrategyParameterInvalid = "COMMON.STRATEGY_PARAMETER_INVALID";

    /// <summary>A scheme gives a strategy a parameter it does not take.</summary>
    public const string StrategyParameterUnknown = "COMMON.STRATEGY_PARAMETER_UNKNOWN";

    /// <summary>A required value is missing.</summary>
    public const string Required = Common.JsonValueCodes.Required;

    /// <summary>An identifier is empty (the default value).</summary>
    public const string IdentifierEmpty = "COMMON.ID_EMPTY";

    /// <summary>An identifier's text does not match <see cref="Common.StronglyTypedId.Pattern"/>.</summary>
    public const string IdentifierFormat = Common.JsonValueCodes.IdentifierFormat;

    /// <summary>Two items of a collection share an identifier that must be unique.</summary>
    public const string DuplicateIdentifier = "COMMON.ID_DUPLICATE";

    /// <summary>A proportion is outside 0..1.</summary>
    public const string ProportionOutOfRange = Common.JsonValueCodes.ProportionOutOfRange;

    /// <summary>A share (<see cref="Common.Share"/>) is neither a fraction of whole numbers such as <c>2/3</c> nor a decimal such as <c>0.8</c>, divides by zero, or has more than 18 decimal places.</summary>
    public const string ShareFormat = Common.JsonValueCodes.ShareFormat;

    /// <summary>A share (<see cref="Common.Share"/>) is outside 0..1.</summary>
    public const string ShareOutOfRange = Common.JsonValueCodes.ShareOutOfRange;

    /// <summary>Weights that must add up to one do not.</summary>
    public const string WeightsDoNotSumToOne = "COMMON.WEIGHTS_SUM";

    /// <summary>A date range ends before it starts.</summary>
    public const string DateRangeInverted = "COMMON.DATE_RANGE";

    /// <summary>A value is outside its allowed range.</summary>
    public const string OutOfRange = Common.JsonValueCodes.OutOfRange;

    /// <summary>An enumeration value is not defined.</summary>
    public const string UndefinedEnumValue = Common.JsonValueCodes.UndefinedEnumValue;

    /// <summary>The text is not valid JSON, or a value has the wrong JSON type.</summary>
    public const string MalformedJson = Common.JsonValueCodes.MalformedJson;

    /// <summary>The document is larger than the reader's size limit.</summary>
    public const string DocumentTooLarge = "JSON.TOO_LARGE";

    /// <summary>The document nests deeper than the reader's depth limit.</summary>
    public const string DocumentTooDeep = "JSON.TOO_DEEP";

    /// <summary>A list of the document has more items than the reader's item limit.</summary>
    public const string DocumentTooManyItems = "JSON.TOO_MANY_ITEMS";

    /// <summary>A value of the document (a text, a number or a property name) is longer than the reader's value limit.</summary>
    public const string DocumentValueTooLong = "JSON.VALUE_TOO_LONG";

    /// <summary>A property name is given twice in one object, also in another letter case (<c>"value"</c> and <c>"VALUE"</c>).</summary>
    public const string DuplicateProperty = "JSON.DUPLICATE_PROPERTY";

    /// <summary>A number cannot be held exactly by a decimal (more than 28–29 significant digits, or out of range); it is refused, not rounded.</summary>
    public const string InexactNumber = "JSON.INEXACT_NUMBER";

    /// <summary>
    /// A text or a property name holds a control character: a C0 or C1 control (NUL, tab, line feed, carriage return,
    /// DEL, …), a line or paragraph separator (U+2028, U+2029) or a bidirectional embedding, override or isolate (U+202A–U+202E,
    /// U+2066–U+2069). A text in a document is one line of visible characters, so no report row is split or reordered.
    /// </summary>
    public const string ControlCharacter = "JSON.CONTROL_CHARACTER";

    /// <summary>More problems of the kinds listed were found than are listed; the value is how many more.</summary>
    public const string MoreProblems = "JSON.MORE_PROBLEMS";

    /// <summary>The document's schema version is missing or not supported.</summary>
    public const string UnsupportedSchemaVersion = "JSON.SCHEMA_VERSION";

    /// <summary>The document's kind is not the one expected.</summary>
    public const string WrongDocumentKind = "JSON.KIND";

    /// <summary>A value is well-formed JSON but breaks an invariant of its type (e.g. a breakdown whose lines do not add up).</summary>
    public const string InvalidValue = "JSON.INVALID_VALUE";

    /// <summary>The document has no content.</summary>
    public const string MissingContent = "JSON.CONTENT_MISSING";
}
