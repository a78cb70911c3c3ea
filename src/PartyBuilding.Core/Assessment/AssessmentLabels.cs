using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Assessment;

/// <summary>Display labels of the enumerations of the <c>Assessment</c> area.</summary>
public static class AssessmentLabels
{
    /// <summary>Gets the labels of <see cref="GradeBand"/>.</summary>
    public static LabelTable<GradeBand> GradeBands { get; } = LabelTables.Create(
        (GradeBand.Good, "好", "Good"),
        (GradeBand.FairlyGood, "较好", "Fairly good"),
        (GradeBand.Average, "一般", "Average"),
        (GradeBand.Poor, "差", "Poor"));

    /// <summary>Gets the labels of <see cref="ComponentKind"/>.</summary>
    public static LabelTable<ComponentKind> ComponentKinds { get; } = LabelTables.Create(
        (ComponentKind.DoubleReview, "双述双评", "Double report, double review"),
        (ComponentKind.Standardization, "党支部标准化建设", "Branch standardization"),
        (ComponentKind.Responsibilities, "责任清单落实", "Responsibility lists"),
        (ComponentKind.Rectification, "问题整改", "Rectification"),
        (ComponentKind.MemberPoints, "党员积分统计", "Member-points statistics"),
        (ComponentKind.RoutineWork, "日常工作", "Routine work"),
        (ComponentKind.KeyWork, "重点工作", "Key work"),
        (ComponentKind.Other, "其他", "Other"));

    /// <summary>Gets the labels of <see cref="ComponentNature"/>.</summary>
    public static LabelTable<ComponentNature> ComponentNatures { get; } = LabelTables.Create(
        (ComponentNature.Quantitative, "定量", "Quantitative"),
        (ComponentNature.Qualitative, "定性", "Qualitative"));

    /// <summary>Gets the labels of <see cref="PrecedenceRuleKind"/>.</summary>
    public static LabelTable<PrecedenceRuleKind> PrecedenceRuleKinds { get; } = LabelTables.Create(
        (PrecedenceRuleKind.Veto, "一票否决", "Veto"),
        (PrecedenceRuleKind.ForcedDowngrade, "强制降档", "Forced downgrade"));

    /// <summary>Gets the labels of <see cref="PublishedRankOrder"/>.</summary>
    public static LabelTable<PublishedRankOrder> PublishedRankOrders { get; } = LabelTables.Create(
        (PublishedRankOrder.BandThenTotal, "先等次、后总分", "by final band, then total"),
        (PublishedRankOrder.TotalWithMarks, "按总分排序，否决和降档只作标注", "by total, vetoes and downgrades marked only"),
        (PublishedRankOrder.VetoedLast, "一票否决单位排在其他单位之后，其余按总分", "vetoed organizations after all others, then by total"));

    /// <summary>Gets the labels of <see cref="ModelOrganStatus"/>.</summary>
    public static LabelTable<ModelOrganStatus> ModelOrganStatuses { get; } = LabelTables.Create(
        (ModelOrganStatus.Applied, "已申报", "Applied"),
        (ModelOrganStatus.SelfEvaluated, "已自评", "Self-evaluated"),
        (ModelOrganStatus.Named, "已命名", "Named"),
        (ModelOrganStatus.Rejected, "未通过", "Rejected"),
        (ModelOrganStatus.Withdrawn, "已退出", "Withdrawn"));

    /// <summary>Gets the labels of <see cref="CertificationStepKind"/>.</summary>
    public static LabelTable<CertificationStepKind> CertificationStepKinds { get; } = LabelTables.Create(
        (CertificationStepKind.SelfEvaluation, "部门自评", "Department self-evaluation"),
        (CertificationStepKind.JointMeeting, "联席会议评估", "Joint-meeting assessment"),
        (CertificationStepKind.Naming, "命名", "Naming"),
        (CertificationStepKind.Review, "年度复核", "Annual review"),
        (CertificationStepKind.Withdrawal, "退出", "Withdrawal"));

    /// <summary>Gets the labels of <see cref="CertificationCriterionKind"/>.</summary>
    public static LabelTable<CertificationCriterionKind> CertificationCriterionKinds { get; } = LabelTables.Create(
        (CertificationCriterionKind.NoVeto, "无一票否决", "No veto"),
        (CertificationCriterionKind.MinimumBand, "考核等次", "Minimum grade band"),
        (CertificationCriterionKind.RankingBand, "排名档次", "Ranking band"),
        (CertificationCriterionKind.TierCoverage, "标准化达标覆盖", "Standardization tier coverage"));

    /// <summary>Gets the label of the regular score (常规因素得分).</summary>
    internal static LocalizedText RegularScore { get; } = new("常规因素得分", "Regular score");

    /// <summary>Gets the label of the bonus factors counted (加分因素).</summary>
    internal static LocalizedText BonusFactors { get; } = new("加分因素", "Bonus factors");

    /// <summary>Gets the label of the deduction items counted, as points deducted.</summary>
    internal static LocalizedText DeductionItems { get; } = new("扣分项（扣减分值）", "Deductions (points deducted)");

    /// <summary>Gets the label of the deduction as it enters the total (negative).</summary>
    internal static LocalizedText Deduction { get; } = new("扣分", "Deduction");

    /// <summary>Gets the label of the exact annual total.</summary>
    internal static LocalizedText ExactTotal { get; } = new("年度总分（精确值）", "Annual total (exact)");

    /// <summary>Gets the label of the published annual total, the root of an organization's explanation.</summary>
    internal static LocalizedText PublishedTotal { get; } = new("年度考核得分（公布值）", "Annual assessment score (published)");

    /// <summary>Gets the label of a qualitative component's score: the component and the grade given.</summary>
    /// <param name="component">The component's label.</param>
    /// <param name="grade">The grade.</param>
    /// <returns>The label.</returns>
    internal static LocalizedText Qualitative(LocalizedText component, GradeBand grade) =>
        new($"{component.ZhCn}（定性：{GradeBands[grade].ZhCn}）", $"{component.English} (qualitative: {GradeBands[grade].English})");

    /// <summary>Gets the label of a component's weighted contribution.</summary>
    /// <param name="component">The component's label.</param>
    /// <returns>The label.</returns>
    internal static LocalizedText Weighted(LocalizedText component) =>
        new($"{component.ZhCn}（加权）", $"{component.English} (weighted)");
}
