using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>
/// The <c>share-threshold</c> mass-review strategy: a bonus when the share of good ratings reaches a threshold, a deduction
/// when the share of poor ratings reaches another; both can apply.
/// </summary>
/// <remarks>
/// Parameters: <c>good-share</c> and <c>poor-share</c> (exact <see cref="Share"/>s such as <c>1/3</c> or <c>0.3</c>, compared
/// exactly with the counts in whole numbers, the threshold itself included: 3 good of 9 raters reach 1/3, 2 do not),
/// <c>bonus</c> and <c>deduction</c> (non-negative points); the shares, bonus and deduction are the scheme's own figures
/// (article 002 states the quarterly review, not these). Follows <see cref="MemberPointsCitations.QuarterlyMassReview"/>.
/// Immutable and thread-safe.
/// </remarks>
public sealed class ShareThresholdMassReviewStrategy : IMassReviewStrategy
{
    private const string StrategyName = MemberPointsStrategies.ShareThreshold;

    private ShareThresholdMassReviewStrategy(Share goodShare, decimal bonus, Share poorShare, decimal deduction, ValueDictionary<string> parameters)
    {
        GoodShare = goodShare;
        Bonus = bonus;
        PoorShare = poorShare;
        Deduction = deduction;
        Parameters = parameters;
    }

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public ValueDictionary<string> Parameters { get; }

    /// <summary>Gets the share of good ratings that earns the bonus, exact.</summary>
    public Share GoodShare { get; }

    /// <summary>Gets the bonus points.</summary>
    public decimal Bonus { get; }

    /// <summary>Gets the share of poor ratings that costs the deduction, exact.</summary>
    public Share PoorShare { get; }

    /// <summary>Gets the deducted points (a magnitude).</summary>
    public decimal Deduction { get; }

    /// <summary>Creates the strategy from its parameters (the factory <see cref="MemberPointsStrategies.Default"/> registers).</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The strategy.</returns>
    internal static ShareThresholdMassReviewStrategy Create(StrategyParameters parameters) => new(
        parameters.Share("good-share"),
        parameters.Number("bonus", min: 0m, max: 100m),
        parameters.Share("poor-share"),
        parameters.Number("deduction", min: 0m, max: 100m),
        parameters.InForce);

    /// <inheritdoc />
    public (Score Points, Explanation Explanation) Fold(MassReview review)
    {
        var (bonus, deduction) = Parts(review);
        var raters = review.Raters;
        var explanation = Explanation.Sum(
            MemberPointsTexts.MassReview(review.Quarter),
            [
                Explanation.Formula(
                    MemberPointsTexts.GoodShareBonus,
                    bonus,
                    StrategyName + ":good",
                    [new("good-share", GoodShare.ToString()), new("bonus", Bonus.ToString(CultureInfo.InvariantCulture))],
                    [Explanation.Given(MemberPointsTexts.RatersGood, review.Good), Explanation.Given(MemberPointsTexts.Raters, raters)]),
                Explanation.Formula(
                    MemberPointsTexts.PoorShareDeduction,
                    deduction,
                    StrategyName + ":poor",
                    [new("poor-share", PoorShare.ToString()), new("deduction", Deduction.ToString(CultureInfo.InvariantCulture))],
                    [Explanation.Given(MemberPointsTexts.RatersPoor, review.Poor), Explanation.Given(MemberPointsTexts.Raters, raters)]),
            ]) with
        {
            Key = $"{review.MemberId}/Q{review.Quarter}",
            Citation = MemberPointsCitations.QuarterlyMassReview,
        };
        return (new Score(bonus + deduction), explanation);
    }

    /// <inheritdoc />
    public Score PointsOf(MassReview review)
    {
        var (bonus, deduction) = Parts(review);
        return new Score(bonus + deduction);
    }

    /// <summary>Computes the bonus and the (negative) deduction of a review.</summary>
    private (decimal Bonus, decimal Deduction) Parts(MassReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var raters = review.Raters;

        // Exact comparison in whole numbers: good / raters >= n / d  <=>  good * d >= n * raters.
        var bonus = raters > 0 && GoodShare.IsReachedBy(review.Good, raters) ? Bonus : 0m;
        var deduction = raters > 0 && PoorShare.IsReachedBy(review.Poor, raters) ? -Deduction : 0m;
        return (bonus, deduction);
    }
}
