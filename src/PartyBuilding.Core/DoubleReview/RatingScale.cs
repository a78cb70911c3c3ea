using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// How a rater group rates (评分标准): by grade — good / fairly good / average / poor (好/较好/一般/差), each mapped to a
/// score — or by points within a range (e.g. 0–100).
/// </summary>
/// <remarks>
/// Every score a scale gives lies on the 100-point scale (0 to 100), so that combined scores are on it too;
/// <see cref="DoubleReviewEngine.Validate"/> checks it. Immutable and thread-safe; value-equal.
/// </remarks>
public sealed record RatingScale
{
    /// <summary>Initializes a scale.</summary>
    /// <param name="kind">Grades or points.</param>
    /// <param name="gradeScores">For <see cref="RatingScaleKind.Grades"/>: the score of each of the four grades; empty for points.</param>
    /// <param name="minimumPoints">For <see cref="RatingScaleKind.Points"/>: the lowest points allowed; <see langword="null"/> for grades.</param>
    /// <param name="maximumPoints">For <see cref="RatingScaleKind.Points"/>: the highest points allowed; <see langword="null"/> for grades.</param>
    public RatingScale(RatingScaleKind kind, ValueArray<ReviewGradeScore> gradeScores = default, Score? minimumPoints = null, Score? maximumPoints = null)
    {
        Kind = kind;
        GradeScores = gradeScores;
        MinimumPoints = minimumPoints;
        MaximumPoints = maximumPoints;
    }

    /// <summary>Gets whether the scale is by grade or by points.</summary>
    public RatingScaleKind Kind { get; }

    /// <summary>Gets the score of each grade (grade scales only).</summary>
    public ValueArray<ReviewGradeScore> GradeScores { get; }

    /// <summary>Gets the lowest points allowed (points scales only).</summary>
    public Score? MinimumPoints { get; }

    /// <summary>Gets the highest points allowed (points scales only).</summary>
    public Score? MaximumPoints { get; }

    /// <summary>Creates a points scale.</summary>
    /// <param name="minimum">The lowest points, 0 or more.</param>
    /// <param name="maximum">The highest points, 100 or less.</param>
    /// <returns>The scale.</returns>
    public static RatingScale Points(decimal minimum = 0m, decimal maximum = 100m) =>
        new(RatingScaleKind.Points, [], Score.Of(minimum), Score.Of(maximum));

    /// <summary>Creates a grade scale.</summary>
    /// <param name="good">The score of 好.</param>
    /// <param name="fairlyGood">The score of 较好.</param>
    /// <param name="average">The score of 一般.</param>
    /// <param name="poor">The score of 差.</param>
    /// <returns>The scale.</returns>
    public static RatingScale Grades(decimal good, decimal fairlyGood, decimal average, decimal poor) => new(
        RatingScaleKind.Grades,
        [
            new ReviewGradeScore(ReviewGrade.Good, Score.Of(good)),
            new ReviewGradeScore(ReviewGrade.FairlyGood, Score.Of(fairlyGood)),
            new ReviewGradeScore(ReviewGrade.Average, Score.Of(average)),
            new ReviewGradeScore(ReviewGrade.Poor, Score.Of(poor)),
        ]);

    /// <summary>Gets the score a grade counts for.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The score.</returns>
    /// <exception cref="InvalidOperationException">The scale is not a grade scale or does not map <paramref name="grade"/>.</exception>
    public Score ScoreOf(ReviewGrade grade)
    {
        foreach (var entry in GradeScores)
        {
            if (entry.Grade == grade)
            {
                return entry.Score;
            }
        }

        throw new InvalidOperationException($"The scale has no score for the grade {grade}.");
    }

}
