using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>One input of an aggregation: a rating (or a group's score) with a key that names it and its weight.</summary>
/// <param name="Key">What the score is, e.g. the rater's identifier or the rater group; unique within one aggregation.</param>
/// <param name="Score">The score.</param>
/// <param name="Weight">The relative weight: <see cref="Proportion.One"/> for each ballot within a group, the scheme's weight for a group.</param>
public sealed record WeightedScore(string Key, Score Score, Proportion Weight);
