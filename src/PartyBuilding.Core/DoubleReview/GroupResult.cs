using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>One rater group's part of an organization's result.</summary>
/// <param name="Group">The rater group.</param>
/// <param name="Round">The round it rates in.</param>
/// <param name="Weight">Its weight in the combined score.</param>
/// <param name="Score">The group's exact score, aggregated from its ballots.</param>
/// <param name="Cast">The number of ballots cast for the organization in the group.</param>
/// <param name="Eligible">The number of raters who could have cast one.</param>
public sealed record GroupResult(RaterGroup Group, ReviewRound Round, Proportion Weight, Score Score, int Cast, int Eligible);
