using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// The strategies an assessment scheme can name (考核策略): how a published total earns a band
/// (<see cref="AssessmentScheme.Banding"/>) and how organizations are ranked (<see cref="AssessmentScheme.Ranking"/>), each
/// in its own <see cref="StrategyRegistry{TStrategy}"/>.
/// </summary>
/// <param name="Banding">The banding strategies by name.</param>
/// <param name="Ranking">The ranking strategies by name.</param>
/// <remarks>
/// <para><see cref="Default"/> holds the built-ins, one constant per name and parameter. Banding:
/// <see cref="Thresholds"/> (<see cref="Good"/>, <see cref="FairlyGood"/>, <see cref="Average"/>: minimum totals, strictly
/// descending) and <see cref="Quota"/> (<see cref="GoodShare"/>, <see cref="FairlyGoodShare"/>: exact shares of the ranked
/// organizations, a fraction such as <c>1/3</c> or a decimal such as <c>0.2</c>, whose seat counts are rounded down and
/// computed in whole numbers; <see cref="PoorBelow"/>: the total below which the band is poor). Ranking:
/// <see cref="StandardCompetition"/> (1-2-2-4) and <see cref="Dense"/> (1-2-2-3), both with the optional parameter
/// <see cref="TieBreakers"/> (component identifiers separated by commas whose higher score breaks a tie, in order). Where
/// vetoed and downgraded organizations stand is the scheme's <see cref="PrecedencePolicy"/>; the former ranking parameter
/// <c>vetoed-last</c> is refused with <see cref="AssessmentErrorCodes.PrecedencePolicy"/>.</para>
/// <para>A caller adds its own with <see cref="With(string, StrategyFactory{IBandingStrategy})"/> or
/// <see cref="With(string, StrategyFactory{IRankingStrategy})"/> and passes the result to <see cref="AnnualAssessment.Validate"/>
/// and <see cref="AnnualAssessment.Evaluate"/>. Names and parameter names are kebab-case. Immutable and thread-safe.</para>
/// </remarks>
public sealed record AssessmentStrategies(StrategyRegistry<IBandingStrategy> Banding, StrategyRegistry<IRankingStrategy> Ranking)
{
    /// <summary>The banding by fixed minimum totals: <c>thresholds</c>.</summary>
    public const string Thresholds = "thresholds";

    /// <summary>The banding by shares of the ranked organizations: <c>quota</c>.</summary>
    public const string Quota = "quota";

    /// <summary>Standard competition ranking (1-2-2-4): <c>standard-competition</c>.</summary>
    public const string StandardCompetition = "standard-competition";

    /// <summary>Dense ranking (1-2-2-3): <c>dense</c>.</summary>
    public const string Dense = "dense";

    /// <summary>The parameter of <see cref="Thresholds"/>: the least total of the good band.</summary>
    public const string Good = "good";

    /// <summary>The parameter of <see cref="Thresholds"/>: the least total of the fairly-good band.</summary>
    public const string FairlyGood = "fairly-good";

    /// <summary>The parameter of <see cref="Thresholds"/>: the least total of the average band; below it the band is poor.</summary>
    public const string Average = "average";

    /// <summary>The parameter of <see cref="Quota"/>: the share of the ranked organizations that is good.</summary>
    public const string GoodShare = "good-share";

    /// <summary>The parameter of <see cref="Quota"/>: the share of the ranked organizations, after the good ones, that is fairly good.</summary>
    public const string FairlyGoodShare = "fairly-good-share";

    /// <summary>The parameter of <see cref="Quota"/>: the total below which the band is poor, whatever the rank.</summary>
    public const string PoorBelow = "poor-below";

    /// <summary>The parameter of both ranking strategies: the components whose higher score breaks a tie, in order (<c>DR, KEY</c>); none by default.</summary>
    public const string TieBreakers = "tie-breakers";

    /// <summary>Gets the built-in strategies: <see cref="Quota"/> and <see cref="Thresholds"/> for banding, <see cref="Dense"/> and <see cref="StandardCompetition"/> for ranking.</summary>
    public static AssessmentStrategies Default { get; } = new(
        StrategyRegistry.Empty<IBandingStrategy>()
            .With(Quota, QuotaBanding.Create)
            .With(Thresholds, ThresholdsBanding.Create),
        StrategyRegistry.Empty<IRankingStrategy>()
            .With(Dense, DenseRanking.Create)
            .With(StandardCompetition, StandardCompetitionRanking.Create));

    /// <summary>Gets the banding strategies by name.</summary>
    public StrategyRegistry<IBandingStrategy> Banding { get; init; } = Banding ?? throw new ArgumentNullException(nameof(Banding));

    /// <summary>Gets the ranking strategies by name.</summary>
    public StrategyRegistry<IRankingStrategy> Ranking { get; init; } = Ranking ?? throw new ArgumentNullException(nameof(Ranking));

    /// <summary>Returns strategies that also know a banding strategy, replacing one of the same name.</summary>
    /// <param name="name">The name, kebab-case.</param>
    /// <param name="factory">Creates the strategy from its parameters.</param>
    /// <returns>The new strategies.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    public AssessmentStrategies With(string name, StrategyFactory<IBandingStrategy> factory) => this with { Banding = Banding.With(name, factory) };

    /// <summary>Returns strategies that also know a ranking strategy, replacing one of the same name.</summary>
    /// <param name="name">The name, kebab-case.</param>
    /// <param name="factory">Creates the strategy from its parameters.</param>
    /// <returns>The new strategies.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    public AssessmentStrategies With(string name, StrategyFactory<IRankingStrategy> factory) => this with { Ranking = Ranking.With(name, factory) };
}
