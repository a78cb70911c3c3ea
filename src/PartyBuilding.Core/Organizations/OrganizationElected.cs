using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>An organization holds its election (换届选举), starting a new term of office: kind <see cref="OrganizationEventKind.Elected"/>.</summary>
/// <param name="Date">The date of the election, the start of the new term.</param>
/// <param name="OrganizationId">The organization.</param>
/// <param name="HasCommittee">Whether a committee was elected; <see langword="null"/> to keep what the organization had.</param>
/// <param name="Note">A free-text note, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record OrganizationElected(LocalDate Date, OrganizationId OrganizationId, bool? HasCommittee = null, string? Note = null) : OrganizationEvent(Date, Note)
{
    /// <inheritdoc />
    private protected override OrganizationEventKind EventKind => OrganizationEventKind.Elected;

    internal override RegistryState ApplyTo(EventReplay replay) => replay.Apply(this);

    internal override bool Concerns(OrganizationId id) => OrganizationId == id;

    internal override IEnumerable<string> MissingFields() => Missing((nameof(OrganizationId), OrganizationId.IsEmpty));
}
