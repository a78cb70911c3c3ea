using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Responsibilities;

namespace PartyBuilding.Core.Supervision;

/// <summary>A person in a supervision group, by name and role (督导组成员).</summary>
/// <param name="Name">The person's name; working-committee staff need not be members of an organization of the structure.</param>
/// <param name="Role">Leader, deputy leader or member.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record GroupMember(string Name, GroupRole Role);

/// <summary>
/// A supervision group (督导组) the working committee sends to the departments (article 000: six groups; article 002: five
/// groups, <see cref="SupervisionCitations.Article000Groups"/>, <see cref="SupervisionCitations.Article002Groups"/>).
/// </summary>
/// <param name="Id">The group's identifier, unique within the records.</param>
/// <param name="Name">The group's name, e.g. 第一督导组.</param>
/// <param name="Members">Its people, exactly one of them its leader (<see cref="SupervisionCitations.OneLeader"/>, 示例).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SupervisionGroup(SupervisionGroupId Id, LocalizedText Name, ValueArray<GroupMember> Members);

/// <summary>A piece of evidence of a finding (佐证材料): what it is and where it is found.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Reference">Where it is: a file number, a page of the minutes book, the identifier of a record of organizational life.</param>
/// <param name="Note">What it shows, in both languages or as given (a plain string in JSON), or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FindingEvidence(EvidenceKind Kind, string Reference, LocalizedText? Note = null);

/// <summary>
/// A problem a supervision group found on a visit (督导发现的问题), measured against exactly one of: a key point of the
/// catalogue, an indicator of a branch standardization catalogue, or a rule of organizational life (named by the kind of
/// finding its check makes).
/// </summary>
/// <param name="Id">The finding's identifier, unique within the records.</param>
/// <param name="Organization">The organization the finding concerns: the organization visited or one of its branches.</param>
/// <param name="Description">What was found.</param>
/// <param name="Evidence">The evidence, at least one piece.</param>
/// <param name="Point">The catalogue's key point, when the finding is measured against one.</param>
/// <param name="Indicator">The standardization indicator, when the finding is measured against one.</param>
/// <param name="LifeRule">The rule of organizational life, when the finding is measured against one.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SupervisionFinding(
    SupervisionFindingId Id,
    OrganizationId Organization,
    LocalizedText Description,
    ValueArray<FindingEvidence> Evidence,
    SupervisionPointId? Point = null,
    IndicatorId? Indicator = null,
    LifeFindingKind? LifeRule = null)
{
    /// <summary>Gets what the finding is measured against, or <see langword="null"/> when it names none or more than one (a problem of the records).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public FindingTargetKind? TargetKind =>
        (Point.HasValue ? 1 : 0) + (Indicator.HasValue ? 1 : 0) + (LifeRule.HasValue ? 1 : 0) != 1 ? null
        : Point.HasValue ? FindingTargetKind.SupervisionPoint
        : Indicator.HasValue ? FindingTargetKind.StandardizationIndicator
        : FindingTargetKind.OrganizationalLifeRule;
}

/// <summary>A visit of a supervision group to an organization on a date (督导检查), with the methods it used and what it found.</summary>
/// <param name="Id">The visit's identifier, unique within the records.</param>
/// <param name="Group">The supervision group.</param>
/// <param name="Organization">The organization visited; it must be in the organization structure on the date.</param>
/// <param name="Date">The date of the visit, within the records' year.</param>
/// <param name="Methods">The methods used (<see cref="SupervisionMethod"/>), at least one, each once.</param>
/// <param name="Findings">The problems found.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SupervisionVisit(
    SupervisionVisitId Id,
    SupervisionGroupId Group,
    OrganizationId Organization,
    LocalDate Date,
    ValueArray<SupervisionMethod> Methods,
    ValueArray<SupervisionFinding> Findings = default);

/// <summary>
/// A circular (通报) the working committee issues on what its supervision found, to every department (article 000,
/// <see cref="SupervisionCitations.Article000Groups"/>).
/// </summary>
/// <param name="Id">The circular's identifier, unique among the records' circulars and notices.</param>
/// <param name="IssuedOn">The date of issue, on or after every visit whose findings it covers.</param>
/// <param name="Title">The circular's title.</param>
/// <param name="Findings">The findings it reports, at least one, of any organization.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SupervisionCircular(SupervisionNoticeId Id, LocalDate IssuedOn, LocalizedText Title, ValueArray<SupervisionFindingId> Findings);

/// <summary>
/// One finding on a rectification notice, with its due date (整改期限): one of the rectification ledger's deadline classes as
/// a preset (<see cref="DeadlineClass"/>, article 000) or an explicit date, exactly one of the two.
/// </summary>
/// <param name="Finding">The finding.</param>
/// <param name="Deadline">A preset: end of November or year end of the notice's year, or a long-term task (no due date).</param>
/// <param name="DueOn">An explicit due date, on or after the notice's issue date.</param>
/// <param name="Repeats">The earlier notice that already covered the finding, when this notice restates it (再次下发); a finding is otherwise on one notice only.</param>
/// <param name="Responsible">The responsible person for the rectification (整改责任人), a member of the structure; <see langword="null"/> when
/// the notice leaves it to the ledger (<see cref="SupervisionEngine.ToLedgerProblems"/> then takes its default).</param>
/// <param name="ResponsibleDepartment">The responsible department (整改责任单位), an organization under the committee; <see langword="null"/>
/// for the organization the notice is issued to.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record NoticeItem(
    SupervisionFindingId Finding,
    DeadlineClass? Deadline = null,
    LocalDate? DueOn = null,
    SupervisionNoticeId? Repeats = null,
    MemberId? Responsible = null,
    OrganizationId? ResponsibleDepartment = null)
{
    /// <summary>Gets the due date on a notice issued on a date: the explicit date, 30 November or 31 December of the year, or <see langword="null"/> for a long-term task or an incomplete item.</summary>
    /// <param name="issuedOn">The notice's issue date.</param>
    /// <returns>The due date, or <see langword="null"/>.</returns>
    public LocalDate? DueDate(LocalDate issuedOn) => DueOn ?? Deadline switch
    {
        DeadlineClass.EndOfNovember => new LocalDate(issuedOn.Year, 11, 30),
        DeadlineClass.YearEnd => new LocalDate(issuedOn.Year, 12, 31),
        _ => null,
    };
}

/// <summary>
/// A rectification notice (整改通知书) issued to one organization from the findings of the visits to it, each finding with its
/// due date (article 003 reports 493 of them, <see cref="SupervisionCitations.RectificationNotices"/>).
/// </summary>
/// <param name="Id">The notice's identifier, unique among the records' circulars and notices.</param>
/// <param name="Organization">The organization it is issued to; every finding it covers comes from a visit to it.</param>
/// <param name="IssuedOn">The date of issue, on or after every visit whose findings it covers.</param>
/// <param name="Items">The findings it covers, each once, with their due dates.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RectificationNotice(SupervisionNoticeId Id, OrganizationId Organization, LocalDate IssuedOn, ValueArray<NoticeItem> Items);

/// <summary>
/// One year of a working committee's supervision (督导工作台账): its supervision groups, their visits with the findings, and
/// the circulars and rectification notices issued from the findings.
/// </summary>
/// <param name="Year">The year; every visit is dated in it (notices may follow in the next).</param>
/// <param name="CommitteeId">The working committee.</param>
/// <param name="Groups">The supervision groups.</param>
/// <param name="Visits">The visits.</param>
/// <param name="Circulars">The circulars.</param>
/// <param name="Notices">The rectification notices.</param>
/// <remarks>Immutable and thread-safe; value-equal. The order of items does not change a result.</remarks>
public sealed record SupervisionRecords(
    AssessmentYear Year,
    OrganizationId CommitteeId,
    ValueArray<SupervisionGroup> Groups,
    ValueArray<SupervisionVisit> Visits = default,
    ValueArray<SupervisionCircular> Circulars = default,
    ValueArray<RectificationNotice> Notices = default) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "supervision-records";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => SupervisionJson.Metadata;

    /// <summary>Gets a value indicating whether the records are illustrative (示例), e.g. a seed, not a committee's real supervision.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsIllustrative { get; init; }
}
