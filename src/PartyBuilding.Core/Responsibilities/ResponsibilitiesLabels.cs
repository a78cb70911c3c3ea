using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>Display labels of the enumerations of the <c>Responsibilities</c> area.</summary>
public static class ResponsibilitiesLabels
{
    /// <summary>Gets the labels of <see cref="ResponsibilityLevel"/>.</summary>
    public static LabelTable<ResponsibilityLevel> Levels { get; } = LabelTables.Create(
        (ResponsibilityLevel.Principal, "主体责任", "Principal responsibility"),
        (ResponsibilityLevel.Assisting, "协助责任", "Assisting responsibility"),
        (ResponsibilityLevel.GuidingAndSupervising, "指导督促责任", "Guiding and supervising responsibility"),
        (ResponsibilityLevel.Implementing, "具体落实责任", "Specific implementation responsibility"));

    /// <summary>Gets the labels of <see cref="DueRuleKind"/>.</summary>
    public static LabelTable<DueRuleKind> DueRuleKinds { get; } = LabelTables.Create(
        (DueRuleKind.Once, "按期完成", "Once by a date"),
        (DueRuleKind.Recurring, "定期重复", "Recurring"));

    /// <summary>Gets the labels of <see cref="RecurrencePeriod"/>.</summary>
    public static LabelTable<RecurrencePeriod> RecurrencePeriods { get; } = LabelTables.Create(
        (RecurrencePeriod.Month, "每月", "Every month"),
        (RecurrencePeriod.Quarter, "每季度", "Every quarter"),
        (RecurrencePeriod.HalfYear, "每半年", "Every half year"),
        (RecurrencePeriod.Year, "每年", "Every year"));

    /// <summary>Gets the labels of <see cref="DutyStatus"/>.</summary>
    public static LabelTable<DutyStatus> DutyStatuses { get; } = LabelTables.Create(
        (DutyStatus.Done, "已完成", "Done"),
        (DutyStatus.Due, "进行中", "Due"),
        (DutyStatus.Overdue, "已逾期", "Overdue"),
        (DutyStatus.NotYetDue, "未到期", "Not yet due"));

    /// <summary>Gets the labels of <see cref="ResponsibilityListKind"/>.</summary>
    public static LabelTable<ResponsibilityListKind> ListKinds { get; } = LabelTables.Create(
        (ResponsibilityListKind.Annual, "年度责任清单", "Annual responsibility list"),
        (ResponsibilityListKind.TargetAgreement, "目标责任书", "Target-responsibility agreement"),
        (ResponsibilityListKind.FourLevel, "四级责任清单", "Four-level responsibility list"));

    /// <summary>Gets the labels of <see cref="ContactTaskKind"/>.</summary>
    public static LabelTable<ContactTaskKind> ContactTaskKinds { get; } = LabelTables.Create(
        (ContactTaskKind.Research, "调查研究", "Research"),
        (ContactTaskKind.HeartToHeartTalk, "谈心谈话", "Heart-to-heart talk"),
        (ContactTaskKind.PartyLesson, "讲党课", "Party lesson"),
        (ContactTaskKind.Other, "其他任务", "Other task"));

    /// <summary>Gets the labels of <see cref="AccountabilityStage"/>.</summary>
    public static LabelTable<AccountabilityStage> Stages { get; } = LabelTables.Create(
        (AccountabilityStage.Clarify, "明责", "Clarify"),
        (AccountabilityStage.Assign, "定责", "Assign"),
        (AccountabilityStage.Supervise, "督责", "Supervise"),
        (AccountabilityStage.Report, "述责", "Report"),
        (AccountabilityStage.Evaluate, "评责", "Evaluate"),
        (AccountabilityStage.HoldAccountable, "问责", "Hold accountable"));

    /// <summary>Gets the labels of <see cref="DeadlineClass"/>.</summary>
    public static LabelTable<DeadlineClass> DeadlineClasses { get; } = LabelTables.Create(
        (DeadlineClass.EndOfNovember, "11月底", "End of November"),
        (DeadlineClass.YearEnd, "年底", "Year end"),
        (DeadlineClass.LongTerm, "长期任务", "Long term"));

    /// <summary>Gets the labels of <see cref="RecheckOutcome"/>.</summary>
    public static LabelTable<RecheckOutcome> RecheckOutcomes { get; } = LabelTables.Create(
        (RecheckOutcome.Confirmed, "整改到位", "Confirmed"),
        (RecheckOutcome.Relapsed, "问题反弹", "Relapsed"));

    /// <summary>Gets the labels of <see cref="ProblemOriginKind"/>.</summary>
    public static LabelTable<ProblemOriginKind> OriginKinds { get; } = LabelTables.Create(
        (ProblemOriginKind.SupervisionFinding, "督导发现问题", "Supervision finding"),
        (ProblemOriginKind.InspectionFeedback, "巡视巡察反馈问题", "Inspection feedback"));
}
