using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>
/// The strategies a member-points scheme can name (积分策略): the grading strategies (<see cref="PointsScheme.Grading"/>)
/// and the mass-review strategies (<see cref="PointsScheme.MassReview"/>), each in its own
/// <see cref="StrategyRegistry{TStrategy}"/>.
/// </summary>
/// <param name="Grading">The grading strategies by name.</param>
/// <param name="MassReview">The mass-review strategies by name.</param>
/// <remarks>
/// <see cref="Default"/> holds the built-ins, one constant per name; a caller adds its own with <see cref="With(string, StrategyFactory{IGradingStrategy})"/>
/// or <see cref="With(string, StrategyFactory{IMassReviewStrategy})"/> and passes the result to
/// <see cref="MemberPointsEngine.Validate"/> and <see cref="MemberPointsEngine.Evaluate"/>. Names and parameter names are
/// kebab-case. Immutable and thread-safe.
/// </remarks>
public sealed record MemberPointsStrategies(StrategyRegistry<IGradingStrategy> Grading, StrategyRegistry<IMassReviewStrategy> MassReview)
{
    /// <summary>The grading strategy by thresholds alone: <c>absolute-thresholds</c> (<see cref="AbsoluteThresholdGradingStrategy"/>).</summary>
    public const string AbsoluteThresholds = "absolute-thresholds";

    /// <summary>The grading strategy by thresholds with an excellent quota per branch: <c>branch-quota</c> (<see cref="BranchQuotaGradingStrategy"/>).</summary>
    public const string BranchQuota = "branch-quota";

    /// <summary>The mass-review strategy of points per rating: <c>rating-table</c> (<see cref="RatingTableMassReviewStrategy"/>).</summary>
    public const string RatingTable = "rating-table";

    /// <summary>The mass-review strategy of a bonus and a deduction by shares of ratings: <c>share-threshold</c> (<see cref="ShareThresholdMassReviewStrategy"/>).</summary>
    public const string ShareThreshold = "share-threshold";

    /// <summary>Gets the built-in strategies: <see cref="AbsoluteThresholds"/> and <see cref="BranchQuota"/> for grading, <see cref="RatingTable"/> and <see cref="ShareThreshold"/> for mass reviews.</summary>
    public static MemberPointsStrategies Default { get; } = new(
        StrategyRegistry.Empty<IGradingStrategy>()
            .With(AbsoluteThresholds, AbsoluteThresholdGradingStrategy.Create)
            .With(BranchQuota, BranchQuotaGradingStrategy.Create),
        StrategyRegistry.Empty<IMassReviewStrategy>()
            .With(RatingTable, RatingTableMassReviewStrategy.Create)
            .With(ShareThreshold, ShareThresholdMassReviewStrategy.Create));

    /// <summary>Gets the grading strategies by name.</summary>
    public StrategyRegistry<IGradingStrategy> Grading { get; init; } = Grading ?? throw new ArgumentNullException(nameof(Grading));

    /// <summary>Gets the mass-review strategies by name.</summary>
    public StrategyRegistry<IMassReviewStrategy> MassReview { get; init; } = MassReview ?? throw new ArgumentNullException(nameof(MassReview));

    /// <summary>Returns strategies that also know a grading strategy, replacing one of the same name.</summary>
    /// <param name="name">The name, kebab-case.</param>
    /// <param name="factory">Creates the strategy from its parameters.</param>
    /// <returns>The new strategies.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    public MemberPointsStrategies With(string name, StrategyFactory<IGradingStrategy> factory) => this with { Grading = Grading.With(name, factory) };

    /// <summary>Returns strategies that also know a mass-review strategy, replacing one of the same name.</summary>
    /// <param name="name">The name, kebab-case.</param>
    /// <param name="factory">Creates the strategy from its parameters.</param>
    /// <returns>The new strategies.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    public MemberPointsStrategies With(string name, StrategyFactory<IMassReviewStrategy> factory) => this with { MassReview = MassReview.With(name, factory) };
}
