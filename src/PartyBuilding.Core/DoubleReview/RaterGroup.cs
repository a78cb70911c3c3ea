using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>A group of raters of double report, double review (双述双评); each group is weighted by the scheme.</summary>
/// <remarks>
/// <see cref="Members"/> rate in round one (述职 to the members); the other groups rate in round two (述职 to the working
/// committee). <see cref="DoubleReviewRules.RoundOf"/> gives the round of a group. Source: article 002
/// (<see cref="DoubleReviewRules.RoundOneCitation"/>, <see cref="DoubleReviewRules.RoundTwoCitation"/>).
/// </remarks>
[JsonConverter(typeof(StrictEnumConverter<RaterGroup>))]
public enum RaterGroup
{
    /// <summary>All members of the reporting organization, in the democratic evaluation of round one (全体党员民主测评).</summary>
    Members = 1,

    /// <summary>Leaders of the working committee, who rate each report (工委领导评分); their commentary (点评) is kept apart, as <see cref="LeaderComment"/>, and is not a rating.</summary>
    CommitteeLeaders = 2,

    /// <summary>The other party organizations, rating each other quantitatively (党组织之间定量互评); never oneself.</summary>
    PeerOrganizations = 3,

    /// <summary>Members of the working committee, rating quantitatively (机关工委成员量化测评).</summary>
    CommitteeMembers = 4,
}
