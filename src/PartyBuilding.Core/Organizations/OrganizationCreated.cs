using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>An organization is newly created (新建): kind <see cref="OrganizationEventKind.Created"/>.</summary>
/// <param name="Date">The date from which the organization exists.</param>
/// <param name="OrganizationId">The new organization's identifier; never used before.</param>
/// <param name="OrganizationKind">The kind of the new organization.</param>
/// <param name="Name">The name of the new organization.</param>
/// <param name="ParentId">The organization it sits under, or <see langword="null"/> for a root.</param>
/// <param name="DistrictId">The responsibility district it is assigned to, or <see langword="null"/>.</param>
/// <param name="HasCommittee">Whether a committee was elected at its founding.</param>
/// <param name="StaffCount">The organ staff count of the department, or <see langword="null"/> when not recorded.</param>
/// <param name="Note">A free-text note, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record OrganizationCreated(
    LocalDate Date,
    OrganizationId OrganizationId,
    OrganizationKind OrganizationKind,
    string Name,
    OrganizationId? ParentId = null,
    DistrictId? DistrictId = null,
    bool HasCommittee = false,
    int? StaffCount = null,
    string? Note = null) : OrganizationEvent(Date, Note)
{
    /// <inheritdoc />
    private protected override OrganizationEventKind EventKind => OrganizationEventKind.Created;

    internal override RegistryState ApplyTo(EventReplay replay) => replay.Apply(this);

    internal override bool Concerns(OrganizationId id) => OrganizationId == id || ParentId == id;

    internal override IEnumerable<string> MissingFields() =>
        Missing((nameof(OrganizationId), OrganizationId.IsEmpty), (nameof(OrganizationKind), Unset(OrganizationKind)), (nameof(Name), string.IsNullOrWhiteSpace(Name)));
}
