using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// One dated event of the organization log. Each kind of event is its own sealed record holding only its own fields
/// (<see cref="OrganizationCreated"/>, <see cref="MemberJoined"/>, …); <see cref="Kind"/> names it, and is the
/// <c>kind</c> property of the event in JSON. See <c>docs/organizations.md</c>.
/// </summary>
/// <remarks>
/// The hierarchy is closed: only the eighteen records of this library derive from it, one per
/// <see cref="OrganizationEventKind"/>. An <see cref="OrganizationRegistry"/> applies each with its own handler.
/// Immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(OrganizationEventConverter))]
public abstract record OrganizationEvent
{
    private protected OrganizationEvent(LocalDate date, string? note)
    {
        Date = date;
        Note = note;
    }

    /// <summary>Gets the date from which the event takes effect.</summary>
    [JsonPropertyOrder(-2)]
    public LocalDate Date { get; init; }

    /// <summary>Gets the kind of event, which says which record this is.</summary>
    [JsonPropertyOrder(-1)]
    public OrganizationEventKind Kind => EventKind;

    /// <summary>Gets a free-text note (the decision's document number, a reason), or <see langword="null"/>.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the kind of the record (the value of <see cref="Kind"/>).</summary>
    private protected abstract OrganizationEventKind EventKind { get; }

    /// <summary>Applies the event with its own handler of <paramref name="replay"/>.</summary>
    internal abstract RegistryState ApplyTo(EventReplay replay);

    /// <summary>Tells whether the event concerns an organization: as its subject, new parent or successor.</summary>
    internal abstract bool Concerns(OrganizationId id);

    /// <summary>Gets the names of the fields the event needs but lacks (an empty identifier, a blank name, an unset enumeration).</summary>
    internal abstract IEnumerable<string> MissingFields();

    /// <summary>Gets the membership-change reason the event gives, if its kind can give one.</summary>
    internal virtual MembershipChangeReason? ChangeReason => null;

    /// <summary>Lists the names whose value is missing.</summary>
    private protected static IEnumerable<string> Missing(params (string Name, bool IsMissing)[] fields) =>
        fields.Where(f => f.IsMissing).Select(f => f.Name);

    /// <summary>Tells whether an enumeration field is unset (its default, zero, is never a defined value here).</summary>
    private protected static bool Unset<TEnum>(TEnum value)
        where TEnum : struct, Enum => EqualityComparer<TEnum>.Default.Equals(value, default);
}
