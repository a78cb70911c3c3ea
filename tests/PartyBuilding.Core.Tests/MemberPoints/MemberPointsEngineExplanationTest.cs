using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

/// <summary>
/// Pins the published explanation of <see cref="MemberPointsEngine"/> node by node (article 002: 党员每月积分个人申报, 支部每月积分审核,
/// 群众每季党员评议, 用量化积分来评定党员): keys, both labels, values, strategies and parameters, notes and citations of every
/// declaration status, the audit trail, the caps, the months, the out-of-period items and the statistics.
/// </summary>
public sealed class MemberPointsEngineExplanationTest
{
    private static readonly MemberId A = M(1);
    private static readonly MemberId B = M(2);

    private static Declaration Item(string id, string standard, int month, int day, LocalDate submitted, int quantity = 1) =>
        new(DeclarationId.Parse(id), A, S(standard), new YearMonth(2024, month), new LocalDate(2024, month, day), submitted, quantity);

    /// <summary>Member A's year: every status, both caps, an adjustment, a rejection and a mass review; member B declares once.</summary>
    private static MemberPointsDataSet YearOfEveryRule()
    {
        Declaration[] items =
        [
            Item("D01", "B1", 1, 10, new LocalDate(2024, 2, 2)),
            Item("D02", "B1", 1, 11, new LocalDate(2024, 2, 2)),
            Item("D03", "X1", 2, 10, new LocalDate(2024, 3, 2), quantity: 2),
            Item("D04", "D1", 2, 12, new LocalDate(2024, 3, 2)),
            Item("D05", "B2", 3, 10, new LocalDate(2024, 4, 2)),
            Item("D06", "B2", 4, 10, new LocalDate(2024, 5, 2)),
            Item("D07-B", "B1", 3, 10, new LocalDate(2024, 4, 2)),
            Item("D07-A", "B1", 3, 10, new LocalDate(2024, 4, 2)),
            Item("D08", "B1", 5, 10, new LocalDate(2024, 6, 6)),
            new(DeclarationId.Parse("D09"), A, S("B1"), new YearMonth(2023, 12), new LocalDate(2023, 12, 10), new LocalDate(2024, 1, 2)),
            Item("D10", "B1", 6, 1, new LocalDate(2024, 6, 1)),
            new(DeclarationId.Parse("D11"), B, S("B1"), new YearMonth(2024, 2), new LocalDate(2024, 2, 10), new LocalDate(2024, 3, 2)),
        ];
        AuditRecord[] audits =
        [
            .. items.Where(d => d.Id.Value is not ("D04" or "D05" or "D06")).Select(d => Approve(d)),
            Adjust(items[3], 1m, "情节较轻"),
            Approve(items[4]),
            Reject(items[4], "无活动记录", items[4].SubmittedOn.PlusDays(9)),
        ];
        return Data([Member(A), Member(B)], items, audits, [new MassReview(A, 1, 6, 2, 1, 1)]);
    }

    [Fact]
    public void Article002_MonthlyDeclarationAndAudit_ExplainEveryItemOfTheYearNodeByNode() =>
        Flatten(Evaluate(YearOfEveryRule()).Member(A)!.PointsExplanation).Should().Equal(
        [
            (0, "BZ-002-B01-M001", "年度积分", "Annual points", "8.60", "sum", "", null, null),
            (1, "BZ-002-B01-M001/2024-01", "2024-01 月度积分", "Points of 2024-01", "2", "sum", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (2, "D01", "申报：标准 B1（基础分）", "Declared: Standard B1 (Base points)", "2", "sum", "", null, null),
            (3, null, "审核认定（审核通过）", "Audited points (Approved)", "2", "latest-audit", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (4, null, "个人申报", "Declared by the member", "2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 党员每月积分个人申报,进行自我监督 [article-002]"),
            (4, "2024-02-07", "支部审核：审核通过", "Branch audit: Approved", "2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (2, "D02", "申报：标准 B1（基础分）", "Declared: Standard B1 (Base points)", "0", "sum", "", null, null),
            (3, null, "审核认定（审核通过）", "Audited points (Approved)", "2", "latest-audit", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (4, null, "个人申报", "Declared by the member", "2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 党员每月积分个人申报,进行自我监督 [article-002]"),
            (4, "2024-02-07", "支部审核：审核通过", "Branch audit: Approved", "2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (3, null, "超出上限核减", "Cut by the cap", "-2", "cap", "monthlyCap=2", null, null),
            (1, "BZ-002-B01-M001/2024-02", "2024-02 月度积分", "Points of 2024-02", "2", "sum", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (2, "D03", "申报：标准 X1（加分）", "Declared: Standard X1 (Bonus points)", "3", "sum", "", null, null),
            (3, null, "审核认定（审核通过）", "Audited points (Approved)", "6", "latest-audit", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (4, null, "个人申报", "Declared by the member", "6", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 党员每月积分个人申报,进行自我监督 [article-002]"),
            (4, "2024-03-07", "支部审核：审核通过", "Branch audit: Approved", "6", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (3, null, "超出上限核减", "Cut by the cap", "-3", "cap", "monthlyCap=3,yearlyCap=9", null, null),
            (2, "D04", "申报：标准 D1（扣分）", "Declared: Standard D1 (Deduction)", "-1", "sum", "", null, null),
            (3, null, "审核认定（调整分值）", "Audited points (Adjusted)", "-1", "latest-audit", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (4, null, "个人申报", "Declared by the member", "-2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 党员每月积分个人申报,进行自我监督 [article-002]"),
            (4, "2024-03-07", "支部审核：调整分值", "Branch audit: Adjusted", "-1", null, "", "情节较轻", "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (1, "BZ-002-B01-M001/2024-03", "2024-03 月度积分", "Points of 2024-03", "2", "sum", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (2, "D05", "申报：标准 B2（基础分；支部审核不予认定，不计分）", "Declared: Standard B2 (Base points; rejected at the branch audit, not counted)", "0", "declaration-status", "", "无活动记录", "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (3, null, "个人申报", "Declared by the member", "1", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 党员每月积分个人申报,进行自我监督 [article-002]"),
            (3, "2024-04-07", "支部审核：审核通过", "Branch audit: Approved", "1", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (3, "2024-04-11", "支部审核：不予认定", "Branch audit: Rejected", "0", null, "", "无活动记录", "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (2, "D07-A", "申报：标准 B1（基础分）", "Declared: Standard B1 (Base points)", "2", "sum", "", null, null),
            (3, null, "审核认定（审核通过）", "Audited points (Approved)", "2", "latest-audit", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (4, null, "个人申报", "Declared by the member", "2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 党员每月积分个人申报,进行自我监督 [article-002]"),
            (4, "2024-04-07", "支部审核：审核通过", "Branch audit: Approved", "2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (2, "D07-B", "申报：标准 B1（基础分；重复申报，不计分：同一党员、同一标准、同一发生日期已申报）", "Declared: Standard B1 (Base points; duplicate, not counted: the same member, standard and occurrence date was declared earlier)", "0", "declaration-status", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 党员每月积分个人申报,进行自我监督 [article-002]"),
            (3, null, "个人申报", "Declared by the member", "2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 党员每月积分个人申报,进行自我监督 [article-002]"),
            (3, "2024-04-07", "支部审核：审核通过", "Branch audit: Approved", "2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (1, "BZ-002-B01-M001/2024-04", "2024-04 月度积分", "Points of 2024-04", "0", "sum", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (2, "D06", "申报：标准 B2（基础分；待支部审核，不计分：只有审核认定的积分计入）", "Declared: Standard B2 (Base points; not audited yet, not counted: only audited points count)", "0", "declaration-status", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (3, null, "个人申报", "Declared by the member", "1", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 党员每月积分个人申报,进行自我监督 [article-002]"),
            (1, "BZ-002-B01-M001/2024-05", "2024-05 月度积分", "Points of 2024-05", "0", "sum", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (2, "D08", "申报：标准 B1（基础分；逾期申报，不计分：申报截止日为2024-06-05（次月5日），方案规定逾期不予计分）", "Declared: Standard B1 (Base points; late, not counted: the deadline was 2024-06-05 (day 5 of the next month) and the scheme refuses late declarations)", "0", "declaration-status", "deadline=2024-06-05,declarationDeadlineDay=5,latePolicy=refuse", null, "《构建工作“一体化”格局 提升党建科学化水平》 党员每月积分个人申报,进行自我监督 [article-002]"),
            (3, null, "个人申报", "Declared by the member", "2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 党员每月积分个人申报,进行自我监督 [article-002]"),
            (3, "2024-06-11", "支部审核：审核通过", "Branch audit: Approved", "2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (1, "BZ-002-B01-M001/2024-06", "2024-06 月度积分", "Points of 2024-06", "2", "sum", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (2, "D10", "申报：标准 B1（基础分）", "Declared: Standard B1 (Base points)", "2", "sum", "", null, null),
            (3, null, "审核认定（审核通过）", "Audited points (Approved)", "2", "latest-audit", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (4, null, "个人申报", "Declared by the member", "2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 党员每月积分个人申报,进行自我监督 [article-002]"),
            (4, "2024-06-06", "支部审核：审核通过", "Branch audit: Approved", "2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (1, "BZ-002-B01-M001/out-of-period", "不计分申报（期外）", "Items out of period", "0", "sum", "", null, null),
            (2, "D09", "申报：标准 B1（基础分；不在申报期内，不计分：非本年度、发生日期不在申报月、申报月开始前提交，或早于入党（转入）月份）", "Declared: Standard B1 (Base points; out of period, not counted: another year, an occurrence outside the month, submitted before the month began, or before the member joined)", "0", "declaration-status", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 党员每月积分个人申报,进行自我监督 [article-002]"),
            (3, null, "个人申报", "Declared by the member", "2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 党员每月积分个人申报,进行自我监督 [article-002]"),
            (3, "2024-01-07", "支部审核：审核通过", "Branch audit: Approved", "2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (1, "BZ-002-B01-M001/Q1", "第1季度群众评议（各评价分值按评议人数平均，四舍五入保留两位小数）", "Mass review, quarter 1 (rating points averaged over the raters, rounded half away from zero at 2 places)", "0.60", "rating-table", "average=0,fairly-good=0.5,good=1,poor=-1,scale=2", null, "《构建工作“一体化”格局 提升党建科学化水平》 群众每季党员评议,进行民主监督 [article-002]"),
            (2, null, "评“好”人数", "Raters: good", "6", null, "", null, null),
            (2, null, "评“较好”人数", "Raters: fairly good", "2", null, "", null, null),
            (2, null, "评“一般”人数", "Raters: average", "1", null, "", null, null),
            (2, null, "评“差”人数", "Raters: poor", "1", null, "", null, null),
        ]);

    [Fact]
    public void Evaluate_NextMember_StartsWithoutTheDeductionsOrOutOfPeriodItemsOfThePreviousOne()
    {
        var member = Evaluate(YearOfEveryRule()).Member(B)!;

        Flatten(member.PointsExplanation).Should().Equal(
        [
            (0, "BZ-002-B01-M002", "年度积分", "Annual points", "2", "sum", "", null, null),
            (1, "BZ-002-B01-M002/2024-02", "2024-02 月度积分", "Points of 2024-02", "2", "sum", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (2, "D11", "申报：标准 B1（基础分）", "Declared: Standard B1 (Base points)", "2", "sum", "", null, null),
            (3, null, "审核认定（审核通过）", "Audited points (Approved)", "2", "latest-audit", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (4, null, "个人申报", "Declared by the member", "2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 党员每月积分个人申报,进行自我监督 [article-002]"),
            (4, "2024-03-07", "支部审核：审核通过", "Branch audit: Approved", "2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
        ]);
        member.Monthly.Select(m => (m.Base.Value, m.Bonus.Value, m.Deduction.Value)).Should().Equal(
            [(0m, 0m, 0m), (2m, 0m, 0m), .. Enumerable.Repeat((0m, 0m, 0m), 10)]);
    }

    [Fact]
    public void Evaluate_Declarations_AreListedByIdentifierWithStatusClaimedAuditedAndCounted() =>
        Evaluate(YearOfEveryRule()).Declarations.Select(d => (d.Id.Value, d.Status, d.Late, d.Claimed.ToString(), d.Audited.ToString(), d.Counted.ToString()))
            .Should().Equal(
        [
            ("D01", DeclarationStatus.Counted, false, "2", "2", "2"),
            ("D02", DeclarationStatus.Counted, false, "2", "2", "0"),
            ("D03", DeclarationStatus.Counted, false, "6", "6", "3"),
            ("D04", DeclarationStatus.Counted, false, "2", "1", "-1"),
            ("D05", DeclarationStatus.Rejected, false, "1", "0", "0"),
            ("D06", DeclarationStatus.Unaudited, false, "1", "0", "0"),
            ("D07-A", DeclarationStatus.Counted, false, "2", "2", "2"),
            ("D07-B", DeclarationStatus.Duplicate, false, "2", "2", "0"),
            ("D08", DeclarationStatus.Late, true, "2", "2", "0"),
            ("D09", DeclarationStatus.OutOfPeriod, false, "2", "2", "0"),
            ("D10", DeclarationStatus.Counted, false, "2", "2", "2"),
            ("D11", DeclarationStatus.Counted, false, "2", "2", "2"),
        ]);

    [Fact]
    public void Article002_AnnualGrading_ThresholdGradeIsExplainedWithTheAppliedThresholds() =>
        Flatten(Evaluate(YearOfEveryRule()).Member(A)!.GradeExplanation!).Should().Equal(
        [
            (0, "BZ-002-B01-M001/grade", "年度定级（不合格）", "Annual grade (Unqualified)", "4", "absolute-thresholds", "basically-qualified=20,excellent=40,prorate=false,qualified=30", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (1, null, "按分数线定级（不合格）", "Grade by thresholds (Unqualified)", "4", "absolute-thresholds", "applied-basically-qualified=20,applied-excellent=40,applied-qualified=30,basically-qualified=20,excellent=40,prorate=false,qualified=30", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "8.60", null, "", null, null),
            (2, null, "在党月数", "Months in the party", "12", null, "", null, null),
        ]);

    [Fact]
    public void Article002_AnnualGrading_CommitteeScoreIsExplainedByParticipationAndGrades() =>
        Flatten(Evaluate(YearOfEveryRule()).Committee.Explanation).Should().Equal(
        [
            (0, "BZ-WC", "党员积分管理得分（100 ×（参与权重 × 参与申报率 +（1 − 参与权重）× 合格及以上比例），四舍五入保留两位小数）", "Member-points score (100 × (w × participation + (1 − w) × share qualified or better), w the participation weight, rounded half away from zero at 2 places)", "50.00", "participation-and-grades", "participationWeight=0.5,scale=2", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (1, "BZ-WC/participation", "参与申报率", "Participation", "1", null, "", null, null),
            (1, "BZ-WC/qualified-or-better", "合格及以上比例", "Share qualified or better", "0", null, "", null, null),
            (1, null, "党员人数", "Members", "2", null, "", null, null),
            (1, null, "申报人数", "Declaring members", "2", null, "", null, null),
            (1, null, "定级人数", "Graded members", "2", null, "", null, null),
            (1, null, "人均积分", "Average points", "5.30", null, "", null, null),
        ]);

    [Fact]
    public void LatePolicyAccept_LateItem_CountsAndSaysItWasLate() =>
        Flatten(Evaluate(YearOfEveryRule(), Scheme(late: LateDeclarationPolicy.Accept)).Declarations.Single(d => d.Id.Value == "D08").Explanation).Should().Equal(
        [
            (0, "D08", "申报：标准 B1（基础分）", "Declared: Standard B1 (Base points)", "2", "sum", "", null, null),
            (1, null, "审核认定（审核通过；逾期申报（截止日2024-06-05），方案规定逾期经审核仍计分）", "Audited points (Approved; late (deadline 2024-06-05), counted: the scheme accepts late declarations once audited)", "2", "latest-audit", "deadline=2024-06-05,declarationDeadlineDay=5,latePolicy=accept", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
            (2, null, "个人申报", "Declared by the member", "2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 党员每月积分个人申报,进行自我监督 [article-002]"),
            (2, "2024-06-11", "支部审核：审核通过", "Branch audit: Approved", "2", null, "", null, "《构建工作“一体化”格局 提升党建科学化水平》 支部每月积分审核 [article-002]"),
        ]);
}
