using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>An organization is renamed (更名): kind <see cref="OrganizationEventKind.Renamed"/>.</summary>
/// <param name="Date">The date from which the new name holds.</param>
/// <param name="OrganizationId">The organization.</param>
/// <param name="Name">The new name.</param>
/// <param name="Note">A free-text note, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record OrganizationRenamed(LocalDate Date, OrganizationId OrganizationId, string Name, string? Note = null) : OrganizationEvent(Date, Note)
{
    /// <inheritdoc />
    private protected override OrganizationEventKind EventKind => OrganizationEventKind.Renamed;

    internal override RegistryState ApplyTo(EventReplay replay) => replay.Apply(this);

    internal override bool Concerns(OrganizationId id) => OrganizationId == id;

    internal override IEnumerable<string> MissingFields() =>
        Missing((nameof(OrganizationId), OrganizationId.IsEmpty), (nameof(Name), string.IsNullOrWhiteSpace(Name)));
}
