using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>The score a grade ballot counts for on a grade scale (e.g. 好 = 100).</summary>
/// <param name="Grade">The grade.</param>
/// <param name="Score">The score it counts for, 0 to 100.</param>
public sealed record ReviewGradeScore(ReviewGrade Grade, Score Score);
