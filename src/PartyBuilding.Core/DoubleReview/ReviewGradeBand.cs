using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>A grade band of the combined score: a published score at or above <see cref="MinimumScore"/> (and below the next band) gets <see cref="Grade"/>.</summary>
/// <param name="Grade">The grade.</param>
/// <param name="MinimumScore">The lowest published score of the band, included: a score exactly on the boundary gets this grade.</param>
public sealed record ReviewGradeBand(ReviewGrade Grade, Score MinimumScore);
