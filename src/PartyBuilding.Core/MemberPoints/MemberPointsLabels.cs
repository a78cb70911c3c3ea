using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>Display labels of the enumerations of the <c>MemberPoints</c> area.</summary>
public static class MemberPointsLabels
{
    /// <summary>Gets the labels of <see cref="StandardGroup"/>.</summary>
    public static LabelTable<StandardGroup> StandardGroups { get; } = LabelTables.Create(
        (StandardGroup.FourSpeaksFourHaves, "四讲四有", "Four speaks, four haves"),
        (StandardGroup.FourQualifieds, "四个合格", "Four qualifieds"));

    /// <summary>Gets the labels of <see cref="PointsKind"/>.</summary>
    public static LabelTable<PointsKind> PointsKinds { get; } = LabelTables.Create(
        (PointsKind.Base, "基础分", "Base points"),
        (PointsKind.Bonus, "加分", "Bonus points"),
        (PointsKind.Deduction, "扣分", "Deduction"));

    /// <summary>Gets the labels of <see cref="AuditDecision"/>.</summary>
    public static LabelTable<AuditDecision> AuditDecisions { get; } = LabelTables.Create(
        (AuditDecision.Approve, "审核通过", "Approved"),
        (AuditDecision.Adjust, "调整分值", "Adjusted"),
        (AuditDecision.Reject, "不予认定", "Rejected"));

    /// <summary>Gets the labels of <see cref="MemberGrade"/>.</summary>
    public static LabelTable<MemberGrade> MemberGrades { get; } = LabelTables.Create(
        (MemberGrade.Excellent, "优秀", "Excellent"),
        (MemberGrade.Qualified, "合格", "Qualified"),
        (MemberGrade.BasicallyQualified, "基本合格", "Basically qualified"),
        (MemberGrade.Unqualified, "不合格", "Unqualified"));

    /// <summary>Gets the labels of <see cref="DeclarationStatus"/>.</summary>
    public static LabelTable<DeclarationStatus> DeclarationStatuses { get; } = LabelTables.Create(
        (DeclarationStatus.Counted, "已计分", "Counted"),
        (DeclarationStatus.Unaudited, "待审核", "Not audited"),
        (DeclarationStatus.Rejected, "审核未通过", "Rejected"),
        (DeclarationStatus.Late, "逾期申报", "Late"),
        (DeclarationStatus.Duplicate, "重复申报", "Duplicate"),
        (DeclarationStatus.OutOfPeriod, "不在申报期内", "Out of period"));

    /// <summary>Gets the labels of <see cref="LateDeclarationPolicy"/>.</summary>
    public static LabelTable<LateDeclarationPolicy> LateDeclarationPolicies { get; } = LabelTables.Create(
        (LateDeclarationPolicy.Refuse, "逾期不予计分", "Refuse late declarations"),
        (LateDeclarationPolicy.Accept, "逾期经审核仍计分", "Accept late declarations once audited"));

    /// <summary>Gets the labels of <see cref="UngradedReason"/>.</summary>
    public static LabelTable<UngradedReason> UngradedReasons { get; } = LabelTables.Create(
        (UngradedReason.Probationary, "预备党员不定级", "Probationary member, not graded"),
        (UngradedReason.TooFewMonths, "在本支部时间不足不定级", "Too few months in this branch, not graded"));

    /// <summary>Gets the labels of <see cref="RecordPointsCount"/>.</summary>
    public static LabelTable<RecordPointsCount> RecordPointsCounts { get; } = LabelTables.Create(
        (RecordPointsCount.Attended, "参加", "Attended"),
        (RecordPointsCount.AbsentWithoutReason, "无故缺席", "Absent without reason"));
}
