using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// Which right a member needs to be in an organization's electorate and to cast a members' rating (党员民主测评) of it:
/// a reading of the sources a committee makes in its scheme (<see cref="DoubleReviewScheme.MembersBallotRight"/>); see
/// <c>docs/double-review.md</c>, "Who may rate".
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<BallotRight>))]
public enum BallotRight
{
    /// <summary>
    /// The rating is treated as a vote (表决): only members with the right to vote, elect and be elected may rate; a
    /// probationary member (党章第七条) or a member on probation within the party (留党察看) may not. The library's default
    /// reading (示例): no source makes a rating a vote.
    /// </summary>
    VotingRights = 1,

    /// <summary>
    /// The rating needs no reserved right: every member of the organization rates (article 002: 全体党员对党组织进行定量民主测评),
    /// probationary members and members on probation within the party included, who keep the rights to criticize and propose.
    /// </summary>
    None = 2,
}
