using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// A rater group's rating of an organization that is invalid — too few raters took part — so the organization has no
/// combined score for the period; the failure says why, with the counts.
/// </summary>
/// <param name="Organization">The organization.</param>
/// <param name="Group">The rater group.</param>
/// <param name="Round">The round that is invalid.</param>
/// <param name="Reason">Why.</param>
/// <param name="Cast">The ballots cast.</param>
/// <param name="Eligible">The raters who could have cast one.</param>
/// <param name="Quorum">The quorum of the group, as the scheme wrote it (<c>2/3</c>, <c>0.8</c>).</param>
/// <param name="Explanation">The explanation: the raters who took part against the eligible raters and the quorum.</param>
public sealed record RoundFailure(
    OrganizationId Organization,
    RaterGroup Group,
    ReviewRound Round,
    RoundFailureReason Reason,
    int Cast,
    int Eligible,
    Share Quorum,
    Explanation Explanation)
{
    /// <summary>Gets the smallest number of ballots that would have made the round valid: the quorum of the eligible raters, rounded up, and at least one.</summary>
    public int MinimumCast => Math.Max(1, Quorum.MinimumCountOf(Math.Max(0, Eligible)));

    /// <summary>
    /// Gets why the round is invalid, in words, in Simplified Chinese and English, with the counts as whole numbers and the
    /// quorum as the scheme wrote it, e.g. <c>党员民主测评参评人数未达规定比例：31人中21人参评，应达4/5（至少25人），本轮无效</c>.
    /// </summary>
    public LocalizedText Description => DoubleReviewTexts.FailureDescription(this);
}
