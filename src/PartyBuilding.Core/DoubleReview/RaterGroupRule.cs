using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>How one rater group counts in a scheme: its weight, scale, aggregation of its ballots and quorum.</summary>
/// <param name="Group">The rater group.</param>
/// <param name="Weight">Its weight in the combined score (a <see cref="Proportion"/> multiplied into the group's score); the weights of a scheme's groups and components add up to one.</param>
/// <param name="Scale">How its raters rate.</param>
/// <param name="Aggregation">How its ballots for one organization are aggregated into the group's score (a name of <see cref="DoubleReviewStrategies"/> and its parameters).</param>
/// <param name="Quorum">
/// The share of eligible raters that must cast a ballot for the group's rating of an organization to be valid, written
/// as a fraction (<c>2/3</c>) or a decimal (<c>0.8</c>): the round is valid when
/// <c>cast × denominator ≥ numerator × eligible</c>, compared in whole numbers (<see cref="Share.IsReachedBy"/>), so 6 of 9
/// reaches 2/3 and 5 of 9 does not. 0 (the default) for none. Below it the round is invalid. The figure is each scheme's
/// own choice: article 002 gives none.
/// </param>
public sealed record RaterGroupRule(RaterGroup Group, Proportion Weight, RatingScale Scale, StrategySpec Aggregation, Share Quorum = default);
