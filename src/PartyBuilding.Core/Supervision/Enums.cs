using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Supervision;

/// <summary>
/// How a supervision group checks an organization on a visit (督导方式). Each method carries the article that names it
/// (<see cref="SupervisionCitations.Method"/>).
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<SupervisionMethod>))]
public enum SupervisionMethod
{
    /// <summary>Hearing the organization's report (听汇报), article 002.</summary>
    HearReport = 1,

    /// <summary>Checking the files (查档案), article 002.</summary>
    CheckFiles = 2,

    /// <summary>Reviewing the materials (看材料), article 002.</summary>
    ReviewMaterials = 3,

    /// <summary>Individual interviews (个别访谈), article 004.</summary>
    IndividualInterview = 4,

    /// <summary>Sitting in on meetings (列席会议), article 004 (article 001: 列席巡听).</summary>
    SitInOnMeeting = 5,

    /// <summary>Random checks (随机抽查): named by none of the five source articles, the library's own (示例).</summary>
    RandomCheck = 6,

    /// <summary>Ledger management (台账管理), article 004.</summary>
    LedgerReview = 7,

    /// <summary>Supervision and follow-up orders (督查督办), article 004.</summary>
    SupervisionOrder = 8,
}

/// <summary>The role of a person in a supervision group (督导组成员分工).</summary>
[JsonConverter(typeof(StrictEnumConverter<GroupRole>))]
public enum GroupRole
{
    /// <summary>The group's leader (组长).</summary>
    Leader = 1,

    /// <summary>A deputy leader (副组长).</summary>
    DeputyLeader = 2,

    /// <summary>A member (成员).</summary>
    Member = 3,
}

/// <summary>What a supervision finding is measured against (督导发现问题的依据).</summary>
[JsonConverter(typeof(StrictEnumConverter<FindingTargetKind>))]
public enum FindingTargetKind
{
    /// <summary>A key supervision point of the catalogue (重点督导内容).</summary>
    SupervisionPoint = 1,

    /// <summary>An indicator of a branch standardization catalogue (党支部标准化建设指标).</summary>
    StandardizationIndicator = 2,

    /// <summary>A rule of organizational life, named by the kind of finding its check makes (组织生活制度).</summary>
    OrganizationalLifeRule = 3,
}

/// <summary>What a piece of evidence of a finding is (问题佐证材料的类别).</summary>
[JsonConverter(typeof(StrictEnumConverter<EvidenceKind>))]
public enum EvidenceKind
{
    /// <summary>A document or file (文件材料).</summary>
    Document = 1,

    /// <summary>Minutes of a meeting (会议记录).</summary>
    Minutes = 2,

    /// <summary>A record of organizational life, by its identifier (组织生活记录).</summary>
    LifeRecord = 3,

    /// <summary>Notes of an interview (访谈记录).</summary>
    InterviewNote = 4,

    /// <summary>A note of what was seen on site (现场查看记录).</summary>
    SiteInspection = 5,
}

/// <summary>
/// Where a supervision finding stands as of a date (督导问题的整改状态): from the notices alone (<see cref="NotOnNotice"/>, <see cref="Open"/>,
/// <see cref="PastDue"/>), or, when the rectification ledger is given and holds the finding as a problem's origin, as the ledger says
/// (<see cref="Open"/>, <see cref="Rectified"/>, <see cref="Overdue"/>).
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<FindingState>))]
public enum FindingState
{
    /// <summary>No rectification notice covering the finding was issued by the date (未列入整改通知书).</summary>
    NotOnNotice = 1,

    /// <summary>On a notice, and its due date has not passed, or it is a long-term task (整改期限内); with the ledger, its problem has no measure overdue and not every one done.</summary>
    Open = 2,

    /// <summary>On a notice, and its due date has passed; whether it was rectified is for the ledger to say (已过整改期限). Not used for a finding the given ledger holds.</summary>
    PastDue = 3,

    /// <summary>The ledger problem of the finding has every measure done as of the date (已完成整改).</summary>
    Rectified = 4,

    /// <summary>The ledger problem of the finding has a measure overdue as of the date (整改逾期).</summary>
    Overdue = 5,
}
