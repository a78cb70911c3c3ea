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
/// <param name="Quorum">The quorum of the group.</param>
/// <param name="Explanation">The explanation: participation against the quorum.</param>
public sealed record RoundFailure(
    OrganizationId Organization,
    RaterGroup Group,
    ReviewRound Round,
    RoundFailureReason Reason,
    int Cast,
    int Eligible,
    Proportion Quorum,
    Explanation Explanation);
