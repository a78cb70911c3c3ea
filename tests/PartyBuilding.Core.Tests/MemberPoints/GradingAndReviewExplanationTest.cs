using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.MemberPoints.Pts;

namespace PartyBuilding.Core.Tests.MemberPoints;

/// <summary>
/// Pins the explanations the grading and mass-review strategies publish node by node (article 002: 群众每季党员评议,
/// 用量化积分来评定党员是优秀、合格、基本合格、不合格): thresholds applied with and without proration, the hard-condition ceiling,
/// the branch quota on both sides of a tie, and the rating-table and share-threshold folds, with the edge of no raters.
/// </summary>
public sealed class GradingAndReviewExplanationTest
{
    private static GradingCandidate Candidate(int n, decimal points, int months = 12, MemberGrade ceiling = MemberGrade.Excellent, LocalizedText? reason = null) =>
        new(M(n), Score.Of(points), months, ceiling, reason);

    private static IGradingStrategy Quota(string tieRule, string quota = "0.5") =>
        CreateGrading(Choice(MemberPointsStrategies.BranchQuota,
            ("excellent", "40"), ("qualified", "30"), ("basically-qualified", "20"), ("excellent-quota", quota), ("tie-rule", tieRule)));

    private static IGradingStrategy ThresholdsWithoutProrate() =>
        CreateGrading(Choice(MemberPointsStrategies.AbsoluteThresholds, ("excellent", "40"), ("qualified", "30"), ("basically-qualified", "20")));

    private static ImmutableArray<GradeDecision> GradedWithCeiling() =>
        ThresholdsWithoutProrate().Grade([Candidate(3, 45m), Candidate(1, 35m, 6, MemberGrade.BasicallyQualified, new LocalizedText("D2：标准 D2", "D2: Standard D2")), Candidate(2, 25m)]);

    [Fact]
    public void Article002_AnnualGrading_DecisionsAreListedByMember() =>
        GradedWithCeiling().Select(d => (d.MemberId, d.Grade)).Should().Equal(
            (M(1), MemberGrade.BasicallyQualified), (M(2), MemberGrade.BasicallyQualified), (M(3), MemberGrade.Excellent));

    [Fact]
    public void Article002_AnnualGrading_HardConditionCeiling_IsExplainedAfterTheThresholdsWithoutProratingByDefault() =>
        Flatten(GradedWithCeiling()[0].Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M001/grade", "年度定级（基本合格）", "Annual grade (Basically qualified)", "3", "absolute-thresholds", "basically-qualified=20,excellent=40,prorate=false,qualified=30", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (1, null, "按分数线定级（合格）", "Grade by thresholds (Qualified)", "2", "absolute-thresholds", "applied-basically-qualified=20,applied-excellent=40,applied-qualified=30,basically-qualified=20,excellent=40,prorate=false,qualified=30", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "35", null, "", null, null),
            (2, null, "在党月数", "Months in the party", "6", null, "", null, null),
            (1, null, "否决条件封顶（基本合格）", "Capped by a hard condition (Basically qualified)", "3", "grade-ceiling", "", null, null),
            (2, null, "封顶等次（基本合格；D2：标准 D2）", "Grade ceiling (Basically qualified; D2: Standard D2)", "3", null, "", null, null),
        ]);

    [Fact]
    public void Article002_AnnualGrading_NoCeiling_ExplainsTheThresholdsOnly() =>
        Flatten(GradedWithCeiling()[2].Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M003/grade", "年度定级（优秀）", "Annual grade (Excellent)", "1", "absolute-thresholds", "basically-qualified=20,excellent=40,prorate=false,qualified=30", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (1, null, "按分数线定级（优秀）", "Grade by thresholds (Excellent)", "1", "absolute-thresholds", "applied-basically-qualified=20,applied-excellent=40,applied-qualified=30,basically-qualified=20,excellent=40,prorate=false,qualified=30", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "45", null, "", null, null),
            (2, null, "在党月数", "Months in the party", "12", null, "", null, null),
        ]);

    [Fact]
    public void Article002_AnnualGrading_ProratedThresholds_ApplyBelowTwelveMonthsOnly()
    {
        var decisions = CreateGrading(Thresholds(40.5m, 30m, 20m, prorate: true)).Grade([Candidate(1, 21m, 6), Candidate(2, 40.5m, 12)]);

        Flatten(decisions[0].Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M001/grade", "年度定级（优秀）", "Annual grade (Excellent)", "1", "absolute-thresholds", "basically-qualified=20,excellent=40.5,prorate=true,qualified=30", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (1, null, "按分数线定级（优秀；分数线按在党6个月折算）", "Grade by thresholds (Excellent; thresholds prorated to 6 months in the party)", "1", "absolute-thresholds", "applied-basically-qualified=10.00,applied-excellent=20.25,applied-qualified=15.00,basically-qualified=20,excellent=40.5,prorate=true,qualified=30", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "21", null, "", null, null),
            (2, null, "在党月数", "Months in the party", "6", null, "", null, null),
        ]);
        Flatten(decisions[1].Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M002/grade", "年度定级（优秀）", "Annual grade (Excellent)", "1", "absolute-thresholds", "basically-qualified=20,excellent=40.5,prorate=true,qualified=30", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (1, null, "按分数线定级（优秀）", "Grade by thresholds (Excellent)", "1", "absolute-thresholds", "applied-basically-qualified=20,applied-excellent=40.5,applied-qualified=30,basically-qualified=20,excellent=40.5,prorate=true,qualified=30", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "40.5", null, "", null, null),
            (2, null, "在党月数", "Months in the party", "12", null, "", null, null),
        ]);
    }

    [Fact]
    public void Article002_AnnualGrading_BranchQuotaTieExcluded_ExplainsWithinAndBeyondTheQuota()
    {
        var decisions = Quota(BranchQuotaGradingStrategy.ExcludeTied).Grade([Candidate(1, 50m), Candidate(2, 45m), Candidate(3, 45m), Candidate(4, 41m)]);

        decisions.Select(d => d.Grade).Should().Equal(MemberGrade.Excellent, MemberGrade.Qualified, MemberGrade.Qualified, MemberGrade.Qualified);
        Flatten(decisions[0].Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M001/grade", "年度定级（优秀）", "Annual grade (Excellent)", "1", "branch-quota", "basically-qualified=20,excellent=40,excellent-quota=0.5,prorate=false,qualified=30,tie-rule=exclude-tied", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (1, null, "按分数线定级（优秀）", "Grade by thresholds (Excellent)", "1", "branch-quota", "applied-basically-qualified=20,applied-excellent=40,applied-qualified=30,basically-qualified=20,excellent=40,prorate=false,qualified=30", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "50", null, "", null, null),
            (2, null, "在党月数", "Months in the party", "12", null, "", null, null),
            (1, null, "优秀名额限制（名额内，定为优秀；名额边界同分，按同分处理规则“同分者均不占名额”（方案规定））", "Excellent quota of the branch (within the quota: excellent; tied at the boundary; tie rule: tied members are all left out (exclude-tied, set by the scheme))", "1", "branch-quota", "eligible-members=4,excellent-places=2,excellent-quota=0.5,tie-at-boundary=true,tie-rule=exclude-tied", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "50", null, "", null, null),
            (2, null, "支部定级人数", "Graded members of the branch", "4", null, "", null, null),
        ]);
        Flatten(decisions[1].Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M002/grade", "年度定级（合格）", "Annual grade (Qualified)", "2", "branch-quota", "basically-qualified=20,excellent=40,excellent-quota=0.5,prorate=false,qualified=30,tie-rule=exclude-tied", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (1, null, "按分数线定级（优秀）", "Grade by thresholds (Excellent)", "1", "branch-quota", "applied-basically-qualified=20,applied-excellent=40,applied-qualified=30,basically-qualified=20,excellent=40,prorate=false,qualified=30", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "45", null, "", null, null),
            (2, null, "在党月数", "Months in the party", "12", null, "", null, null),
            (1, null, "优秀名额限制（超出名额，定为合格；名额边界同分，按同分处理规则“同分者均不占名额”（方案规定））", "Excellent quota of the branch (beyond the quota: qualified; tied at the boundary; tie rule: tied members are all left out (exclude-tied, set by the scheme))", "2", "branch-quota", "eligible-members=4,excellent-places=2,excellent-quota=0.5,tie-at-boundary=true,tie-rule=exclude-tied", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "45", null, "", null, null),
            (2, null, "支部定级人数", "Graded members of the branch", "4", null, "", null, null),
        ]);
    }

    [Fact]
    public void Article002_AnnualGrading_BranchQuotaWithoutTie_PublishesTieAtBoundaryFalse() =>
        Flatten(Quota(BranchQuotaGradingStrategy.ExcludeTied).Grade([Candidate(1, 50m), Candidate(2, 45m), Candidate(3, 30m)])[0].Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M001/grade", "年度定级（优秀）", "Annual grade (Excellent)", "1", "branch-quota", "basically-qualified=20,excellent=40,excellent-quota=0.5,prorate=false,qualified=30,tie-rule=exclude-tied", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (1, null, "按分数线定级（优秀）", "Grade by thresholds (Excellent)", "1", "branch-quota", "applied-basically-qualified=20,applied-excellent=40,applied-qualified=30,basically-qualified=20,excellent=40,prorate=false,qualified=30", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "50", null, "", null, null),
            (2, null, "在党月数", "Months in the party", "12", null, "", null, null),
            (1, null, "优秀名额限制（名额内，定为优秀；同分处理规则“同分者均不占名额”（方案规定），本支部名额边界无同分）", "Excellent quota of the branch (within the quota: excellent; tie rule: tied members are all left out (exclude-tied, set by the scheme); no tie at this branch's boundary)", "1", "branch-quota", "eligible-members=2,excellent-places=1,excellent-quota=0.5,tie-at-boundary=false,tie-rule=exclude-tied", null, "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格……支部每月积分审核,年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "50", null, "", null, null),
            (2, null, "支部定级人数", "Graded members of the branch", "3", null, "", null, null),
        ]);

    [Fact]
    // The branch quota is the scheme's own rule (library rule); article 002 states only the grades by points.
    public void BranchQuota_AsManyEligibleAsPlaces_ExcellentWithinTheQuotaStillNamesIt()
    {
        var decisions = Quota(BranchQuotaGradingStrategy.ExcludeTied).Grade([Candidate(1, 50m), Candidate(2, 30m)]);

        decisions.Select(d => (d.Grade, d.Explanation.Children.Length)).Should().Equal((MemberGrade.Excellent, 2), (MemberGrade.Qualified, 1));
        decisions[0].Explanation.Children[1].Parameters.Should().Contain("excellent-places", "1").And.Contain("eligible-members", "1").And.Contain("tie-rule", "exclude-tied");
        Quota(BranchQuotaGradingStrategy.IncludeTied).Grade([Candidate(1, 30m)]).Single().Grade.Should().Be(MemberGrade.Qualified);
    }

    [Fact]
    public void Article002_QuarterlyMassReview_RatingTable_IsTheRoundedMeanOfEveryRatingsPoints() =>
        Flatten(CreateMassReview(Choice(MemberPointsStrategies.RatingTable, ("good", "2"), ("fairly-good", "1"), ("average", "0.5"), ("poor", "-2")))
            .Fold(new MassReview(M(1), 2, 3, 2, 1, 1)).Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M001/Q2", "第2季度群众评议（各评价分值按评议人数平均，四舍五入保留两位小数）", "Mass review, quarter 2 (rating points averaged over the raters, rounded half away from zero at 2 places)", "0.93", "rating-table", "average=0.5,fairly-good=1,good=2,poor=-2,scale=2", null, "《构建工作“一体化”格局 提升党建科学化水平》 群众每季党员评议,进行民主监督 [article-002]"),
            (1, null, "评“好”人数", "Raters: good", "3", null, "", null, null),
            (1, null, "评“较好”人数", "Raters: fairly good", "2", null, "", null, null),
            (1, null, "评“一般”人数", "Raters: average", "1", null, "", null, null),
            (1, null, "评“差”人数", "Raters: poor", "1", null, "", null, null),
        ]);

    [Fact]
    public void Article002_QuarterlyMassReview_RatingTableWithoutRaters_IsZero() =>
        RatingTableFold(new MassReview(M(1), 1, 0, 0, 0, 0)).Should().Be(Score.Zero);

    private static Score RatingTableFold(MassReview review) => CreateMassReview(RatingTable).Fold(review).Points;

    private static IMassReviewStrategy ShareThreshold() =>
        CreateMassReview(Choice(MemberPointsStrategies.ShareThreshold, ("good-share", "0.6"), ("bonus", "2"), ("poor-share", "0.2"), ("deduction", "1.5")));

    [Fact]
    public void Article002_QuarterlyMassReview_ShareThreshold_SharesExactlyAtTheThresholdsGiveBonusAndDeduction() =>
        Flatten(ShareThreshold().Fold(new MassReview(M(1), 3, 6, 2, 0, 2)).Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M001/Q3", "第3季度群众评议", "Mass review, quarter 3", "0.5", "sum", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 群众每季党员评议,进行民主监督 [article-002]"),
            (1, null, "好评比例加分", "Bonus for the share of good ratings", "2", "share-threshold:good", "bonus=2,good-share=0.6", null, null),
            (2, null, "评“好”人数", "Raters: good", "6", null, "", null, null),
            (2, null, "评议人数", "Raters", "10", null, "", null, null),
            (1, null, "差评比例扣分", "Deduction for the share of poor ratings", "-1.5", "share-threshold:poor", "deduction=1.5,poor-share=0.2", null, null),
            (2, null, "评“差”人数", "Raters: poor", "2", null, "", null, null),
            (2, null, "评议人数", "Raters", "10", null, "", null, null),
        ]);

    [Fact]
    public void Article002_QuarterlyMassReview_ShareThresholdWithoutRaters_GivesNeitherBonusNorDeduction() =>
        Flatten(ShareThreshold().Fold(new MassReview(M(1), 4, 0, 0, 0, 0)).Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M001/Q4", "第4季度群众评议", "Mass review, quarter 4", "0", "sum", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 群众每季党员评议,进行民主监督 [article-002]"),
            (1, null, "好评比例加分", "Bonus for the share of good ratings", "0", "share-threshold:good", "bonus=2,good-share=0.6", null, null),
            (2, null, "评“好”人数", "Raters: good", "0", null, "", null, null),
            (2, null, "评议人数", "Raters", "0", null, "", null, null),
            (1, null, "差评比例扣分", "Deduction for the share of poor ratings", "0", "share-threshold:poor", "deduction=1.5,poor-share=0.2", null, null),
            (2, null, "评“差”人数", "Raters: poor", "0", null, "", null, null),
            (2, null, "评议人数", "Raters", "0", null, "", null, null),
        ]);
}
