using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Supervision;

/// <summary>Identifies an aspect of a supervision catalogue (督导方面).</summary>
/// <remarks>Text rules: <see cref="StronglyTypedId.Pattern"/>. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{Value}")]
[JsonConverter(typeof(StronglyTypedIdConverter<SupervisionAspectId>))]
public readonly record struct SupervisionAspectId : IStronglyTypedId<SupervisionAspectId>
{
    private readonly string? _value;

    private SupervisionAspectId(string value) => _value = value;

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsEmpty => _value is null;

    /// <summary>Parses identifier text.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not valid identifier text.</exception>
    public static SupervisionAspectId Parse(string text) => StronglyTypedId.Parse<SupervisionAspectId>(text);

    /// <summary>Tries to parse identifier text.</summary>
    /// <param name="text">The identifier text; may be <see langword="null"/>.</param>
    /// <param name="id">The identifier, or the empty default when the text is not valid.</param>
    /// <returns><see langword="true"/> when the text was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out SupervisionAspectId id) => StronglyTypedId.TryParse(text, out id);

    static SupervisionAspectId IStronglyTypedId<SupervisionAspectId>.FromValidated(string validated) => new(validated);

    /// <inheritdoc />
    public int CompareTo(SupervisionAspectId other) => StronglyTypedId.Compare(_value, other._value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
