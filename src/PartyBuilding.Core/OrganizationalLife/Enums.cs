using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>The kind of a record of organizational life (组织生活的形式).</summary>
[JsonConverter(typeof(StrictEnumConverter<MeetingKind>))]
public enum MeetingKind
{
    /// <summary>A branch members' meeting (党支部党员大会).</summary>
    MembersMeeting = 1,

    /// <summary>A branch committee meeting (党支部委员会会议, 支委会).</summary>
    BranchCommitteeMeeting = 2,

    /// <summary>A party-group meeting (党小组会).</summary>
    PartyGroupMeeting = 3,

    /// <summary>A party lesson (党课).</summary>
    PartyLesson = 4,

    /// <summary>A theme party day (主题党日).</summary>
    ThemePartyDay = 5,

    /// <summary>An organizational-life meeting (组织生活会).</summary>
    OrganizationalLifeMeeting = 6,

    /// <summary>A democratic appraisal of members (民主评议党员).</summary>
    DemocraticAppraisal = 7,

    /// <summary>A heart-to-heart talk (谈心谈话).</summary>
    HeartToHeartTalk = 8,
}

/// <summary>Who gave a party lesson (党课的讲授人).</summary>
[JsonConverter(typeof(StrictEnumConverter<LessonGiver>))]
public enum LessonGiver
{
    /// <summary>The branch secretary (党支部书记).</summary>
    Secretary = 1,

    /// <summary>A leading cadre (党员领导干部).</summary>
    LeadingCadre = 2,

    /// <summary>Someone else (其他人员).</summary>
    Other = 3,
}

/// <summary>Why a member was absent from a meeting (缺席原因).</summary>
[JsonConverter(typeof(StrictEnumConverter<AbsenceReason>))]
public enum AbsenceReason
{
    /// <summary>On leave granted by the branch (请假).</summary>
    Leave = 1,

    /// <summary>Away on official duty (因公).</summary>
    OfficialDuty = 2,

    /// <summary>No reason given (无故缺席).</summary>
    None = 3,
}

/// <summary>The period a frequency rule counts in (频次的周期).</summary>
[JsonConverter(typeof(StrictEnumConverter<LifePeriod>))]
public enum LifePeriod
{
    /// <summary>A calendar month (每月).</summary>
    Month = 1,

    /// <summary>A calendar quarter (每季度).</summary>
    Quarter = 2,

    /// <summary>A calendar year (每年).</summary>
    Year = 3,
}

/// <summary>What a compliance finding of organizational life says (组织生活检查发现的问题).</summary>
[JsonConverter(typeof(StrictEnumConverter<LifeFindingKind>))]
public enum LifeFindingKind
{
    /// <summary>Fewer valid meetings of a kind in a period than the rule requires (未按期召开).</summary>
    MissedMeeting = 1,

    /// <summary>A meeting was held without its quorum: recorded, but not valid (到会人数不足).</summary>
    WithoutQuorum = 2,

    /// <summary>The branch secretary gave no party lesson in the year (书记未讲党课).</summary>
    MissingSecretaryLesson = 3,

    /// <summary>Members with whom no heart-to-heart talk was held in the year (未开展谈心谈话).</summary>
    MissingTalks = 4,

    /// <summary>A leading cadre took too little part in the life of the cadre's own branch (领导干部未参加双重组织生活).</summary>
    LeadingCadreAbsent = 5,

    /// <summary>Months for which a member's party dues were not paid (未交纳党费).</summary>
    DuesUnpaid = 6,

    /// <summary>
    /// Six consecutive months without organizational life or without dues and without a proper reason, which the
    /// constitution regards as leaving the party (自行脱党): raised for the branch to decide on, never a removal.
    /// </summary>
    RegardedAsLeftTheParty = 7,
}
