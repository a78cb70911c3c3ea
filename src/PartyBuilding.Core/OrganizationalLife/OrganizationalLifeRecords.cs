using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>A member of a branch as the records of organizational life need the member (支部党员名册条目).</summary>
/// <param name="Id">The member.</param>
/// <param name="Status">Full or probationary: only full members have a vote (党章第七条), so only they count for the members' meeting quorum (and not on the days of <see cref="PartyProbation"/>).</param>
/// <param name="CommitteeMember">Whether the member sits on the branch committee (支部委员), for the committee meeting quorum.</param>
/// <param name="LeadingCadre">Whether the member is a leading cadre (党员领导干部) who must take part in the branch's life too (双重组织生活).</param>
/// <param name="GroupId">The party group (党小组) within the branch the member belongs to, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LifeMember(
    MemberId Id,
    MembershipStatus Status = MembershipStatus.Full,
    bool CommitteeMember = false,
    bool LeadingCadre = false,
    OrganizationId? GroupId = null)
{
    /// <summary>
    /// Gets the periods of probation within the party (留党察看) of the member that bear on the year; none by default. During
    /// one the member has no right to vote (<see cref="MemberStandingRules.PartyProbationHasNoVote"/>), so a members' meeting
    /// held then counts its quorum without the member (支部工作条例第十一条: 半数以上有表决权的党员). In the annual evaluation
    /// they must be the registry's (<see cref="PartyProbationImposed"/>, checked by <see cref="OrganizationalLifeEngine.CheckAgainst"/>).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public ValueArray<LifePartyProbation> PartyProbation { get; init; }

    /// <summary>
    /// Gets the first day the member belonged to the branch in the year (admitted, 接收预备党员, or transferred in, 转入), or
    /// <see langword="null"/> when the member belonged to it from the start of the year. Before it the member is not checked:
    /// owes no dues, counts for no quorum, and no meeting is open to the member.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? From { get; init; }

    /// <summary>
    /// Gets the last day the member belonged to the branch in the year (transferred out, 转出, or left the party), or
    /// <see langword="null"/> when the member still belonged to it at the end of the year. After it the member is not checked.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? To { get; init; }

    /// <summary>Tells whether the member belonged to the branch on a date (<see cref="From"/> to <see cref="To"/>).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the date is in the member's period.</returns>
    internal bool BelongsOn(LocalDate date) => (From is not { } from || from <= date) && (To is not { } to || date <= to);

    /// <summary>Tells whether any day of a month is in the member's period: the month is then checked for the member.</summary>
    /// <param name="month">The month.</param>
    /// <returns><see langword="true"/> when the month and the period overlap.</returns>
    internal bool BelongsIn(YearMonth month) =>
        (From is not { } from || from <= DateRange.Of(month).End) && (To is not { } to || month.OnDayOfMonth(1) <= to);

    /// <summary>Tells whether the member is on probation within the party on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when a period of <see cref="PartyProbation"/> holds the date.</returns>
    internal bool IsOnPartyProbation(LocalDate date)
    {
        foreach (var period in PartyProbation)
        {
            if (period is not null && period.Contains(date))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// A period of probation within the party (留党察看期间) as the records copy it from the registry's decision
/// (<see cref="PartyProbationImposed"/>): from the day the sanction takes effect to the day the rights return.
/// </summary>
/// <param name="From">The first day without the rights to vote, elect and be elected (<see cref="OrganizationEvent.Date"/> of the decision).</param>
/// <param name="Ends">The first day with the rights again (<see cref="PartyProbationImposed.Ends"/>), after <paramref name="From"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LifePartyProbation(LocalDate From, LocalDate Ends)
{
    /// <summary>Tells whether a date falls within the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="From"/> ≤ <paramref name="date"/> &lt; <see cref="Ends"/>.</returns>
    public bool Contains(LocalDate date) => From <= date && date < Ends;
}

/// <summary>A branch whose organizational life is recorded, with its members (支部及其党员).</summary>
/// <param name="Id">The branch; it must be a branch of the organization structure.</param>
/// <param name="Members">The branch's members during the year.</param>
/// <param name="Groups">The party groups (党小组) of the branch; each must hold a party-group meeting every month.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LifeBranch(OrganizationId Id, ValueArray<LifeMember> Members, ValueArray<OrganizationId> Groups = default);

/// <summary>A member recorded absent from a meeting, with the reason (缺席人员及原因).</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Reason">On leave (请假), on official duty (因公), or no reason.</param>
public sealed record Absence(MemberId MemberId, AbsenceReason Reason);

/// <summary>
/// One record of organizational life (组织生活记录): a meeting of any kind, a party lesson, a theme party day, an
/// organizational-life meeting, a democratic appraisal or a heart-to-heart talk, as its minutes record it.
/// </summary>
/// <param name="Id">The record's identifier; a finding cites the records it rests on by it.</param>
/// <param name="Kind">The kind.</param>
/// <param name="OrganizationId">The branch that held it, or for a party-group meeting the party group.</param>
/// <param name="Date">The date it was held.</param>
/// <param name="Chair">The member who chaired it (主持人), or for a talk the committee member who held it; <see langword="null"/> when not recorded.</param>
/// <param name="Topics">The topics (议题), in order.</param>
/// <param name="FirstTopic">The first topic (第一议题) where one is recorded, or <see langword="null"/>.</param>
/// <param name="Attendees">The members present (for a talk: the member talked with).</param>
/// <param name="Absentees">The members absent, each with the reason.</param>
/// <param name="Minutes">A reference to the minutes (会议记录), e.g. a page of the minutes book, or <see langword="null"/>.</param>
/// <param name="Giver">For a party lesson, who gave it; <see langword="null"/> for every other kind.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MeetingRecord(
    LifeRecordId Id,
    MeetingKind Kind,
    OrganizationId OrganizationId,
    LocalDate Date,
    MemberId? Chair = null,
    ValueArray<string> Topics = default,
    string? FirstTopic = null,
    ValueArray<MemberId> Attendees = default,
    ValueArray<Absence> Absentees = default,
    string? Minutes = null,
    LessonGiver? Giver = null);

/// <summary>A member's party dues paid for one month (党费交纳记录).</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Month">The month paid for.</param>
/// <param name="PaidOn">The date paid; a payment after the as-of date is not seen.</param>
public sealed record DuesPayment(MemberId MemberId, YearMonth Month, LocalDate PaidOn);

/// <summary>
/// One year of a working committee's records of organizational life (组织生活台账): its branches and members, every
/// meeting, lesson, theme party day, organizational-life meeting, appraisal and talk, and the dues paid.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="CommitteeId">The working committee.</param>
/// <param name="Branches">The branches, each with its members and party groups.</param>
/// <param name="Meetings">The records.</param>
/// <param name="Dues">The dues paid, one entry per member and month.</param>
/// <remarks>Immutable and thread-safe; value-equal. The order of items does not change a result.</remarks>
public sealed record OrganizationalLifeRecords(
    AssessmentYear Year,
    OrganizationId CommitteeId,
    ValueArray<LifeBranch> Branches,
    ValueArray<MeetingRecord> Meetings = default,
    ValueArray<DuesPayment> Dues = default) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "organizational-life-records";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => OrganizationalLifeJson.Metadata;

    /// <summary>
    /// Gets the previous year's records carried over for the six-month rule across the year boundary (党章第九条), or
    /// <see langword="null"/> when none are given: then only the months of the year are seen. See <see cref="LifeCarryover"/>.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public LifeCarryover? Carryover { get; init; }

    /// <summary>Gets a value indicating whether the records are illustrative (示例), e.g. a seed, not a committee's real minutes.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsIllustrative { get; init; }
}
