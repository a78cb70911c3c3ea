using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Supervision;

/// <summary>Identifies a supervision group (督导组).</summary>
/// <remarks>Text rules: <see cref="StronglyTypedId.Pattern"/>. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{Value}")]
[JsonConverter(typeof(StronglyTypedIdConverter<SupervisionGroupId>))]
public readonly record struct SupervisionGroupId : IStronglyTypedId<SupervisionGroupId>
{
    private readonly string? _value;

    private SupervisionGroupId(string value) => _value = value;

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsEmpty => _value is null;

    /// <summary>Parses identifier text.</summary>
    /// <param name="text">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not valid identifier text.</exception>
    public static SupervisionGroupId Parse(string text) => StronglyTypedId.Parse<SupervisionGroupId>(text);

    /// <summary>Tries to parse identifier text.</summary>
    /// <param name="text">The identifier text; may be <see langword="null"/>.</param>
    /// <param name="id">The identifier, or the empty default when the text is not valid.</param>
    /// <returns><see langword="true"/> when the text was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out SupervisionGroupId id) => StronglyTypedId.TryParse(text, out id);

    static SupervisionGroupId IStronglyTypedId<SupervisionGroupId>.FromValidated(string validated) => new(validated);

    /// <inheritdoc />
    public int CompareTo(SupervisionGroupId other) => StronglyTypedId.Compare(_value, other._value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
