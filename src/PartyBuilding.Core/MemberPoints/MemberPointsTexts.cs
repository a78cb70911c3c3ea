using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>
/// The bilingual wording the member-points explanations are built from, so that a Chinese explanation holds no English
/// built from enum names or strategy vocabulary, and an English one no Chinese (issue 19, item 8). Strategy names and
/// parameter names stay machine keys in <see cref="Explanation.Parameters"/>; what they mean is said here in words.
/// </summary>
internal static class MemberPointsTexts
{
    /// <summary>Gets the label of a member's annual points.</summary>
    public static LocalizedText AnnualPoints { get; } = new("年度积分", "Annual points");

    /// <summary>Gets the label of a member's months in the party this year.</summary>
    public static LocalizedText MonthsInParty { get; } = new("在党月数", "Months in the party");

    /// <summary>Gets the label of the raters of a mass review.</summary>
    public static LocalizedText Raters { get; } = new("评议人数", "Raters");

    /// <summary>Gets the label of the raters who rated a member good.</summary>
    public static LocalizedText RatersGood { get; } = new("评“好”人数", "Raters: good");

    /// <summary>Gets the label of the raters who rated a member fairly good.</summary>
    public static LocalizedText RatersFairlyGood { get; } = new("评“较好”人数", "Raters: fairly good");

    /// <summary>Gets the label of the raters who rated a member average.</summary>
    public static LocalizedText RatersAverage { get; } = new("评“一般”人数", "Raters: average");

    /// <summary>Gets the label of the raters who rated a member poor.</summary>
    public static LocalizedText RatersPoor { get; } = new("评“差”人数", "Raters: poor");

    /// <summary>Gets the label of the bonus for the share of good ratings.</summary>
    public static LocalizedText GoodShareBonus { get; } = new("好评比例加分", "Bonus for the share of good ratings");

    /// <summary>Gets the label of the deduction for the share of poor ratings.</summary>
    public static LocalizedText PoorShareDeduction { get; } = new("差评比例扣分", "Deduction for the share of poor ratings");

    /// <summary>Gets the label of grading by thresholds.</summary>
    public static LocalizedText GradeByThresholds { get; } = new("按分数线定级", "Grade by thresholds");

    /// <summary>Gets the label of a grade ceiling set by a hard condition.</summary>
    public static LocalizedText GradeCeiling { get; } = new("封顶等次", "Grade ceiling");

    /// <summary>Gets the label of a grade capped by a hard condition.</summary>
    public static LocalizedText CappedByHardCondition { get; } = new("否决条件封顶", "Capped by a hard condition");

    /// <summary>Gets the label of the branch's quota of excellent members.</summary>
    public static LocalizedText ExcellentQuota { get; } = new("优秀名额限制", "Excellent quota of the branch");

    /// <summary>Gets the remark of a member within the quota.</summary>
    public static LocalizedText WithinQuota { get; } = new("名额内，定为优秀", "within the quota: excellent");

    /// <summary>Gets the remark of a member beyond the quota.</summary>
    public static LocalizedText BeyondQuota { get; } = new("超出名额，定为合格", "beyond the quota: qualified");

    /// <summary>Gets the label of the graded members of a branch.</summary>
    public static LocalizedText GradedMembersOfBranch { get; } = new("支部定级人数", "Graded members of the branch");

    /// <summary>Gets the label of a member's annual grade.</summary>
    public static LocalizedText AnnualGrade { get; } = new("年度定级", "Annual grade");

    /// <summary>Gets the label of the declarations counted nothing because they are out of period.</summary>
    public static LocalizedText OutOfPeriodItems { get; } = new("不计分申报（期外）", "Items out of period");

    /// <summary>Gets the label of what a member declared.</summary>
    public static LocalizedText DeclaredByMember { get; } = new("个人申报", "Declared by the member");

    /// <summary>Gets the label of the points an audit granted.</summary>
    public static LocalizedText AuditedPoints { get; } = new("审核认定", "Audited points");

    /// <summary>Gets the label of the points cut by a cap.</summary>
    public static LocalizedText CutByCap { get; } = new("超出上限核减", "Cut by the cap");

    /// <summary>Gets the label of a member not graded.</summary>
    public static LocalizedText NotGraded { get; } = new("不定级", "Not graded");

    /// <summary>Gets the label of a branch's member-points score and its formula.</summary>
    public static LocalizedText StatisticsScore { get; } = new(
        "党员积分管理得分（100 ×（参与权重 × 参与申报率 +（1 − 参与权重）× 合格及以上比例），四舍五入保留两位小数）",
        "Member-points score (100 × (w × participation + (1 − w) × share qualified or better), w the participation weight, rounded half away from zero at 2 places)");

    /// <summary>Gets the rule of a declaration out of period.</summary>
    public static LocalizedText OutOfPeriodRule { get; } = new(
        "不在申报期内，不计分：非本年度、发生日期不在申报月、申报月开始前提交，或早于入党（转入）月份",
        "out of period, not counted: another year, an occurrence outside the month, submitted before the month began, or before the member joined");

    /// <summary>Gets the rule of a duplicate declaration.</summary>
    public static LocalizedText DuplicateRule { get; } = new(
        "重复申报，不计分：同一党员、同一标准、同一发生日期已申报", "duplicate, not counted: the same member, standard and occurrence date was declared earlier");

    /// <summary>Gets the rule of a declaration not audited yet.</summary>
    public static LocalizedText UnauditedRule { get; } = new("待支部审核，不计分：只有审核认定的积分计入", "not audited yet, not counted: only audited points count");

    /// <summary>Gets the rule of a declaration rejected at the audit.</summary>
    public static LocalizedText RejectedRule { get; } = new("支部审核不予认定，不计分", "rejected at the branch audit, not counted");

    /// <summary>Gets the remark of a member still probationary at year end, when the scheme does not grade them.</summary>
    public static LocalizedText StillProbationary { get; } = new("年底仍为预备党员，方案规定预备党员不定级", "still probationary at year end; the scheme does not grade probationary members");

    /// <summary>Gets the label of a branch's participation rate.</summary>
    public static LocalizedText Participation { get; } = new("参与申报率", "Participation");

    /// <summary>Gets the label of a branch's share of members qualified or better.</summary>
    public static LocalizedText ShareQualifiedOrBetter { get; } = new("合格及以上比例", "Share qualified or better");

    /// <summary>Gets the label of a branch's member count.</summary>
    public static LocalizedText Members { get; } = new("党员人数", "Members");

    /// <summary>Gets the label of a branch's declaring members.</summary>
    public static LocalizedText DeclaringMembers { get; } = new("申报人数", "Declaring members");

    /// <summary>Gets the label of a branch's graded members.</summary>
    public static LocalizedText GradedMembers { get; } = new("定级人数", "Graded members");

    /// <summary>Gets the label of a branch's average points.</summary>
    public static LocalizedText AveragePoints { get; } = new("人均积分", "Average points");

    /// <summary>The label of one quarter's mass review.</summary>
    public static LocalizedText MassReview(int quarter) => new(
        string.Create(CultureInfo.InvariantCulture, $"第{quarter}季度群众评议"), string.Create(CultureInfo.InvariantCulture, $"Mass review, quarter {quarter}"));

    /// <summary>The label of one quarter's mass review scored by the rating table.</summary>
    public static LocalizedText RatingTableMassReview(int quarter) => new(
        string.Create(CultureInfo.InvariantCulture, $"第{quarter}季度群众评议（各评价分值按评议人数平均，四舍五入保留两位小数）"),
        string.Create(CultureInfo.InvariantCulture, $"Mass review, quarter {quarter} (rating points averaged over the raters, rounded half away from zero at 2 places)"));

    /// <summary>The remark of thresholds prorated to the months in the party.</summary>
    public static LocalizedText ThresholdsProrated(int months) => new(
        string.Create(CultureInfo.InvariantCulture, $"分数线按在党{months}个月折算"), string.Create(CultureInfo.InvariantCulture, $"thresholds prorated to {months} months in the party"));

    /// <summary>The remark of a tie at the quota's boundary, naming the tie rule and where it comes from.</summary>
    public static LocalizedText TieAtBoundary(string tieRule, bool isDefault) => new(
        $"名额边界同分，按同分处理规则“{TieRule(tieRule).ZhCn}”（{Source(isDefault).ZhCn}）",
        $"tied at the boundary; tie rule: {TieRule(tieRule).English} ({tieRule}, {Source(isDefault).English})");

    /// <summary>The remark of no tie at the quota's boundary, naming the tie rule and where it comes from.</summary>
    public static LocalizedText NoTieAtBoundary(string tieRule, bool isDefault) => new(
        $"同分处理规则“{TieRule(tieRule).ZhCn}”（{Source(isDefault).ZhCn}），本支部名额边界无同分",
        $"tie rule: {TieRule(tieRule).English} ({tieRule}, {Source(isDefault).English}); no tie at this branch's boundary");

    /// <summary>The label of one step of a declaration's audit trail.</summary>
    public static LocalizedText AuditStep(AuditDecision decision) => new(
        "支部审核：" + MemberPointsLabels.AuditDecisions[decision].ZhCn, "Branch audit: " + MemberPointsLabels.AuditDecisions[decision].English);

    /// <summary>The label of what was declared under a standard.</summary>
    public static LocalizedText Declared(PointsStandard standard) => new("申报：" + standard.Text.ZhCn, "Declared: " + standard.Text.English);

    /// <summary>The label of a standard counted from the records of organizational life.</summary>
    public static LocalizedText FromRecords(PointsStandard standard, RecordPointsCount count) => count == RecordPointsCount.Attended
        ? new("由组织生活记录计分（参加）：" + standard.Text.ZhCn, "Counted from organizational-life records (attended): " + standard.Text.English)
        : new("由组织生活记录计分（无故缺席）：" + standard.Text.ZhCn, "Counted from organizational-life records (absent without reason): " + standard.Text.English);

    /// <summary>The summary naming the records a month's points were counted from.</summary>
    public static LocalizedText FromRecordsSummary(ImmutableArray<OrganizationalLife.LifeRecordId> records) => new(
        "依据组织生活记录：" + string.Join("、", records), "From the organizational-life records " + string.Join(", ", records) + ".");

    /// <summary>The label of one month's points.</summary>
    public static LocalizedText MonthPoints(YearMonth month) => new(
        string.Create(CultureInfo.InvariantCulture, $"{month:uuuu-MM} 月度积分"), string.Create(CultureInfo.InvariantCulture, $"Points of {month:uuuu-MM}"));

    /// <summary>The reason of a grade ceiling: the standard of the hard condition.</summary>
    public static LocalizedText CeilingReason(PointsStandardId id, PointsStandard standard) => new($"{id}：{standard.Text.ZhCn}", $"{id}: {standard.Text.English}");

    /// <summary>The rule of a late declaration refused by the scheme.</summary>
    public static LocalizedText LateRefused(string deadline, int deadlineDay) => new(
        string.Create(CultureInfo.InvariantCulture, $"逾期申报，不计分：申报截止日为{deadline}（次月{deadlineDay}日），方案规定{MemberPointsLabels.LateDeclarationPolicies[LateDeclarationPolicy.Refuse].ZhCn}"),
        string.Create(CultureInfo.InvariantCulture, $"late, not counted: the deadline was {deadline} (day {deadlineDay} of the next month) and the scheme refuses late declarations"));

    /// <summary>The remark of a late declaration accepted by the scheme.</summary>
    public static LocalizedText LateAccepted(string deadline) => new(
        $"逾期申报（截止日{deadline}），方案规定{MemberPointsLabels.LateDeclarationPolicies[LateDeclarationPolicy.Accept].ZhCn}",
        $"late (deadline {deadline}), counted: the scheme accepts late declarations once audited");

    /// <summary>The remark of a member with too few months in the party to be graded.</summary>
    public static LocalizedText TooFewMonths(int months, int minimum) => new(
        string.Create(CultureInfo.InvariantCulture, $"本年度在党{months}个月，少于方案规定的{minimum}个月"),
        string.Create(CultureInfo.InvariantCulture, $"{months} months in the party this year, fewer than the scheme's {minimum}"));

    /// <summary>The wording of the tie rules of <see cref="BranchQuotaGradingStrategy"/>.</summary>
    public static LocalizedText TieRule(string tieRule) => string.Equals(tieRule, BranchQuotaGradingStrategy.IncludeTied, StringComparison.Ordinal)
        ? new("同分者均占名额", "tied members are all let in")
        : new("同分者均不占名额", "tied members are all left out");

    /// <summary>Says whether a parameter was given by the scheme or is the default.</summary>
    public static LocalizedText Source(bool isDefault) => isDefault
        ? new("方案未指定，按默认规则", "not set by the scheme: the default")
        : new("方案规定", "set by the scheme");

    /// <summary>The wording of <see cref="LateDeclarationPolicy"/> values in explanation labels.</summary>
    public static LocalizedText LatePolicy(LateDeclarationPolicy policy) => MemberPointsLabels.LateDeclarationPolicies[policy];

    /// <summary>The machine key of a late policy in explanation parameters (like a strategy name, not English for readers).</summary>
    public static string LatePolicyKey(LateDeclarationPolicy policy) => policy == LateDeclarationPolicy.Accept ? "accept" : "refuse";

    /// <summary>Formats a decimal invariantly (for parameters).</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Appends parenthesised remarks: <c>标签（说明；说明）</c> / <c>Label (remark; remark)</c>.</summary>
    public static LocalizedText Remark(LocalizedText label, params LocalizedText[] remarks) =>
        new(
            label.ZhCn + "（" + string.Join("；", remarks.Select(r => r.ZhCn)) + "）",
            label.English + " (" + string.Join("; ", remarks.Select(r => r.English)) + ")");
}
