using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>An organization's organ staff count changes (机关人数变更): kind <see cref="OrganizationEventKind.StaffCountChanged"/>.</summary>
/// <param name="Date">The date of the new count.</param>
/// <param name="OrganizationId">The organization.</param>
/// <param name="StaffCount">The new organ staff count, zero or more; required in JSON (a missing count is not read as zero).</param>
/// <param name="Note">A free-text note, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StaffCountChanged(LocalDate Date, OrganizationId OrganizationId, [property: JsonRequired] int StaffCount, string? Note = null) : OrganizationEvent(Date, Note)
{
    /// <inheritdoc />
    private protected override OrganizationEventKind EventKind => OrganizationEventKind.StaffCountChanged;

    internal override RegistryState ApplyTo(EventReplay replay) => replay.Apply(this);

    internal override bool Concerns(OrganizationId id) => OrganizationId == id;

    internal override IEnumerable<string> MissingFields() => Missing((nameof(OrganizationId), OrganizationId.IsEmpty));
}
