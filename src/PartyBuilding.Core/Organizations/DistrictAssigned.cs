using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>An organization is assigned to a responsibility district (划入责任区): kind <see cref="OrganizationEventKind.DistrictAssigned"/>.</summary>
/// <param name="Date">The date of the assignment.</param>
/// <param name="OrganizationId">The organization.</param>
/// <param name="DistrictId">The district, one of the snapshot's.</param>
/// <param name="Note">A free-text note, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DistrictAssigned(LocalDate Date, OrganizationId OrganizationId, DistrictId DistrictId, string? Note = null) : OrganizationEvent(Date, Note)
{
    /// <inheritdoc />
    private protected override OrganizationEventKind EventKind => OrganizationEventKind.DistrictAssigned;

    internal override RegistryState ApplyTo(EventReplay replay) => replay.Apply(this);

    internal override bool Concerns(OrganizationId id) => OrganizationId == id;

    internal override IEnumerable<string> MissingFields() =>
        Missing((nameof(OrganizationId), OrganizationId.IsEmpty), (nameof(DistrictId), DistrictId.IsEmpty));
}
