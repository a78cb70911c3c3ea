using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Supervision;

/// <summary>Identifies an accountability case (问责案例) of a committee's accountability records.</summary>
/// <remarks>Text rules: <see cref="StronglyTypedId.Pattern"/>. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{Value}")]
[JsonConverter(typeof(StronglyTypedIdConverter<AccountabilityCaseId>))]
public readonly record struct AccountabilityCaseId : IStronglyTypedId<AccountabilityCaseId>
{
    private readonly string? _value;

    private AccountabilityCaseId(string value) => _value = value;

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsEmpty => _value is null;

    /// <summary>Parses identifier text.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not valid identifier text.</exception>
    public static AccountabilityCaseId Parse(string text) => StronglyTypedId.Parse<AccountabilityCaseId>(text);

    /// <summary>Tries to parse identifier text.</summary>
    /// <param name="text">The identifier text; may be <see langword="null"/>.</param>
    /// <param name="id">The identifier, or the empty default when the text is not valid.</param>
    /// <returns><see langword="true"/> when the text was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AccountabilityCaseId id) => StronglyTypedId.TryParse(text, out id);

    static AccountabilityCaseId IStronglyTypedId<AccountabilityCaseId>.FromValidated(string validated) => new(validated);

    /// <inheritdoc />
    public int CompareTo(AccountabilityCaseId other) => StronglyTypedId.Compare(_value, other._value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
