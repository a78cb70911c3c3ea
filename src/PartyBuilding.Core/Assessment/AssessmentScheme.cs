using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// The annual target assessment scheme (年度目标考核办法) of one working committee for one year: the components and
/// their weights, qualitative grades mapped to scores, regular and bonus factors with caps, deductions, vetoes and
/// forced downgrades, the banding and ranking strategies with their dated parameters, and the model-organ criteria.
/// </summary>
/// <param name="CommitteeId">The working committee the scheme belongs to.</param>
/// <param name="Year">The assessment year.</param>
/// <param name="Title">The scheme's title.</param>
/// <param name="EffectiveFrom">The date the scheme applies from; every dated setting must have a value in force on it.</param>
/// <param name="Components">The components (常规因素), each scored on the scale 0..100 and weighted.</param>
/// <param name="Banding">
/// The banding strategy, dated: each entry a <see cref="StrategySpec"/> (a name of <see cref="AssessmentStrategies.Banding"/>,
/// e.g. <see cref="AssessmentStrategies.Thresholds"/>, with its parameters) and the date from which it applies; one must be
/// in force on <paramref name="EffectiveFrom"/>. A change of a threshold during the year is a new entry.
/// </param>
/// <param name="Ranking">The ranking strategy, dated in the same way (a name of <see cref="AssessmentStrategies.Ranking"/>, e.g. <see cref="AssessmentStrategies.StandardCompetition"/>).</param>
/// <param name="QualitativeScores">The score of each qualitative grade; required when a component is qualitative.</param>
/// <param name="Bonuses">The bonus factors (加分因素), each with its cap.</param>
/// <param name="BonusCaps">The cap on all bonuses together, dated; empty for no overall cap.</param>
/// <param name="Deductions">The deduction items (扣分项), each with its cap.</param>
/// <param name="DeductionCaps">The cap on all deductions together, dated; empty for no overall cap.</param>
/// <param name="PrecedenceRules">The vetoes and forced downgrades.</param>
/// <param name="PublishedScale">The decimal places of published totals (rounded half away from zero), 0..8; ranks and bands use the published total.</param>
/// <param name="Certification">The model-organ criteria, or <see langword="null"/> when the scheme certifies none.</param>
/// <param name="Reference">Where the scheme's structure comes from, e.g. a source article's file name.</param>
/// <param name="Precedence">How vetoes and forced downgrades combine with banding and ranking; <see langword="null"/> for <see cref="PrecedencePolicy.Default"/>.</param>
/// <param name="Illustrative">
/// Whether the scheme's figures (weights, caps, thresholds, vetoes, the policy) are an illustrative choice (示例) of the
/// library or a seed rather than a committee's published scheme; explanations that cite the scheme show the mark.
/// </param>
/// <remarks>
/// The structure follows article 002: routine and key work, qualitative and quantitative, regular and bonus factors,
/// one unified quantitative ranking (统一量化排名). Check it with <see cref="AnnualAssessment.ValidateScheme"/>; the engine
/// does so before computing anything. Immutable, value-equal and thread-safe.
/// </remarks>
public sealed record AssessmentScheme(
    OrganizationId CommitteeId,
    AssessmentYear Year,
    LocalizedText Title,
    LocalDate EffectiveFrom,
    ValueArray<SchemeComponent> Components,
    ValueArray<DatedValue<StrategySpec>> Banding,
    ValueArray<DatedValue<StrategySpec>> Ranking,
    ValueArray<GradeScore> QualitativeScores = default,
    ValueArray<FactorRule> Bonuses = default,
    ValueArray<DatedValue<Score>> BonusCaps = default,
    ValueArray<FactorRule> Deductions = default,
    ValueArray<DatedValue<Score>> DeductionCaps = default,
    ValueArray<PrecedenceRule> PrecedenceRules = default,
    int PublishedScale = ScoreRounding.DefaultScale,
    ModelOrganCriteria? Certification = null,
    string? Reference = null,
    PrecedencePolicy? Precedence = null,
    bool Illustrative = false) : IDocumentContent
{
    /// <summary>The top of the component scale: component scores run from 0 to 100 (百分制).</summary>
    public const decimal ComponentScaleMaximum = 100m;

    /// <inheritdoc />
    public static string DocumentKind => "assessment-scheme";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => AssessmentJson.Metadata;

    /// <summary>Gets the precedence policy in force: <see cref="Precedence"/>, or <see cref="PrecedencePolicy.Default"/> when none is given.</summary>
    public PrecedencePolicy PolicyInForce => Precedence ?? PrecedencePolicy.Default;

    /// <summary>Gets the scheme as a citation source, so that explanation nodes made under its own rules can cite it; an illustrative scheme's title carries the mark 示例.</summary>
    public CitationSource Source => new(
        string.Create(CultureInfo.InvariantCulture, $"scheme-{CommitteeId.Value}-{Year.Value}"),
        Illustrative && Title is not null ? AssessmentStanding.MarkedIllustrative(Title) : Title!,
        CitationSourceKind.Scheme,
        EffectiveFrom,
        Reference);

    /// <summary>Gets the canonical form of the scheme: every list sorted by its key, so that two schemes that differ only in order are equal.</summary>
    /// <returns>The canonical scheme.</returns>
    public AssessmentScheme Canonical() => this with
    {
        Components = [.. Components.OrderBy(c => c.Id).Select(c => c with { Weights = Dated.Sorted(c.Weights) })],
        QualitativeScores = [.. QualitativeScores.OrderBy(g => g.Grade).ThenBy(g => g.Score)],
        Bonuses = [.. Bonuses.OrderBy(b => b.Id)],
        BonusCaps = Dated.Sorted(BonusCaps),
        Deductions = [.. Deductions.OrderBy(d => d.Id)],
        DeductionCaps = Dated.Sorted(DeductionCaps),
        PrecedenceRules = [.. PrecedenceRules.OrderBy(r => r.Precedence).ThenBy(r => r.Id)],
        Banding = Dated.Sorted(Banding),
        Ranking = Dated.Sorted(Ranking),
        Precedence = PolicyInForce,
    };

    internal Citation Cite(string clause) => Source.At(clause);
}
