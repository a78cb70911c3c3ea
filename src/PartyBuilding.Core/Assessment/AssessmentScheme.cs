using PartyBuilding.Core.Common;

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
/// <param name="Banding">The banding strategy (see <see cref="AssessmentStrategies.BandingNames"/>).</param>
/// <param name="Ranking">The ranking strategy (see <see cref="AssessmentStrategies.RankingNames"/>).</param>
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
/// one unified quantitative ranking (统一量化排名). Validate with <see cref="AssessmentSchemeValidator"/>; the engine
/// does so before computing anything. Immutable and thread-safe.
/// </remarks>
public sealed record AssessmentScheme(
    OrganizationId CommitteeId,
    AssessmentYear Year,
    LocalizedText Title,
    LocalDate EffectiveFrom,
    ImmutableArray<SchemeComponent> Components,
    StrategyChoice Banding,
    StrategyChoice Ranking,
    ImmutableArray<GradeScore> QualitativeScores = default,
    ImmutableArray<FactorRule> Bonuses = default,
    ImmutableArray<DatedSetting<Score>> BonusCaps = default,
    ImmutableArray<FactorRule> Deductions = default,
    ImmutableArray<DatedSetting<Score>> DeductionCaps = default,
    ImmutableArray<PrecedenceRule> PrecedenceRules = default,
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

    /// <summary>Gets the components.</summary>
    public ImmutableArray<SchemeComponent> Components { get; init; } = Seq.OrEmpty(Components);

    /// <summary>Gets the qualitative grade scores.</summary>
    public ImmutableArray<GradeScore> QualitativeScores { get; init; } = Seq.OrEmpty(QualitativeScores);

    /// <summary>Gets the bonus factors.</summary>
    public ImmutableArray<FactorRule> Bonuses { get; init; } = Seq.OrEmpty(Bonuses);

    /// <summary>Gets the dated overall bonus cap.</summary>
    public ImmutableArray<DatedSetting<Score>> BonusCaps { get; init; } = Seq.OrEmpty(BonusCaps);

    /// <summary>Gets the deduction items.</summary>
    public ImmutableArray<FactorRule> Deductions { get; init; } = Seq.OrEmpty(Deductions);

    /// <summary>Gets the dated overall deduction cap.</summary>
    public ImmutableArray<DatedSetting<Score>> DeductionCaps { get; init; } = Seq.OrEmpty(DeductionCaps);

    /// <summary>Gets the vetoes and forced downgrades.</summary>
    public ImmutableArray<PrecedenceRule> PrecedenceRules { get; init; } = Seq.OrEmpty(PrecedenceRules);

    /// <summary>Gets the precedence policy in force: <see cref="Precedence"/>, or <see cref="PrecedencePolicy.Default"/> when none is given.</summary>
    public PrecedencePolicy PolicyInForce => Precedence ?? PrecedencePolicy.Default;

    /// <summary>Gets the scheme as a citation source, so that explanation nodes made under its own rules can cite it; an illustrative scheme's title carries the mark 示例.</summary>
    public CitationSource Source => new(
        string.Create(CultureInfo.InvariantCulture, $"scheme-{CommitteeId.Value}-{Year.Value}"),
        Illustrative && Title is not null ? new LocalizedText(Title.ZhCn + "（示例）", Title.English + " (illustrative)") : Title!,
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
        Banding = Sort(Banding),
        Ranking = Sort(Ranking),
        Precedence = PolicyInForce,
    };

    /// <inheritdoc />
    public bool Equals(AssessmentScheme? other) =>
        other is not null
        && CommitteeId == other.CommitteeId && Year == other.Year && Title == other.Title && EffectiveFrom == other.EffectiveFrom
        && Seq.Eq(Components, other.Components) && Banding == other.Banding && Ranking == other.Ranking
        && Seq.Eq(QualitativeScores, other.QualitativeScores) && Seq.Eq(Bonuses, other.Bonuses) && Seq.Eq(BonusCaps, other.BonusCaps)
        && Seq.Eq(Deductions, other.Deductions) && Seq.Eq(DeductionCaps, other.DeductionCaps)
        && Seq.Eq(PrecedenceRules, other.PrecedenceRules) && PublishedScale == other.PublishedScale
        && Certification == other.Certification && string.Equals(Reference, other.Reference, StringComparison.Ordinal)
        && PolicyInForce == other.PolicyInForce && Illustrative == other.Illustrative;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CommitteeId, Year, EffectiveFrom, Components.Length, PrecedenceRules.Length);

    internal Citation Cite(string clause) => Source.At(clause);

    private static StrategyChoice Sort(StrategyChoice choice) => choice with
    {
        Parameters = [.. choice.Parameters.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.EffectiveFrom).ThenBy(p => p.Value, StringComparer.Ordinal)],
    };
}
