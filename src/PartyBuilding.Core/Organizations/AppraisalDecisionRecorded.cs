using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// The branch's decision on a member judged unqualified (不合格党员), e.g. in the democratic appraisal of members
/// (民主评议党员): kind <see cref="OrganizationEventKind.AppraisalDecision"/>. The measures are the party constitution's,
/// article 9: correct within a deadline (限期改正), advised to withdraw (劝其退党), removed (除名).
/// </summary>
/// <param name="Date">The date of the decision.</param>
/// <param name="MemberId">The member, a current member.</param>
/// <param name="Outcome">The measure decided.</param>
/// <param name="Deadline">For <see cref="AppraisalOutcome.CorrectWithinDeadline"/>, the deadline (after <paramref name="Date"/>); <see langword="null"/> for the other measures.</param>
/// <param name="Note">A free-text note (the decision's document number), or <see langword="null"/>.</param>
/// <remarks>
/// The decision is recorded, not carried out: a member removed (除名) leaves the registry with a
/// <see cref="MemberLeft"/> event of reason <see cref="MembershipChangeReason.Removed"/>. Immutable and thread-safe.
/// </remarks>
public sealed record AppraisalDecisionRecorded(
    LocalDate Date,
    MemberId MemberId,
    AppraisalOutcome Outcome,
    LocalDate? Deadline = null,
    string? Note = null) : OrganizationEvent(Date, Note)
{
    /// <inheritdoc />
    private protected override OrganizationEventKind EventKind => OrganizationEventKind.AppraisalDecision;

    internal override RegistryState ApplyTo(EventReplay replay) => replay.Apply(this);

    internal override bool Concerns(OrganizationId id) => false;

    internal override IEnumerable<string> MissingFields() => Missing(
        (nameof(MemberId), MemberId.IsEmpty),
        (nameof(Outcome), Unset(Outcome)),
        (nameof(Deadline), Outcome == AppraisalOutcome.CorrectWithinDeadline && Deadline is null));
}
