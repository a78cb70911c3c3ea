using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// The strategies a standardization scheme chooses by name (计分方法与定级规则): the scoring methods a catalogue names for
/// each indicator and the tier rule a tier scheme names.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> holds the built-in scoring methods <see cref="Checklist"/>, <see cref="Proportional"/>,
/// <see cref="Deduction"/>, <see cref="Bonus"/> and <see cref="Veto"/>, and the tier rules <see cref="ScoreThresholds"/> and
/// <see cref="ScoreThresholdsAspectFloor"/>. A caller adds its own with
/// <c>StandardizationStrategies.Default.With("named-checklist", p => new NamedChecklist())</c> and passes the result to
/// <see cref="StandardizationEngine.Validate"/> and <see cref="StandardizationEngine.Evaluate"/>.</para>
/// <para>A catalogue names a scoring method with a <see cref="StrategySpec"/>, e.g.
/// <c>{ "name": "deduction", "parameters": { "per-occurrence": "1.5" } }</c>; every problem with it is reported in one pass
/// with a <c>COMMON.STRATEGY_*</c> code at its path (<c>Scheme.Catalogue.Aspects[0].Indicators[2].Scoring.Parameters.per-occurrence</c>).
/// Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Scoring">The scoring methods, by name.</param>
/// <param name="TierRules">The tier rules, by name.</param>
public sealed record StandardizationStrategies(StrategyRegistry<IIndicatorScoringMethod> Scoring, StrategyRegistry<ITierRule> TierRules)
{
    /// <summary>Full-or-nothing checklist scoring, <c>checklist</c> (达标计分): the maximum when met (1), nothing when not (0); no parameters.</summary>
    public const string Checklist = "checklist";

    /// <summary>
    /// Scoring proportional to a rate, <c>proportional</c> (按比例计分): nothing at or below <see cref="ZeroRate"/>, the maximum at or
    /// above <see cref="FullRate"/>, linear in between.
    /// </summary>
    public const string Proportional = "proportional";

    /// <summary>Deduction per occurrence down to a floor, <c>deduction</c> (扣分制): parameters <see cref="PerOccurrence"/> and <see cref="Floor"/>.</summary>
    public const string Deduction = "deduction";

    /// <summary>A capped bonus, <c>bonus</c> (加分项): <see cref="PerOccurrence"/> points per occurrence up to the indicator's maximum.</summary>
    public const string Bonus = "bonus";

    /// <summary>A veto item, <c>veto</c> (一票否决): worth no points; when triggered (1) the branch is named lagging. No parameters.</summary>
    public const string Veto = "veto";

    /// <summary>The tier rule by score thresholds, <c>score-thresholds</c>: parameters <see cref="Standard"/>, <see cref="Advanced"/> and <see cref="Exemplary"/>.</summary>
    public const string ScoreThresholds = "score-thresholds";

    /// <summary>
    /// The tier rule by score thresholds with a floor for every aspect, <c>score-thresholds-aspect-floor</c>: the parameters of
    /// <see cref="ScoreThresholds"/> and <see cref="AspectFloor"/>.
    /// </summary>
    public const string ScoreThresholdsAspectFloor = "score-thresholds-aspect-floor";

    /// <summary>The proportional method's rate at or below which nothing is earned, from 0 to 1, default 0: <c>zero-rate</c>.</summary>
    public const string ZeroRate = "zero-rate";

    /// <summary>The proportional method's rate at or above which the maximum is earned, from 0 to 1 and above <see cref="ZeroRate"/>, default 1: <c>full-rate</c>.</summary>
    public const string FullRate = "full-rate";

    /// <summary>The points deducted (deduction) or added (bonus) per occurrence, above 0, required: <c>per-occurrence</c>.</summary>
    public const string PerOccurrence = "per-occurrence";

    /// <summary>The lowest score deductions can reach, from 0 to below the indicator's maximum, default 0: <c>floor</c>.</summary>
    public const string Floor = "floor";

    /// <summary>The lowest score of a standard branch on the 100-point scale, above 0, required: <c>standard</c>.</summary>
    public const string Standard = "standard";

    /// <summary>The lowest score of an advanced branch, above <see cref="Standard"/>, required: <c>advanced</c>.</summary>
    public const string Advanced = "advanced";

    /// <summary>The lowest score of an exemplary (过硬) branch, above <see cref="Advanced"/>, required: <c>exemplary</c>.</summary>
    public const string Exemplary = "exemplary";

    /// <summary>The share of every aspect's maximum a branch must reach to be named above lagging, from 0 to 1, required: <c>aspect-floor</c>.</summary>
    public const string AspectFloor = "aspect-floor";

    /// <summary>Gets the built-in strategies.</summary>
    public static StandardizationStrategies Default { get; } = new(
        StrategyRegistry.Empty<IIndicatorScoringMethod>()
            .With(Checklist, ChecklistScoring.Create)
            .With(Proportional, ProportionalScoring.Create)
            .With(Deduction, DeductionScoring.Create)
            .With(Bonus, BonusScoring.Create)
            .With(Veto, VetoScoring.Create),
        StrategyRegistry.Empty<ITierRule>()
            .With(ScoreThresholds, ScoreThresholdTierRule.Create)
            .With(ScoreThresholdsAspectFloor, AspectFloorTierRule.Create));

    /// <summary>Gets the scoring methods, by name.</summary>
    public StrategyRegistry<IIndicatorScoringMethod> Scoring { get; init; } = Scoring ?? throw new ArgumentNullException(nameof(Scoring));

    /// <summary>Gets the tier rules, by name.</summary>
    public StrategyRegistry<ITierRule> TierRules { get; init; } = TierRules ?? throw new ArgumentNullException(nameof(TierRules));

    /// <summary>Returns strategies that also know a scoring method, replacing one of the same name.</summary>
    /// <param name="name">The name, kebab-case.</param>
    /// <param name="factory">Creates the method from its parameters.</param>
    /// <returns>The new strategies.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    public StandardizationStrategies With(string name, StrategyFactory<IIndicatorScoringMethod> factory) => this with { Scoring = Scoring.With(name, factory) };

    /// <summary>Returns strategies that also know a tier rule, replacing one of the same name.</summary>
    /// <param name="name">The name, kebab-case.</param>
    /// <param name="factory">Creates the rule from its parameters.</param>
    /// <returns>The new strategies.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    public StandardizationStrategies With(string name, StrategyFactory<ITierRule> factory) => this with { TierRules = TierRules.With(name, factory) };
}
