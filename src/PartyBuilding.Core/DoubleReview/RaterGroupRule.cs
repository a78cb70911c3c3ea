using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>How one rater group counts in a scheme: its weight, scale, aggregation of its ballots and quorum.</summary>
/// <param name="Group">The rater group.</param>
/// <param name="Weight">Its weight in the combined score; the weights of a scheme's groups and components add up to one.</param>
/// <param name="Scale">How its raters rate.</param>
/// <param name="Aggregation">How its ballots for one organization are aggregated into the group's score.</param>
/// <param name="Quorum">
/// The share of eligible raters that must cast a ballot for the group's rating of an organization to be valid
/// (cast ≥ quorum × eligible, compared exactly); 0 for none. Below it the round is invalid.
/// </param>
public sealed record RaterGroupRule(RaterGroup Group, Proportion Weight, RatingScale Scale, AggregationSpec Aggregation, Proportion Quorum = default);
