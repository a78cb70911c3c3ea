using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// The strategies a responsibility scheme chooses by name (责任清单计分方法): the scoring strategies that turn the status of an
/// organization's responsibility items into its component score (<see cref="ResponsibilityScheme.Scoring"/>).
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> holds the built-ins, <see cref="Proportional"/>, <see cref="LevelWeighted"/> and
/// <see cref="OverdueDeduction"/>, one constant per name and per parameter name (kebab-case). A caller adds its own with
/// <see cref="With"/> and passes the result to <see cref="ResponsibilityAssessmentEngine.Validate"/> and
/// <see cref="ResponsibilityAssessmentEngine.Evaluate"/>.</para>
/// <para>A scheme names a strategy with a <see cref="StrategySpec"/>, e.g.
/// <c>{ "name": "overdue-deduction", "parameters": { "deduction-per-overdue": "2" } }</c>; a parameter left out takes its
/// default, and the explanation of every score names each parameter in force and says whether the scheme set it or the
/// default applied. Every problem is reported in one pass with a <c>COMMON.STRATEGY_*</c> code (or
/// <see cref="ResponsibilitiesErrorCodes.ScoringWeightsSum"/>) at its path (<c>Scheme.Scoring.Parameters.max-points</c>).
/// Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Scoring">The scoring strategies, by name.</param>
public sealed record ResponsibilityStrategies(StrategyRegistry<IResponsibilityScoringStrategy> Scoring)
{
    /// <summary>
    /// The proportional strategy, <c>proportional</c> (按完成比例): <c>max-points × mean completion</c> over the items with a
    /// decided occurrence; parameter <see cref="MaxPoints"/>.
    /// </summary>
    public const string Proportional = "proportional";

    /// <summary>
    /// The level-weighted strategy, <c>level-weighted</c> (按责任层级加权): <c>max-points × Σ wₗ·cₗ ÷ Σ wₗ</c> over the levels with a
    /// decided occurrence and a weight above 0; parameters <see cref="MaxPoints"/> and the four level weights
    /// (<see cref="WeightPrincipal"/>, <see cref="WeightAssisting"/>, <see cref="WeightGuidingAndSupervising"/>,
    /// <see cref="WeightImplementing"/>), which add up to exactly 1.
    /// </summary>
    public const string LevelWeighted = "level-weighted";

    /// <summary>
    /// The overdue-deduction strategy, <c>overdue-deduction</c> (逾期扣分): <c>max(floor, max-points − n × deduction-per-overdue)</c>;
    /// parameters <see cref="MaxPoints"/>, <see cref="DeductionPerOverdue"/> and <see cref="Floor"/>.
    /// </summary>
    public const string OverdueDeduction = "overdue-deduction";

    /// <summary>The top of the scale, taken by every built-in strategy: <c>max-points</c>, 0.01 to 1000 (default 100).</summary>
    public const string MaxPoints = "max-points";

    /// <summary>The level-weighted strategy's weight of principal responsibilities: <c>weight-principal</c>, 0 to 1 (default 0.5, 示例).</summary>
    public const string WeightPrincipal = "weight-principal";

    /// <summary>The level-weighted strategy's weight of assisting responsibilities: <c>weight-assisting</c>, 0 to 1 (default 0.3, 示例).</summary>
    public const string WeightAssisting = "weight-assisting";

    /// <summary>
    /// The level-weighted strategy's weight of guiding and supervising responsibilities: <c>weight-guiding-and-supervising</c>,
    /// 0 to 1 (default 0.2, 示例).
    /// </summary>
    public const string WeightGuidingAndSupervising = "weight-guiding-and-supervising";

    /// <summary>The level-weighted strategy's weight of specific implementation responsibilities: <c>weight-implementing</c>, 0 to 1 (default 0, 示例).</summary>
    public const string WeightImplementing = "weight-implementing";

    /// <summary>The overdue-deduction strategy's points deducted per overdue occurrence: <c>deduction-per-overdue</c>, 0.01 to <c>max-points</c> (default 2, 示例).</summary>
    public const string DeductionPerOverdue = "deduction-per-overdue";

    /// <summary>The overdue-deduction strategy's lowest score: <c>floor</c>, 0 to <c>max-points</c> (default 0).</summary>
    public const string Floor = "floor";

    /// <summary>Gets the built-in strategies: <see cref="Proportional"/>, <see cref="LevelWeighted"/> and <see cref="OverdueDeduction"/>.</summary>
    public static ResponsibilityStrategies Default { get; } = new(
        StrategyRegistry.Empty<IResponsibilityScoringStrategy>()
            .With(Proportional, ProportionalScoring.Create)
            .With(LevelWeighted, LevelWeightedScoring.Create)
            .With(OverdueDeduction, OverdueDeductionScoring.Create));

    /// <summary>Gets the scoring strategies, by name.</summary>
    public StrategyRegistry<IResponsibilityScoringStrategy> Scoring { get; init; } = Guard.NotNull(Scoring);

    /// <summary>Returns strategies that also know a scoring strategy, replacing one of the same name.</summary>
    /// <param name="name">The name, kebab-case.</param>
    /// <param name="factory">Creates the strategy from its parameters.</param>
    /// <returns>The new strategies.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    public ResponsibilityStrategies With(string name, StrategyFactory<IResponsibilityScoringStrategy> factory) => this with { Scoring = Scoring.With(name, factory) };

    /// <summary>Gets the weight parameter of a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The parameter's name.</returns>
    internal static string WeightOf(ResponsibilityLevel level) => level switch
    {
        ResponsibilityLevel.Principal => WeightPrincipal,
        ResponsibilityLevel.Assisting => WeightAssisting,
        ResponsibilityLevel.GuidingAndSupervising => WeightGuidingAndSupervising,
        _ => WeightImplementing,
    };

    /// <summary>The smallest value of <see cref="MaxPoints"/> and <see cref="DeductionPerOverdue"/>: a hundredth of a point.</summary>
    internal const decimal SmallestPoints = 0.01m;

    /// <summary>The largest value of <see cref="MaxPoints"/>.</summary>
    internal const decimal LargestScale = 1000m;

    /// <summary>Reads <see cref="MaxPoints"/>: 0.01 to 1000, default 100.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The top of the scale.</returns>
    internal static Score ReadMaxPoints(StrategyParameters parameters) =>
        Score.Of(parameters.Number(MaxPoints, 100m, SmallestPoints, LargestScale));
}
