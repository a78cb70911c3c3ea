using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// A probationary member's probation is extended (延长预备期): kind <see cref="OrganizationEventKind.ProbationExtended"/>.
/// The party constitution, article 7: a probation may be extended, but by no more than one year
/// (<see cref="MemberStandingRules.ExtensionMonths"/>).
/// </summary>
/// <param name="Date">The date of the decision (the branch's members' meeting, approved above).</param>
/// <param name="MemberId">The member, a current probationary member.</param>
/// <param name="Months">By how many months the probation is extended; with every earlier extension of the member, 1 to 12 in all.</param>
/// <param name="Note">A free-text note (the decision's document number), or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ProbationExtended(LocalDate Date, MemberId MemberId, int Months, string? Note = null) : OrganizationEvent(Date, Note)
{
    /// <inheritdoc />
    private protected override OrganizationEventKind EventKind => OrganizationEventKind.ProbationExtended;

    internal override RegistryState ApplyTo(EventReplay replay) => replay.Apply(this);

    internal override bool Concerns(OrganizationId id) => false;

    internal override IEnumerable<string> MissingFields() => Missing((nameof(MemberId), MemberId.IsEmpty));
}
