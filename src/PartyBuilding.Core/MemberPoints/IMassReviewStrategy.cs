using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>Folds one quarter's mass-review ratings of a member into points (群众评议折算积分).</summary>
/// <remarks>Implementations are immutable and thread-safe; a scheme names one through <see cref="MemberPointsStrategies"/>.</remarks>
public interface IMassReviewStrategy
{
    /// <summary>Gets the strategy's registered name.</summary>
    string Name { get; }

    /// <summary>Gets every parameter in force: those the scheme gave and the defaults of those it left out.</summary>
    ValueDictionary<string> Parameters { get; }

    /// <summary>Computes the points of one quarter's review.</summary>
    /// <param name="review">The review; it has at least one rater.</param>
    /// <returns>The signed points and an explanation whose value equals them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    (Score Points, Explanation Explanation) Fold(MassReview review);

    /// <summary>Computes the points of one quarter's review without its explanation: what the engine needs while it counts.</summary>
    /// <param name="review">The review; it has at least one rater.</param>
    /// <returns>The signed points, equal to those of <see cref="Fold"/>.</returns>
    /// <remarks>
    /// The engine calls this for every review and <see cref="Fold"/> only when the member's tree is read (explanations on
    /// demand, docs/architecture.md). The default calls <see cref="Fold"/>; a strategy overrides it to skip building the tree.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    Score PointsOf(MassReview review) => Fold(review).Points;
}
