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
    private static GradingCandidate Candidate(int n, decimal points, int months = 12, MemberGrade ceiling = MemberGrade.Excellent, string? reason = null) =>
        new(M(n), Score.Of(points), months, ceiling, reason);

    private static IGradingStrategy Quota(string tieRule, string quota = "0.5") =>
        GradingStrategies.Create(Choice(BranchQuotaGradingStrategy.StrategyName,
            ("excellent", "40"), ("qualified", "30"), ("basicallyQualified", "20"), ("excellentQuota", quota), ("tieRule", tieRule)));

    private static IGradingStrategy ThresholdsWithoutProrate() =>
        GradingStrategies.Create(Choice(AbsoluteThresholdGradingStrategy.StrategyName, ("excellent", "40"), ("qualified", "30"), ("basicallyQualified", "20")));

    private static ImmutableArray<GradeDecision> GradedWithCeiling() =>
        ThresholdsWithoutProrate().Grade([Candidate(3, 45m), Candidate(1, 35m, 6, MemberGrade.BasicallyQualified, "D2: 标准 D2"), Candidate(2, 25m)]);

    [Fact]
    public void Article002_AnnualGrading_DecisionsAreListedByMember() =>
        GradedWithCeiling().Select(d => (d.MemberId, d.Grade)).Should().Equal(
            (M(1), MemberGrade.BasicallyQualified), (M(2), MemberGrade.BasicallyQualified), (M(3), MemberGrade.Excellent));

    [Fact]
    public void Article002_AnnualGrading_HardConditionCeiling_IsExplainedAfterTheThresholdsWithoutProratingByDefault() =>
        Flatten(GradedWithCeiling()[0].Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M001/grade", "年度定级", "Annual grade", "3", "grade", "grade=BasicallyQualified", "基本合格 (Basically qualified)", "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格；年度组织定级 [article-002]"),
            (1, null, "按分数线定级", "Grade by thresholds", "2", "absolute-thresholds", "appliedBasicallyQualified=20,appliedExcellent=40,appliedQualified=30,basicallyQualified=20,excellent=40,qualified=30", "合格 (Qualified)", "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格；年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "35", null, "", null, null),
            (2, null, "在党月数", "Months in the party", "6", null, "", null, null),
            (1, null, "否决条件封顶", "Capped by a hard condition", "3", "grade-ceiling", "ceiling=BasicallyQualified", "基本合格 (Basically qualified)", null),
            (2, null, "封顶等次", "Grade ceiling", "3", null, "", "D2: 标准 D2", null),
        ]);

    [Fact]
    public void Article002_AnnualGrading_NoCeiling_ExplainsTheThresholdsOnly() =>
        Flatten(GradedWithCeiling()[2].Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M003/grade", "年度定级", "Annual grade", "1", "grade", "grade=Excellent", "优秀 (Excellent)", "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格；年度组织定级 [article-002]"),
            (1, null, "按分数线定级", "Grade by thresholds", "1", "absolute-thresholds", "appliedBasicallyQualified=20,appliedExcellent=40,appliedQualified=30,basicallyQualified=20,excellent=40,qualified=30", "优秀 (Excellent)", "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格；年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "45", null, "", null, null),
            (2, null, "在党月数", "Months in the party", "12", null, "", null, null),
        ]);

    [Fact]
    public void Article002_AnnualGrading_ProratedThresholds_ApplyBelowTwelveMonthsOnly()
    {
        var decisions = GradingStrategies.Create(Thresholds(40.5m, 30m, 20m, prorate: true)).Grade([Candidate(1, 21m, 6), Candidate(2, 40.5m, 12)]);

        Flatten(decisions[0].Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M001/grade", "年度定级", "Annual grade", "1", "grade", "grade=Excellent", "优秀 (Excellent)", "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格；年度组织定级 [article-002]"),
            (1, null, "按分数线定级", "Grade by thresholds", "1", "absolute-thresholds", "appliedBasicallyQualified=10.00,appliedExcellent=20.25,appliedQualified=15.00,basicallyQualified=20,excellent=40.5,prorate=true,qualified=30", "优秀 (Excellent)", "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格；年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "21", null, "", null, null),
            (2, null, "在党月数", "Months in the party", "6", null, "", null, null),
        ]);
        Flatten(decisions[1].Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M002/grade", "年度定级", "Annual grade", "1", "grade", "grade=Excellent", "优秀 (Excellent)", "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格；年度组织定级 [article-002]"),
            (1, null, "按分数线定级", "Grade by thresholds", "1", "absolute-thresholds", "appliedBasicallyQualified=20,appliedExcellent=40.5,appliedQualified=30,basicallyQualified=20,excellent=40.5,prorate=true,qualified=30", "优秀 (Excellent)", "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格；年度组织定级 [article-002]"),
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
            (0, "BZ-002-B01-M001/grade", "年度定级", "Annual grade", "1", "grade", "grade=Excellent", "优秀 (Excellent)", "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格；年度组织定级 [article-002]"),
            (1, null, "按分数线定级", "Grade by thresholds", "1", "branch-quota", "appliedBasicallyQualified=20,appliedExcellent=40,appliedQualified=30,basicallyQualified=20,excellent=40,excellentQuota=0.5,qualified=30,tieRule=exclude-tied", "优秀 (Excellent)", "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格；年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "50", null, "", null, null),
            (2, null, "在党月数", "Months in the party", "12", null, "", null, null),
            (1, null, "优秀名额限制", "Excellent quota of the branch", "1", "branch-quota", "basicallyQualified=20,eligible=4,excellent=40,excellentQuota=0.5,places=2,qualified=30,tieAtBoundary=true,tieRule=exclude-tied", "within the quota", "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格；年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "50", null, "", null, null),
            (2, null, "支部定级人数", "Graded members of the branch", "4", null, "", null, null),
        ]);
        Flatten(decisions[1].Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M002/grade", "年度定级", "Annual grade", "2", "grade", "grade=Qualified", "合格 (Qualified)", "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格；年度组织定级 [article-002]"),
            (1, null, "按分数线定级", "Grade by thresholds", "1", "branch-quota", "appliedBasicallyQualified=20,appliedExcellent=40,appliedQualified=30,basicallyQualified=20,excellent=40,excellentQuota=0.5,qualified=30,tieRule=exclude-tied", "优秀 (Excellent)", "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格；年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "45", null, "", null, null),
            (2, null, "在党月数", "Months in the party", "12", null, "", null, null),
            (1, null, "优秀名额限制", "Excellent quota of the branch", "2", "branch-quota", "basicallyQualified=20,eligible=4,excellent=40,excellentQuota=0.5,places=2,qualified=30,tieAtBoundary=true,tieRule=exclude-tied", "beyond the quota: qualified", "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格；年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "45", null, "", null, null),
            (2, null, "支部定级人数", "Graded members of the branch", "4", null, "", null, null),
        ]);
    }

    [Fact]
    public void Article002_AnnualGrading_BranchQuotaWithoutTie_PublishesTieAtBoundaryFalse() =>
        Flatten(Quota(BranchQuotaGradingStrategy.ExcludeTied).Grade([Candidate(1, 50m), Candidate(2, 45m), Candidate(3, 30m)])[0].Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M001/grade", "年度定级", "Annual grade", "1", "grade", "grade=Excellent", "优秀 (Excellent)", "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格；年度组织定级 [article-002]"),
            (1, null, "按分数线定级", "Grade by thresholds", "1", "branch-quota", "appliedBasicallyQualified=20,appliedExcellent=40,appliedQualified=30,basicallyQualified=20,excellent=40,excellentQuota=0.5,qualified=30,tieRule=exclude-tied", "优秀 (Excellent)", "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格；年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "50", null, "", null, null),
            (2, null, "在党月数", "Months in the party", "12", null, "", null, null),
            (1, null, "优秀名额限制", "Excellent quota of the branch", "1", "branch-quota", "basicallyQualified=20,eligible=2,excellent=40,excellentQuota=0.5,places=1,qualified=30,tieAtBoundary=false,tieRule=exclude-tied", "within the quota", "《构建工作“一体化”格局 提升党建科学化水平》 用量化积分来评定党员是优秀、合格、基本合格、不合格；年度组织定级 [article-002]"),
            (2, null, "年度积分", "Annual points", "50", null, "", null, null),
            (2, null, "支部定级人数", "Graded members of the branch", "3", null, "", null, null),
        ]);

    [Fact]
    public void Article002_AnnualGrading_BranchQuotaAsManyEligibleAsPlaces_GradesByThresholdsAlone()
    {
        var decisions = Quota(BranchQuotaGradingStrategy.ExcludeTied).Grade([Candidate(1, 50m), Candidate(2, 30m)]);

        decisions.Select(d => (d.Grade, d.Explanation.Children.Length)).Should().Equal((MemberGrade.Excellent, 1), (MemberGrade.Qualified, 1));
        Quota(BranchQuotaGradingStrategy.IncludeTied).Grade([Candidate(1, 30m)]).Single().Grade.Should().Be(MemberGrade.Qualified);
    }

    [Fact]
    public void Article002_QuarterlyMassReview_RatingTable_IsTheRoundedMeanOfEveryRatingsPoints() =>
        Flatten(MassReviewStrategies.Create(Choice(RatingTableMassReviewStrategy.StrategyName, ("good", "2"), ("fairlyGood", "1"), ("average", "0.5"), ("poor", "-2")))
            .Fold(new MassReview(M(1), 2, 3, 2, 1, 1)).Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M001/Q2", "第2季度群众评议", "Mass review, quarter 2", "0.93", "rating-table", "average=0.5,fairlyGood=1,good=2,poor=-2", "mean of rating points over raters, rounded half away from zero at 2 places", "《构建工作“一体化”格局 提升党建科学化水平》 群众每季党员评议，进行民主监督 [article-002]"),
            (1, null, "评“好”人数", "Raters: good", "3", null, "", null, null),
            (1, null, "评“较好”人数", "Raters: fairly good", "2", null, "", null, null),
            (1, null, "评“一般”人数", "Raters: average", "1", null, "", null, null),
            (1, null, "评“差”人数", "Raters: poor", "1", null, "", null, null),
        ]);

    [Fact]
    public void Article002_QuarterlyMassReview_RatingTableWithoutRaters_IsZero() =>
        RatingTableFold(new MassReview(M(1), 1, 0, 0, 0, 0)).Should().Be(Score.Zero);

    private static Score RatingTableFold(MassReview review) => MassReviewStrategies.Create(RatingTable).Fold(review).Points;

    private static IMassReviewStrategy ShareThreshold() =>
        MassReviewStrategies.Create(Choice(ShareThresholdMassReviewStrategy.StrategyName, ("goodShare", "0.6"), ("bonus", "2"), ("poorShare", "0.2"), ("deduction", "1.5")));

    [Fact]
    public void Article002_QuarterlyMassReview_ShareThreshold_SharesExactlyAtTheThresholdsGiveBonusAndDeduction() =>
        Flatten(ShareThreshold().Fold(new MassReview(M(1), 3, 6, 2, 0, 2)).Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M001/Q3", "第3季度群众评议", "Mass review, quarter 3", "0.5", "sum", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 群众每季党员评议，进行民主监督 [article-002]"),
            (1, null, "好评比例加分", "Bonus for the share of good ratings", "2", "share-threshold:good", "bonus=2,goodShare=0.6", null, null),
            (2, null, "评“好”人数", "Raters: good", "6", null, "", null, null),
            (2, null, "评议人数", "Raters", "10", null, "", null, null),
            (1, null, "差评比例扣分", "Deduction for the share of poor ratings", "-1.5", "share-threshold:poor", "deduction=1.5,poorShare=0.2", null, null),
            (2, null, "评“差”人数", "Raters: poor", "2", null, "", null, null),
            (2, null, "评议人数", "Raters", "10", null, "", null, null),
        ]);

    [Fact]
    public void Article002_QuarterlyMassReview_ShareThresholdWithoutRaters_GivesNeitherBonusNorDeduction() =>
        Flatten(ShareThreshold().Fold(new MassReview(M(1), 4, 0, 0, 0, 0)).Explanation).Should().Equal(
        [
            (0, "BZ-002-B01-M001/Q4", "第4季度群众评议", "Mass review, quarter 4", "0", "sum", "", null, "《构建工作“一体化”格局 提升党建科学化水平》 群众每季党员评议，进行民主监督 [article-002]"),
            (1, null, "好评比例加分", "Bonus for the share of good ratings", "0", "share-threshold:good", "bonus=2,goodShare=0.6", null, null),
            (2, null, "评“好”人数", "Raters: good", "0", null, "", null, null),
            (2, null, "评议人数", "Raters", "0", null, "", null, null),
            (1, null, "差评比例扣分", "Deduction for the share of poor ratings", "0", "share-threshold:poor", "deduction=1.5,poorShare=0.2", null, null),
            (2, null, "评“差”人数", "Raters: poor", "0", null, "", null, null),
            (2, null, "评议人数", "Raters", "0", null, "", null, null),
        ]);
}
