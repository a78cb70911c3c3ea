using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// A member is placed on probation within the party (留党察看), a disciplinary sanction, for a period:
/// kind <see cref="OrganizationEventKind.PartyProbationImposed"/>. The party constitution's chapter on discipline: the
/// period is at most two years (<see cref="MemberStandingRules.PartyProbationMonths"/>), and during it the member has no
/// right to vote, elect or be elected (<see cref="MemberStandingRules.PartyProbationHasNoVote"/>).
/// </summary>
/// <param name="Date">The date the sanction takes effect: the first day without the rights.</param>
/// <param name="MemberId">The member, a current member.</param>
/// <param name="Months">The period in months, 1 to 24; the rights return on <paramref name="Date"/> plus the period.</param>
/// <param name="Note">A free-text note (the decision's document number), or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PartyProbationImposed(LocalDate Date, MemberId MemberId, int Months, string? Note = null) : OrganizationEvent(Date, Note)
{
    /// <inheritdoc />
    private protected override OrganizationEventKind EventKind => OrganizationEventKind.PartyProbationImposed;

    /// <summary>
    /// Gets the first day the member has the rights again: <see cref="OrganizationEvent.Date"/> plus <see cref="Months"/>. A
    /// period that would run past the end of the ISO calendar (never a valid one: the registry refuses more than the
    /// constitution's limit, <see cref="OrganizationsErrorCodes.PartyProbationPeriod"/>) ends in the calendar's last month,
    /// so that reading, writing and validating such an event never throws.
    /// </summary>
    public LocalDate Ends => Date.PlusMonths(Math.Clamp(Months, 0, ((9999 - Date.Year) * 12) + (12 - Date.Month)));

    internal override RegistryState ApplyTo(EventReplay replay) => replay.Apply(this);

    internal override bool Concerns(OrganizationId id) => false;

    internal override IEnumerable<string> MissingFields() => Missing((nameof(MemberId), MemberId.IsEmpty));
}
