using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>An organization is dissolved (撤销); its members may be transferred to a successor; kind <see cref="OrganizationEventKind.Dissolved"/>.</summary>
/// <param name="Date">The date from which the organization no longer exists.</param>
/// <param name="OrganizationId">The organization.</param>
/// <param name="SuccessorId">The branch or party group that takes over its members, or <see langword="null"/> when it has none.</param>
/// <param name="Note">A free-text note, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record OrganizationDissolved(LocalDate Date, OrganizationId OrganizationId, OrganizationId? SuccessorId = null, string? Note = null)
    : OrganizationEvent(Date, Note)
{
    /// <inheritdoc />
    private protected override OrganizationEventKind EventKind => OrganizationEventKind.Dissolved;

    internal override RegistryState ApplyTo(EventReplay replay) => replay.Apply(this);

    internal override bool Concerns(OrganizationId id) => OrganizationId == id || SuccessorId == id;

    internal override IEnumerable<string> MissingFields() => Missing((nameof(OrganizationId), OrganizationId.IsEmpty));
}
