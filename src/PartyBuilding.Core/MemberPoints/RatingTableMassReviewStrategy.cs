using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>
/// The <c>rating-table</c> mass-review strategy: each rating is worth fixed points, and the quarter's points are the mean over
/// the raters, rounded half away from zero at two places.
/// </summary>
/// <remarks>
/// Parameters: <c>good</c>, <c>fairly-good</c>, <c>average</c>, <c>poor</c> (points per rating, −100..100); the explanation
/// adds <c>scale</c> = 2, the fixed rounding scale. The points per rating are the scheme's own figures (article 002 states
/// the quarterly review, not its points). Follows
/// <see cref="MemberPointsCitations.QuarterlyMassReview"/>. Immutable and thread-safe.
/// </remarks>
public sealed class RatingTableMassReviewStrategy : IMassReviewStrategy
{
    private const string StrategyName = MemberPointsStrategies.RatingTable;

    private RatingTableMassReviewStrategy(decimal good, decimal fairlyGood, decimal average, decimal poor, ValueDictionary<string> parameters)
    {
        Good = good;
        FairlyGood = fairlyGood;
        Average = average;
        Poor = poor;
        Parameters = parameters;
    }

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public ValueDictionary<string> Parameters { get; }

    /// <summary>Gets the points of a good rating.</summary>
    public decimal Good { get; }

    /// <summary>Gets the points of a fairly-good rating.</summary>
    public decimal FairlyGood { get; }

    /// <summary>Gets the points of an average rating.</summary>
    public decimal Average { get; }

    /// <summary>Gets the points of a poor rating.</summary>
    public decimal Poor { get; }

    /// <summary>Creates the strategy from its parameters (the factory <see cref="MemberPointsStrategies.Default"/> registers).</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The strategy.</returns>
    internal static RatingTableMassReviewStrategy Create(StrategyParameters parameters) => new(
        parameters.Number("good", min: -100m, max: 100m),
        parameters.Number("fairly-good", min: -100m, max: 100m),
        parameters.Number("average", min: -100m, max: 100m),
        parameters.Number("poor", min: -100m, max: 100m),
        parameters.InForce);

    /// <inheritdoc />
    public (Score Points, Explanation Explanation) Fold(MassReview review)
    {
        var points = PointsOf(review).Value;
        var explanation = Explanation.Formula(
            MemberPointsTexts.RatingTableMassReview(review.Quarter),
            points,
            StrategyName,
            Parameters.SetItem("scale", "2"),
            [
                Explanation.Given(MemberPointsTexts.RatersGood, review.Good),
                Explanation.Given(MemberPointsTexts.RatersFairlyGood, review.FairlyGood),
                Explanation.Given(MemberPointsTexts.RatersAverage, review.Average),
                Explanation.Given(MemberPointsTexts.RatersPoor, review.Poor),
            ]) with
        {
            Key = $"{review.MemberId}/Q{review.Quarter}",
            Citation = MemberPointsCitations.QuarterlyMassReview,
        };
        return (new Score(points), explanation);
    }

    /// <inheritdoc />
    public Score PointsOf(MassReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var raters = review.Raters;
        var sum = (review.Good * Good) + (review.FairlyGood * FairlyGood) + (review.Average * Average) + (review.Poor * Poor);
        return new Score(raters == 0 ? 0m : ScoreRounding.Default.Apply(sum / raters));
    }
}
