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
    private const string RoundOne = "《构建工作“一体化”格局 提升党建科学化水平》 每个党组织向所在党支部全体党员集中述职，全体党员定量民主测评，评议结果由督导组收回 [article-002]";
    private const string Peers = "《构建工作“一体化”格局 提升党建科学化水平》 党组织之间定量互评 [article-002]";
    private const string Committee = "《构建工作“一体化”格局 提升党建科学化水平》 机关工委成员量化测评 [article-002]";
    private const string Method = "《构建工作“一体化”格局 提升党建科学化水平》 实施机关党建“双述双评” [article-002]";
    private const string Annual = "《构建工作“一体化”格局 提升党建科学化水平》 “双述双评”按比例计入年度考核 [article-002]";
    private const string Excluded = "已剔除 (excluded by the aggregation)";

    [Fact]
    public void Article002_ResultExplanation_ShowsPublishedCombinedGroupAndBallotNodesInOrder()
    {
        var outcome = DoubleReviewEngine.Evaluate(Data(), Scheme(), AsOf);

        Flatten(outcome.ResultOf(A)!.Explanation).Should().Equal(
        [
            (0, "BZ-001", "双述双评得分", "Double review score", "85.90", "round-half-away-from-zero", "annualProportion=0.2,grade=FairlyGood,scale=2",
                "等次：较好，按20.00%计入年度考核 (grade Fairly good; enters the annual assessment at 20.00%)", Annual),
            (1, "BZ-001/combined", "双述双评综合得分（精确值）", "Double review combined score (exact)", "85.9", "weighted-mean",
                "weight.CommitteeMembers=0.3,weight.Members=0.5,weight.PeerOrganizations=0.2", null, Method),
            (2, "BZ-001/Members", "党员民主测评", "Members' democratic evaluation", "85", "trimmed-mean", "cast=5,count=1,eligible=5,quorum=0.75", null, RoundOne),
            BallotRow("BZ-001/Members/BZ-001-B01-M001", "100", "好 (Good)"),
            BallotRow("BZ-001/Members/BZ-001-B01-M002", "100", "好 (Good)；" + Excluded),
            BallotRow("BZ-001/Members/BZ-001-B01-M003", "85", "较好 (Fairly good)"),
            BallotRow("BZ-001/Members/BZ-001-B01-M004", "70", "一般 (Average)"),
            BallotRow("BZ-001/Members/BZ-001-B01-M005", "50", "差 (Poor)；" + Excluded),
            (2, "BZ-001/PeerOrganizations", "党组织定量互评", "Peer organizations' ratings", "85", "weighted-mean", "cast=2,eligible=3,quorum=0", null, Peers),
            BallotRow("BZ-001/PeerOrganizations/BZ-002", "90", null),
            BallotRow("BZ-001/PeerOrganizations/BZ-003", "80", null),
            (2, "BZ-001/CommitteeMembers", "工委成员量化测评", "Committee members' ratings", "88", "median", "cast=3,eligible=3,quorum=0", null, Committee),
            BallotRow("BZ-001/CommitteeMembers/BZ-WC-M01", "80", null),
            BallotRow("BZ-001/CommitteeMembers/BZ-WC-M02", "95", null),
            BallotRow("BZ-001/CommitteeMembers/BZ-WC-M03", "88", null),
        ]);
    }

    [Fact]
    public void Article002_ResultExplanation_OfAGoodOrganization_NamesTheGradeInBothLanguages()
    {
        var root = Flatten(DoubleReviewEngine.Evaluate(Data(), Scheme(), AsOf).ResultOf(B)!.Explanation)[0];

        root.Should().Be((0, "BZ-002", "双述双评得分", "Double review score", "91.85", "round-half-away-from-zero", "annualProportion=0.2,grade=Good,scale=2",
            "等次：好，按20.00%计入年度考核 (grade Good; enters the annual assessment at 20.00%)", Annual));
    }

    [Fact]
    public void Article002_RoundBelowQuorum_ExplainsItsParticipation()
    {
        var outcome = DoubleReviewEngine.Evaluate(Data(), Scheme(), AsOf);

        Flatten(outcome.Failures.Single().Explanation).Should().Equal(
        [
            (0, "BZ-004/Members", "参评率", "Participation", "0.5", "participation", "quorum=0.75,reason=BelowQuorum",
                "参评 2/4 低于 75.00%，本轮无效 (2 of 4 took part, below the quorum of 75.00%: the round is invalid)", RoundOne),
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
            (0, "BZ-001/CommitteeMembers", "参评率", "Participation", "0", "participation", "quorum=0,reason=NoBallots",
                "无有效票，本轮无效 (no ballots: the round is invalid)", Committee),
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
