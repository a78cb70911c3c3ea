using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// A component of the annual assessment (考核组成部分): double review, standardization, responsibilities,
/// rectification, member-points statistics, routine work, key work, each with its weight.
/// </summary>
/// <param name="Id">The component's identifier, unique in the scheme.</param>
/// <param name="Label">The display label.</param>
/// <param name="Kind">What the component measures.</param>
/// <param name="Nature">Quantitative (a score 0..100) or qualitative (a grade the scheme maps to a score).</param>
/// <param name="Weights">The component's weight, dated; on every date the weights of all components add up to exactly 1.</param>
/// <remarks>
/// The weight of the <see cref="ComponentKind.DoubleReview"/> component is the proportion by which double review counts
/// into the annual assessment (“双述双评”按比例计入年度考核, article 002). Immutable and thread-safe.
/// </remarks>
public sealed record SchemeComponent(
    AssessmentComponentId Id,
    LocalizedText Label,
    ComponentKind Kind,
    ComponentNature Nature,
    ValueArray<DatedValue<Proportion>> Weights = default);

/// <summary>A bonus factor (加分因素) or a deduction item (扣分项) of a scheme, with the most points it can count for.</summary>
/// <param name="Id">The item's identifier, unique in the scheme.</param>
/// <param name="Label">The display label.</param>
/// <param name="Cap">The most points the item counts for, whatever the entries add up to; not negative.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FactorRule(AssessmentFactorId Id, LocalizedText Label, Score Cap);

/// <summary>
/// A precedence rule that acts on the grade band whatever the score: a veto (一票否决) caps the band, a forced downgrade
/// lowers it. Rules apply in ascending <see cref="Precedence"/> when their item is raised for an organization.
/// </summary>
/// <param name="Id">The item that triggers the rule, as raised in a component input's veto flags.</param>
/// <param name="Label">The display label.</param>
/// <param name="Kind">Veto or forced downgrade.</param>
/// <param name="Precedence">The order of application; rules of different kinds may not share one.</param>
/// <param name="MaxBand">For a veto, the best band the organization can keep.</param>
/// <param name="Steps">For a forced downgrade, the number of bands to lower by (at least 1).</param>
/// <param name="AllowDoublePenalty">
/// Whether a cause that already lowered a component score may also raise this rule (重复扣分). Off by default: most
/// assessment schemes say 不重复扣分, so a flag marked <see cref="VetoFlag.LoweredComponent"/> for a rule that does not
/// allow it is refused (<see cref="AssessmentErrorCodes.DoublePenalty"/>). When on, the applied rule says in words that
/// the same cause also lowered the component.
/// </param>
/// <remarks>
/// A veto also excludes the organization from model-organ certification for that year. Immutable and thread-safe.
/// </remarks>
public sealed record PrecedenceRule(
    AssessmentFactorId Id,
    LocalizedText Label,
    PrecedenceRuleKind Kind,
    int Precedence,
    GradeBand? MaxBand = null,
    int Steps = 0,
    bool AllowDoublePenalty = false);

/// <summary>
/// The scheme's precedence policy (优先规则): how the vetoes and forced downgrades combine with banding and with the
/// published ranking. Optional in a scheme; <see cref="Default"/> applies when it is not given.
/// </summary>
/// <param name="Order">How the published ranking is ordered; <see cref="PublishedRankOrder.BandThenTotal"/> by default.</param>
/// <remarks>
/// <para>Bands are always taken the same way: the banding strategy gives the band the published total earns (for quota
/// banding, on the rank by published total and the ranking strategy's tie rules alone, which no veto or downgrade moves);
/// then the vetoes and forced downgrades raised apply in ascending precedence.</para>
/// <para>The published ranking, committee and district alike, then follows <see cref="Order"/>. The default,
/// <see cref="PublishedRankOrder.BandThenTotal"/>, is the list a committee publishes without having to explain itself:
/// every organization of a better band stands above every organization of a worse one. This policy is the library's own
/// documented choice; article 002 asks only for one unified quantitative ranking (统一量化排名). Immutable and
/// thread-safe.</para>
/// </remarks>
public sealed record PrecedencePolicy(PublishedRankOrder Order = PublishedRankOrder.BandThenTotal)
{
    /// <summary>Gets the policy that applies when a scheme gives none: bands from the total, then the precedence rules; ranking by final band, then total.</summary>
    public static PrecedencePolicy Default { get; } = new();
}

/// <summary>The score a qualitative grade counts for (定性等次折算分值).</summary>
/// <param name="Grade">The grade.</param>
/// <param name="Score">Its score on the component scale 0..100.</param>
public sealed record GradeScore(GradeBand Grade, Score Score);

/// <summary>
/// The criteria of model-organ certification (模范机关认定) over the assessment results of this year and earlier
/// years: process and result both count, and results already produced are reused rather than new paperwork
/// (article 001); a title whose criteria later fail is withdrawn (退出机制, article 004).
/// </summary>
/// <param name="Years">How many consecutive years, ending with the certification year, the yearly criteria must hold (1..10).</param>
/// <param name="MinimumBand">The lowest band accepted in each of those years.</param>
/// <param name="TopShare">The committee rank must be within this share of the ranked organizations in each of those years (rank ÷ count ≤ share, compared exactly: rank × denominator ≤ numerator × count); above 0. A fraction such as <c>1/3</c> or a decimal such as <c>0.3</c>.</param>
/// <param name="MinimumTierCoverage">The least share of branches named at a standardization tier in the certification year (compared exactly: branches at tier × denominator ≥ numerator × branches).</param>
/// <param name="RequireNoVeto">Whether a veto in any of those years excludes the organization.</param>
public sealed record ModelOrganCriteria(
    int Years,
    GradeBand MinimumBand,
    Share TopShare,
    Share MinimumTierCoverage,
    bool RequireNoVeto = true);
