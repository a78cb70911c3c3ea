using PartyBuilding.Core.DoubleReview;
using static PartyBuilding.Core.Tests.DoubleReview.HandExample;
using static PartyBuilding.Core.Tests.PublishedRows;

namespace PartyBuilding.Core.Tests.DoubleReview;

/// <summary>
/// Pins every node of the double review's explanation trees for the hand example (article 002): the published score, the
/// combined score, each rater group and each ballot, and the participation node of an invalid round — key, both labels,
/// value, strategy, parameters, note and citation, in order.
/// </summary>
public sealed class DoubleReviewExplanationTreeTest
{
    private const string RoundOne = "《构建工作“一体化”格局 提升党建科学化水平》 每个党组织向所在党支部全体党员集中述职……全体党员对党组织进行定量民主测评,评议结果由督导组收回 [article-002]";
    private const string Peers = "《构建工作“一体化”格局 提升党建科学化水平》 党组织之间定量互评 [article-002]";
    private const string Committee = "《构建工作“一体化”格局 提升党建科学化水平》 机关工委成员量化测评 [article-002]";
    private const string Method = "《构建工作“一体化”格局 提升党建科学化水平》 实施机关党建“双述双评” [article-002]";
    private const string Annual = "《构建工作“一体化”格局 提升党建科学化水平》 “双述双评”按比例计入年度考核 [article-002]";

    [Fact]
    public void Article002_ResultExplanation_ShowsPublishedCombinedGroupAndBallotNodesInOrder()
    {
        var outcome = DoubleReviewEngine.Evaluate(Data(), Scheme(), AsOf);

        Flatten(outcome.ResultOf(A)!.Explanation).Should().Equal(
        [
            (0, "BZ-001", "双述双评得分", "Double review score", "85.90", "round-half-away-from-zero", "annualProportion=0.2,band.Average=60,band.FairlyGood=80,band.Good=90,band.Poor=0,grade=FairlyGood,scale=2",
                "等次：较好（等次线：好≥90.00，较好≥80.00，一般≥60.00，差≥0.00）；得分四舍五入保留2位小数；按20.00%计入年度考核 (grade: Fairly good (bands: Good ≥ 90.00, Fairly good ≥ 80.00, Average ≥ 60.00, Poor ≥ 0.00); score rounded half away from zero to 2 decimal places; enters the annual assessment at 20.00%)", Annual),
            (1, "BZ-001/combined", "双述双评综合得分（精确值）", "Double review combined score (exact)", "85.9", "weighted-mean",
                "weight.CommitteeMembers=0.3,weight.Members=0.5,weight.PeerOrganizations=0.2",
                "合成方法：加权平均（各项权重相同时即算术平均）；权重：党员民主测评50.00%，党组织定量互评20.00%，工委成员量化测评30.00% "
                + "(combination: weighted mean (the plain mean when every weight is equal); weights: Members' democratic evaluation 50.00%, Peer organizations' ratings 20.00%, Committee members' ratings 30.00%)", Method),
            (2, "BZ-001/Members", "党员民主测评", "Members' democratic evaluation", "85", "trimmed-mean", "cast=5,count=1,eligible=5,minimumCast=4,quorum=0.75",
                "汇总方法：去掉最高分和最低分各1个后取平均，本次剔除2个评分；参评：5人中5人（5/5）；规定比例：75%（至少4人） "
                + "(aggregation: mean after dropping the 1 highest and the 1 lowest, ratings left out here: 2; participation: 5 of 5 raters (5/5); quorum: 75% (at least 4))", RoundOne),
            BallotRow("BZ-001/Members/BZ-001-B01-M001", "100", "好 (Good)"),
            BallotRow("BZ-001/Members/BZ-001-B01-M002", "100", "好；已剔除 (Good; excluded by the aggregation)"),
            BallotRow("BZ-001/Members/BZ-001-B01-M003", "85", "较好 (Fairly good)"),
            BallotRow("BZ-001/Members/BZ-001-B01-M004", "70", "一般 (Average)"),
            BallotRow("BZ-001/Members/BZ-001-B01-M005", "50", "差；已剔除 (Poor; excluded by the aggregation)"),
            (2, "BZ-001/PeerOrganizations", "党组织定量互评", "Peer organizations' ratings", "85", "weighted-mean", "cast=2,eligible=3,minimumCast=1,quorum=0",
                "汇总方法：加权平均（各项权重相同时即算术平均），本次剔除0个评分；参评：3个党组织中2个（2/3）；未设参评比例（规定比例为0） "
                + "(aggregation: weighted mean (the plain mean when every weight is equal), ratings left out here: 0; participation: 2 of 3 organizations (2/3); no quorum (quorum 0))", Peers),
            BallotRow("BZ-001/PeerOrganizations/BZ-002", "90", null),
            BallotRow("BZ-001/PeerOrganizations/BZ-003", "80", null),
            (2, "BZ-001/CommitteeMembers", "工委成员量化测评", "Committee members' ratings", "88", "median", "cast=3,eligible=3,minimumCast=1,quorum=0",
                "汇总方法：取中位数，本次剔除0个评分；参评：3人中3人（3/3）；未设参评比例（规定比例为0） "
                + "(aggregation: median, ratings left out here: 0; participation: 3 of 3 raters (3/3); no quorum (quorum 0))", Committee),
            BallotRow("BZ-001/CommitteeMembers/BZ-WC-M01", "80", null),
            BallotRow("BZ-001/CommitteeMembers/BZ-WC-M02", "95", null),
            BallotRow("BZ-001/CommitteeMembers/BZ-WC-M03", "88", null),
        ]);
    }

    [Fact]
    public void Article002_ResultExplanation_OfAGoodOrganization_NamesTheGradeInBothLanguages()
    {
        var root = Flatten(DoubleReviewEngine.Evaluate(Data(), Scheme(), AsOf).ResultOf(B)!.Explanation)[0];

        root.Should().Be((0, "BZ-002", "双述双评得分", "Double review score", "91.85", "round-half-away-from-zero", "annualProportion=0.2,band.Average=60,band.FairlyGood=80,band.Good=90,band.Poor=0,grade=Good,scale=2",
            "等次：好（等次线：好≥90.00，较好≥80.00，一般≥60.00，差≥0.00）；得分四舍五入保留2位小数；按20.00%计入年度考核 (grade: Good (bands: Good ≥ 90.00, Fairly good ≥ 80.00, Average ≥ 60.00, Poor ≥ 0.00); score rounded half away from zero to 2 decimal places; enters the annual assessment at 20.00%)", Annual));
    }

    [Fact]
    public void Article002_RoundBelowQuorum_ExplainsItsParticipation()
    {
        var outcome = DoubleReviewEngine.Evaluate(Data(), Scheme(), AsOf);

        Flatten(outcome.Failures.Single().Explanation).Should().Equal(
        [
            (0, "BZ-004/Members", "参评人数", "Raters who took part", "2", "quorum", "cast=2,eligible=4,minimumCast=3,quorum=0.75",
                "党员民主测评参评人数未达规定比例：4人中2人参评，应达75%（至少3人），本轮无效 "
                + "(Members' democratic evaluation: participation below the quorum, 2 of 4 raters took part, 75% required (at least 3); the round is invalid)", RoundOne),
            (1, null, "实际投票数", "Ballots cast", "2", null, "", null, null),
            (1, null, "应参评人数", "Eligible raters", "4", null, "", null, null),
        ]);
    }

    [Fact]
    public void Article002_RoundWithoutBallots_SaysItHasNoBallots()
    {
        var ballots = Ballots().Where(b => b.Subject != A || b.Group != RaterGroup.CommitteeMembers);

        var outcome = DoubleReviewEngine.Evaluate(Data().WithBallots(ballots), Scheme(), AsOf);

        Flatten(outcome.Failures.Single(f => f.Organization == A).Explanation).Should().Equal(
        [
            (0, "BZ-001/CommitteeMembers", "参评人数", "Raters who took part", "0", "quorum", "cast=0,eligible=3,minimumCast=1,quorum=0",
                "工委成员量化测评无人参评：应参评3人，实际0人，本轮无效 (Committee members' ratings: no ballot cast, 3 raters eligible; the round is invalid)", Committee),
            (1, null, "实际投票数", "Ballots cast", "0", null, "", null, null),
            (1, null, "应参评人数", "Eligible raters", "3", null, "", null, null),
        ]);
    }

    private static (int, string?, string, string, string, string?, string, string?, string?) BallotRow(string key, string value, string? note)
    {
        var rater = key[(key.LastIndexOf('/') + 1)..];
        return (3, key, "评分：" + rater, "Rating by " + rater, value, null, "", note, null);
    }
}
