using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>An organization is kept as it is (不变): a recorded decision that leaves the tree unchanged; kind <see cref="OrganizationEventKind.Unchanged"/>.</summary>
/// <param name="Date">The date of the decision.</param>
/// <param name="OrganizationId">The organization, which must exist.</param>
/// <param name="Note">A free-text note, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record OrganizationUnchanged(LocalDate Date, OrganizationId OrganizationId, string? Note = null) : OrganizationEvent(Date, Note)
{
    /// <inheritdoc />
    private protected override OrganizationEventKind EventKind => OrganizationEventKind.Unchanged;

    internal override RegistryState ApplyTo(EventReplay replay) => replay.Apply(this);

    internal override bool Concerns(OrganizationId id) => OrganizationId == id;

    internal override IEnumerable<string> MissingFields() => Missing((nameof(OrganizationId), OrganizationId.IsEmpty));
}
