using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>Identifies a responsibility list (责任清单) of one organization for one year.</summary>
/// <remarks>Text rules: <see cref="StronglyTypedId.Pattern"/>. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{Value}")]
[JsonConverter(typeof(StronglyTypedIdConverter<ResponsibilityListId>))]
public readonly record struct ResponsibilityListId : IStronglyTypedId<ResponsibilityListId>
{
    private readonly string? _value;

    private ResponsibilityListId(string value) => _value = value;

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsEmpty => _value is null;

    /// <summary>Parses identifier text.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not valid identifier text.</exception>
    public static ResponsibilityListId Parse(string text) => StronglyTypedId.Parse<ResponsibilityListId>(text);

    /// <summary>Tries to parse identifier text.</summary>
    /// <param name="text">The identifier text; may be <see langword="null"/>.</param>
    /// <param name="id">The identifier, or the empty default when the text is not valid.</param>
    /// <returns><see langword="true"/> when the text was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ResponsibilityListId id) => StronglyTypedId.TryParse(text, out id);

    static ResponsibilityListId IStronglyTypedId<ResponsibilityListId>.FromValidated(string validated) => new(validated);

    /// <inheritdoc />
    public int CompareTo(ResponsibilityListId other) => StronglyTypedId.Compare(_value, other._value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
