using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>The rules of double report, double review (双述双评) taken from article 002, with their citations.</summary>
/// <remarks>
/// Article 002 (<see cref="Sources.Article002"/>) describes the Binzhou municipal organs' practice: at year end every
/// party organization reports to all its members, who rate it, the ballots being collected by the district's
/// supervision group; then the organizations report to the working committee, whose leaders comment on each, the
/// organizations rate each other and the committee members rate; the result counts into the annual assessment by a
/// set proportion. Some organ committees extend it to every branch twice a year, combining report, review, inspection
/// and visits. The article gives no figures for weights, quorum or proportion: those are each scheme's own choice.
/// </remarks>
public static class DoubleReviewRules
{
    /// <summary>Gets the citation of the method as a whole: double report, double review of every party organization at year end.</summary>
    public static Citation MethodCitation { get; } = Sources.Article002.At("实施机关党建“双述双评”");

    /// <summary>Gets the citation of round one: report to all members, quantitative democratic evaluation, ballots collected by the supervision group.</summary>
    public static Citation RoundOneCitation { get; } = Sources.Article002.At("每个党组织向所在党支部全体党员集中述职……全体党员对党组织进行定量民主测评,评议结果由督导组收回");

    /// <summary>Gets the citation of round two: the organizations report to the working committee in a closed session.</summary>
    public static Citation RoundTwoCitation { get; } = Sources.Article002.At("97个党组织向机关工委述职");

    /// <summary>Gets the citation of the committee leaders' comment on each report.</summary>
    public static Citation LeaderCommentCitation { get; } = Sources.Article002.At("工委领导进行逐一点评");

    /// <summary>Gets the citation of the peer rating between organizations.</summary>
    public static Citation PeerRatingCitation { get; } = Sources.Article002.At("党组织之间定量互评");

    /// <summary>Gets the citation of the committee members' quantitative rating.</summary>
    public static Citation CommitteeRatingCitation { get; } = Sources.Article002.At("机关工委成员量化测评");

    /// <summary>Gets the citation of the result entering the annual assessment by a set proportion.</summary>
    public static Citation AnnualProportionCitation { get; } = Sources.Article002.At("“双述双评”按比例计入年度考核");

    /// <summary>Gets the citation of the branch variant: every branch, twice a year, report, review, inspection and visits.</summary>
    public static Citation BranchVariantCitation { get; } = Sources.Article002.At("延伸到所辖每一个党支部,每半年一次采取述、评、查、访相结合的方式");

    /// <summary>Gets the citation of the five responsibility districts, each with a supervision group.</summary>
    public static Citation DistrictCitation { get; } = Sources.Article002.At("划分5个责任区……选派5个督导组");

    /// <summary>
    /// Gets the citation of a secretary's report-and-review (书记述职评议): at year end the secretaries of the departments' party
    /// groups (party committees) report on how they performed the principal responsibility for organ party building, and are
    /// reviewed (article 001). The subject of such a review is a person, the secretary of the organization they lead
    /// (<see cref="ReviewedOrganization.Person"/>); the article says nothing of who rates or how the ratings are counted.
    /// </summary>
    public static Citation SecretaryReviewCitation { get; } = Sources.Article001.At("年底,召开省直部门单位党组(党委)书记履行机关党建主体责任述职评议会议");

    /// <summary>
    /// Gets the citation of the rater groups, strategies and bands of a secretary's report-and-review: the library's own
    /// reading (本库规则, 示例) that it uses the double review's method — article 001 names the review, no source says who
    /// rates a secretary or how the ratings are counted. A reviewed person never rates themselves (also the library's rule).
    /// </summary>
    public static Citation SecretaryRatersCitation { get; } = Sources.LibraryRules.At("书记述职评议沿用双述双评的测评主体、汇总方法和等次，本人不参加对自己的测评（来源未规定由谁测评、如何计分）");

    /// <summary>Gets the round a rater group rates in.</summary>
    /// <param name="group">The rater group.</param>
    /// <returns><see cref="ReviewRound.ToMembers"/> for <see cref="RaterGroup.Members"/>; otherwise <see cref="ReviewRound.ToCommittee"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a defined value.</exception>
    public static ReviewRound RoundOf(RaterGroup group) => group switch
    {
        RaterGroup.Members => ReviewRound.ToMembers,
        RaterGroup.CommitteeLeaders or RaterGroup.PeerOrganizations or RaterGroup.CommitteeMembers => ReviewRound.ToCommittee,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Unknown rater group."),
    };

    /// <summary>Gets the citation of the rule under which a rater group rates.</summary>
    /// <param name="group">The rater group.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a defined value.</exception>
    public static Citation CitationOf(RaterGroup group) => group switch
    {
        RaterGroup.Members => RoundOneCitation,
        RaterGroup.CommitteeLeaders => LeaderCommentCitation,
        RaterGroup.PeerOrganizations => PeerRatingCitation,
        RaterGroup.CommitteeMembers => CommitteeRatingCitation,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Unknown rater group."),
    };

    /// <summary>Tells whether a rater group's raters are organizations (the peer rating) rather than people.</summary>
    /// <param name="group">The rater group.</param>
    /// <returns><see langword="true"/> for <see cref="RaterGroup.PeerOrganizations"/>.</returns>
    public static bool RatesAsOrganization(RaterGroup group) => group == RaterGroup.PeerOrganizations;

    /// <summary>
    /// Gets the library's default reading of which right a members' rating needs (<see cref="BallotRight.VotingRights"/>):
    /// the library's own choice (本库规则, 示例), kept from the earlier sessions so that results do not change. No source makes
    /// a rating a vote (表决); article 002's wording (全体党员…进行定量民主测评) leans to <see cref="BallotRight.None"/>, which a
    /// scheme may choose with <see cref="DoubleReviewScheme.MembersBallotRight"/>. See <c>docs/double-review.md</c>, "Who may rate".
    /// </summary>
    public static DatedParameter<BallotRight> MembersBallotRight { get; } = DatedParameter.Constant(
        "double-review.members-ballot-right",
        new LocalDate(2017, 1, 1),
        BallotRight.VotingRights,
        Sources.LibraryRules.At("党员民主测评按表决对待：没有表决权的党员（预备党员、留党察看期间的党员）不参加测评（示例；来源未规定）"));
}
