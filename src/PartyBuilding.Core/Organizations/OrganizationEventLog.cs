using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>The dated events that change a snapshot over time, in date order (events of one date apply in log order).</summary>
/// <remarks>Check it with <see cref="OrganizationEventLogValidator"/>. A document of kind <c>organization-event-log</c>. Immutable and thread-safe.</remarks>
public sealed record OrganizationEventLog : IDocumentContent
{
    /// <summary>Initializes a log.</summary>
    /// <param name="events">The events in date order; empty for none.</param>
    public OrganizationEventLog(ValueArray<OrganizationEvent> events = default) => Events = events;

    /// <summary>Gets an empty log.</summary>
    public static OrganizationEventLog Empty { get; } = new([]);

    /// <inheritdoc />
    public static string DocumentKind => "organization-event-log";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => OrganizationsJson.Metadata;

    /// <summary>Gets the events in date order.</summary>
    public ValueArray<OrganizationEvent> Events { get; init; }
}
