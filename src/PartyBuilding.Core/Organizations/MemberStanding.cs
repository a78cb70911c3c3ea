using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// A member's standing on one date (党员身份与权利): the probation and when it ends, party standing (党龄), and whether the
/// member has the rights to vote, elect and be elected. Get it from <see cref="OrganizationTree.StandingOf"/> or
/// <see cref="OrganizationRegistry.StandingOf"/>.
/// </summary>
/// <param name="MemberId">The member.</param>
/// <param name="Date">The date the standing is of.</param>
/// <param name="Status">Full or probationary on the date.</param>
/// <param name="PartyDatesRecorded">
/// Whether the registry knows the member's dates of admission and of becoming full: <see langword="false"/> for a member
/// who joined the registry through the log as a full member (the event's date is the day of joining the branch, not the
/// party); then <see cref="ProbationEndsOn"/> and <see cref="PartyStandingMonths"/> are not known and nothing is checked.
/// </param>
/// <param name="JoinedOn">The date the member was admitted (start of probation, 党章第七条), or the registry's joining date when <see cref="PartyDatesRecorded"/> is false.</param>
/// <param name="ExtensionMonths">The months by which the probation was extended (延长预备期), all extensions recorded by the date.</param>
/// <param name="ProbationEndsOn">The day the probation runs out: admission plus one year plus the extensions; <see langword="null"/> when the dates are not recorded.</param>
/// <param name="FullSince">The date the member became full (转正), or <see langword="null"/> for a probationary member.</param>
/// <param name="PartyStandingMonths">Party standing (党龄) in whole months from <see cref="FullSince"/> to the date, or <see langword="null"/> for a probationary member or when the dates are not recorded.</param>
/// <param name="Restriction">Why the member has no right to vote, elect or be elected on the date, or <see cref="RightsRestriction.None"/>.</param>
/// <param name="RestrictionCitation">The rule of <see cref="Restriction"/>, or <see langword="null"/> when the member has the rights.</param>
/// <param name="PartyProbationEnds">For a member on probation within the party on the date, the first day with the rights again; else <see langword="null"/>.</param>
/// <param name="Decisions">The standing decisions recorded for the member by the date, in log order: extensions, sanctions and decisions on an unqualified member.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MemberStanding(
    MemberId MemberId,
    LocalDate Date,
    MembershipStatus Status,
    bool PartyDatesRecorded,
    LocalDate JoinedOn,
    int ExtensionMonths,
    LocalDate? ProbationEndsOn,
    LocalDate? FullSince,
    int? PartyStandingMonths,
    RightsRestriction Restriction,
    Citation? RestrictionCitation,
    LocalDate? PartyProbationEnds,
    ValueArray<OrganizationEvent> Decisions)
{
    /// <summary>Gets a value indicating whether the member has the rights to vote, elect and be elected (表决权、选举权和被选举权) on the date.</summary>
    public bool HasVotingRights => Restriction == RightsRestriction.None;

    /// <summary>Gets party standing (党龄) in whole years, or <see langword="null"/> when <see cref="PartyStandingMonths"/> is.</summary>
    public int? PartyStandingYears => PartyStandingMonths / 12;
}

/// <summary>
/// A place where the registry contradicts the constitution's rule of probation (党章第七条): a finding for the committee to
/// look into, never a correction of the registry.
/// </summary>
/// <param name="MemberId">The member.</param>
/// <param name="Kind">What is contradicted.</param>
/// <param name="ProbationEndsOn">The day the probation runs out by the rule (admission plus one year plus the recorded extensions).</param>
/// <param name="FullSince">The registry's date of becoming full, or <see langword="null"/> for a member still probationary.</param>
/// <param name="Days">How many days the registry is off: before or after the expiry, or how long the probation has overrun (counting the day of expiry).</param>
/// <param name="Citation">The rule.</param>
/// <param name="Description">The finding in words, in Chinese and English.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StandingFinding(
    MemberId MemberId,
    StandingFindingKind Kind,
    LocalDate ProbationEndsOn,
    LocalDate? FullSince,
    int Days,
    Citation Citation,
    LocalizedText Description);
