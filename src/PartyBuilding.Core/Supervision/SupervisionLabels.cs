using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Supervision;

/// <summary>Display labels of the enumerations of the <c>Supervision</c> area.</summary>
public static class SupervisionLabels
{
    /// <summary>Gets the labels of <see cref="SupervisionMethod"/>.</summary>
    public static LabelTable<SupervisionMethod> Methods { get; } = LabelTables.Create(
        (SupervisionMethod.HearReport, "听汇报", "Hearing the report"),
        (SupervisionMethod.CheckFiles, "查档案", "Checking the files"),
        (SupervisionMethod.ReviewMaterials, "看材料", "Reviewing the materials"),
        (SupervisionMethod.IndividualInterview, "个别访谈", "Individual interviews"),
        (SupervisionMethod.SitInOnMeeting, "列席会议", "Sitting in on a meeting"),
        (SupervisionMethod.RandomCheck, "随机抽查", "Random check"),
        (SupervisionMethod.LedgerReview, "台账管理", "Ledger management"),
        (SupervisionMethod.SupervisionOrder, "督查督办", "Supervision order"));

    /// <summary>Gets the labels of <see cref="GroupRole"/>.</summary>
    public static LabelTable<GroupRole> GroupRoles { get; } = LabelTables.Create(
        (GroupRole.Leader, "组长", "Leader"),
        (GroupRole.DeputyLeader, "副组长", "Deputy leader"),
        (GroupRole.Member, "成员", "Member"));

    /// <summary>Gets the labels of <see cref="FindingTargetKind"/>.</summary>
    public static LabelTable<FindingTargetKind> TargetKinds { get; } = LabelTables.Create(
        (FindingTargetKind.SupervisionPoint, "重点督导内容", "Key supervision point"),
        (FindingTargetKind.StandardizationIndicator, "党支部标准化建设指标", "Branch standardization indicator"),
        (FindingTargetKind.OrganizationalLifeRule, "组织生活制度", "Rule of organizational life"));

    /// <summary>Gets the labels of <see cref="EvidenceKind"/>.</summary>
    public static LabelTable<EvidenceKind> EvidenceKinds { get; } = LabelTables.Create(
        (EvidenceKind.Document, "文件材料", "Document"),
        (EvidenceKind.Minutes, "会议记录", "Minutes"),
        (EvidenceKind.LifeRecord, "组织生活记录", "Record of organizational life"),
        (EvidenceKind.InterviewNote, "访谈记录", "Interview notes"),
        (EvidenceKind.SiteInspection, "现场查看记录", "Site inspection note"));

    /// <summary>Gets the labels of <see cref="FindingState"/>.</summary>
    public static LabelTable<FindingState> FindingStates { get; } = LabelTables.Create(
        (FindingState.NotOnNotice, "未列入整改通知书", "Not on a rectification notice"),
        (FindingState.Open, "整改期限内", "Within its due date"),
        (FindingState.PastDue, "已过整改期限", "Past its due date"),
        (FindingState.Rectified, "已完成整改", "Rectified"),
        (FindingState.Overdue, "整改逾期", "Overdue in the ledger"));

    // Accountability cases (问责案例), issue 22.

    /// <summary>Gets the labels of <see cref="AccountabilitySubjectKind"/>.</summary>
    public static LabelTable<AccountabilitySubjectKind> SubjectKinds { get; } = LabelTables.Create(
        (AccountabilitySubjectKind.PartyOrganization, "党组织", "Party organization"),
        (AccountabilitySubjectKind.LeadingCadre, "党的领导干部", "Leading cadre"));

    /// <summary>Gets the labels of <see cref="AccountabilityForm"/>.</summary>
    public static LabelTable<AccountabilityForm> AccountabilityForms { get; } = LabelTables.Create(
        (AccountabilityForm.Inspection, "检查", "Inspection"),
        (AccountabilityForm.Circular, "通报", "Circular"),
        (AccountabilityForm.Reorganization, "改组", "Reorganization"),
        (AccountabilityForm.Admonition, "诫勉", "Admonition"),
        (AccountabilityForm.OrganizationalAdjustment, "组织调整或者组织处理", "Organizational adjustment or handling"),
        (AccountabilityForm.DisciplinarySanction, "纪律处分", "Disciplinary sanction"));

    /// <summary>Gets the labels of <see cref="AccountabilityFactKind"/>.</summary>
    public static LabelTable<AccountabilityFactKind> FactKinds { get; } = LabelTables.Create(
        (AccountabilityFactKind.SupervisionFinding, "督导发现问题", "Supervision finding"),
        (AccountabilityFactKind.OverdueMeasure, "逾期未完成的整改措施", "Overdue rectification measure"),
        (AccountabilityFactKind.Veto, "一票否决事项", "Veto"));
}
