using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>Display labels of the enumerations of the <c>OrganizationalLife</c> area.</summary>
public static class OrganizationalLifeLabels
{
    /// <summary>Gets the labels of <see cref="MeetingKind"/>.</summary>
    public static LabelTable<MeetingKind> MeetingKinds { get; } = LabelTables.Create(
        (MeetingKind.MembersMeeting, "党员大会", "Members' meeting"),
        (MeetingKind.BranchCommitteeMeeting, "支委会", "Branch committee meeting"),
        (MeetingKind.PartyGroupMeeting, "党小组会", "Party-group meeting"),
        (MeetingKind.PartyLesson, "党课", "Party lesson"),
        (MeetingKind.ThemePartyDay, "主题党日", "Theme party day"),
        (MeetingKind.OrganizationalLifeMeeting, "组织生活会", "Organizational-life meeting"),
        (MeetingKind.DemocraticAppraisal, "民主评议党员", "Democratic appraisal of members"),
        (MeetingKind.HeartToHeartTalk, "谈心谈话", "Heart-to-heart talk"));

    /// <summary>Gets the labels of <see cref="LessonGiver"/>.</summary>
    public static LabelTable<LessonGiver> LessonGivers { get; } = LabelTables.Create(
        (LessonGiver.Secretary, "党支部书记", "Branch secretary"),
        (LessonGiver.LeadingCadre, "党员领导干部", "Leading cadre"),
        (LessonGiver.Other, "其他人员", "Other speaker"));

    /// <summary>Gets the labels of <see cref="AbsenceReason"/>.</summary>
    public static LabelTable<AbsenceReason> AbsenceReasons { get; } = LabelTables.Create(
        (AbsenceReason.Leave, "请假", "On leave"),
        (AbsenceReason.OfficialDuty, "因公", "On official duty"),
        (AbsenceReason.None, "无故缺席", "Absent without reason"));

    /// <summary>Gets the labels of <see cref="LifePeriod"/>.</summary>
    public static LabelTable<LifePeriod> LifePeriods { get; } = LabelTables.Create(
        (LifePeriod.Month, "每月", "Monthly"),
        (LifePeriod.Quarter, "每季度", "Quarterly"),
        (LifePeriod.Year, "每年", "Yearly"));

    /// <summary>Gets the labels of <see cref="QuorumReading"/>.</summary>
    public static LabelTable<QuorumReading> QuorumReadings { get; } = LabelTables.Create(
        (QuorumReading.MoreThanHalf, "超过半数", "More than half"),
        (QuorumReading.AtLeastHalf, "达到半数", "At least half"));

    /// <summary>Gets the labels of <see cref="LifeFindingKind"/>.</summary>
    public static LabelTable<LifeFindingKind> FindingKinds { get; } = LabelTables.Create(
        (LifeFindingKind.MissedMeeting, "未按期召开", "Meeting missed"),
        (LifeFindingKind.WithoutQuorum, "到会人数不足，会议无效", "Held without quorum, not valid"),
        (LifeFindingKind.MissingSecretaryLesson, "书记未讲党课", "No party lesson by the secretary"),
        (LifeFindingKind.MissingTalks, "未开展谈心谈话", "Heart-to-heart talks missing"),
        (LifeFindingKind.LeadingCadreAbsent, "领导干部未参加双重组织生活", "Leading cadre absent from the branch's life"),
        (LifeFindingKind.DuesUnpaid, "未交纳党费", "Party dues unpaid"),
        (LifeFindingKind.RegardedAsLeftTheParty, "连续六个月未参加组织生活或未交纳党费（自行脱党，待支部研究）", "Six consecutive months without organizational life or dues (regarded as having left the party; for the branch to decide)"));

    /// <summary>Gets the labels of <see cref="RecordMeasureKind"/>.</summary>
    public static LabelTable<RecordMeasureKind> RecordMeasureKinds { get; } = LabelTables.Create(
        (RecordMeasureKind.PeriodsWithoutValidMeeting, "未有效召开的期数", "Periods without a valid meeting"),
        (RecordMeasureKind.ShareOfPeriodsWithValidMeeting, "有效召开的期数占比", "Share of periods with a valid meeting"),
        (RecordMeasureKind.HeldInYear, "本年度均已有效召开", "Each held validly in the year"),
        (RecordMeasureKind.AttendanceRate, "到会率", "Attendance rate"));
}
