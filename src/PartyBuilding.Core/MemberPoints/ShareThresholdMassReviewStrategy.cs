using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>
/// The <c>share-threshold</c> mass-review strategy: a bonus when the share of good ratings reaches a threshold, a deduction
/// when the share of poor ratings reaches another; both can apply.
/// </summary>
/// <remarks>
/// Parameters: <c>goodShare</c> and <c>poorShare</c> (proportions 0..1, compared exactly, the threshold itself included),
/// <c>bonus</c> and <c>deduction</c> (non-negative points); the shares, bonus and deduction are the scheme's own figures
/// (article 002 states the quarterly review, not these). Follows <see cref="MemberPointsCitations.QuarterlyMassReview"/>.
/// Immutable and thread-safe.
/// </remarks>
public sealed class ShareThresholdMassReviewStrategy : IMassReviewStrategy
{
    /// <summary>The registered name: <c>share-threshold</c>.</summary>
    public const string StrategyName = "share-threshold";

    internal ShareThresholdMassReviewStrategy(Proportion goodShare, decimal bonus, Proportion poorShare, decimal deduction, ImmutableSortedDictionary<string, string> parameters)
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
    public ImmutableSortedDictionary<string, string> Parameters { get; }

    /// <summary>Gets the share of good ratings that earns the bonus.</summary>
    public Proportion GoodShare { get; }

    /// <summary>Gets the bonus points.</summary>
    public decimal Bonus { get; }

    /// <summary>Gets the share of poor ratings that costs the deduction.</summary>
    public Proportion PoorShare { get; }

    /// <summary>Gets the deducted points (a magnitude).</summary>
    public decimal Deduction { get; }

    /// <inheritdoc />
    public (Score Points, Explanation Explanation) Fold(MassReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var raters = review.Raters;

        // Exact comparison by cross-multiplication: good / raters >= share  <=>  good >= share * raters.
        var bonus = raters > 0 && review.Good >= GoodShare.Value * raters ? Bonus : 0m;
        var deduction = raters > 0 && review.Poor >= PoorShare.Value * raters ? -Deduction : 0m;
        var explanation = Explanation.Sum(
            new LocalizedText($"第{review.Quarter}季度群众评议", $"Mass review, quarter {review.Quarter}"),
            [
                Explanation.Formula(
                    new LocalizedText("好评比例加分", "Bonus for the share of good ratings"),
                    bonus,
                    StrategyName + ":good",
                    [new("goodShare", GoodShare.ToString()), new("bonus", Bonus.ToString(CultureInfo.InvariantCulture))],
                    [Explanation.Given(new LocalizedText("评“好”人数", "Raters: good"), review.Good), Explanation.Given(new LocalizedText("评议人数", "Raters"), raters)]),
                Explanation.Formula(
                    new LocalizedText("差评比例扣分", "Deduction for the share of poor ratings"),
                    deduction,
                    StrategyName + ":poor",
                    [new("poorShare", PoorShare.ToString()), new("deduction", Deduction.ToString(CultureInfo.InvariantCulture))],
                    [Explanation.Given(new LocalizedText("评“差”人数", "Raters: poor"), review.Poor), Explanation.Given(new LocalizedText("评议人数", "Raters"), raters)]),
            ]) with
        {
            Key = $"{review.MemberId}/Q{review.Quarter}",
            Citation = MemberPointsCitations.QuarterlyMassReview,
        };
        return (new Score(bonus + deduction), explanation);
    }
}
