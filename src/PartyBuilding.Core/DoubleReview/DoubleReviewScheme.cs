using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// A scheme of double report, double review (双述双评方案) for one committee: which rater groups rate, with which weight,
/// scale, aggregation and quorum; how group scores combine; the grade bands; and the proportion by which the result enters
/// the annual assessment.
/// </summary>
/// <remarks>
/// <para>The working committee's annual scheme (article 002) uses the four <see cref="RaterGroup"/>s over two rounds.
/// The branch variant of organ committees (<see cref="ReviewCadence.HalfYearly"/>, <see cref="DoubleReviewRules.BranchVariantCitation"/>)
/// uses the members' rating and adds given <see cref="Components"/> for inspection and visits.</para>
/// <para>Article 002 gives the procedure but none of the figures (weights, scale, quorum, bands, proportion). A scheme whose
/// figures are a sample rather than a committee's adopted rules sets <see cref="IsIllustrative"/>; every explanation node
/// that uses one of its figures then carries the mark (示例 / illustrative) on its citation.</para>
/// <para>Check a scheme with <see cref="DoubleReviewEngine.Validate"/> (or alone with <see cref="DoubleReviewEngine.ValidateScheme"/>);
/// <see cref="DoubleReviewEngine.Evaluate"/> does before it computes. Immutable and thread-safe; value-equal.</para>
/// </remarks>
public sealed record DoubleReviewScheme : IDocumentContent
{
    /// <summary>Initializes a scheme.</summary>
    /// <param name="name">A stable name of the scheme, e.g. <c>bz-wc-2017</c>.</param>
    /// <param name="effectiveFrom">The date from which the scheme applies.</param>
    /// <param name="cadence">How often the review is held.</param>
    /// <param name="groups">The rater groups; each at most once.</param>
    /// <param name="combination">How group and component scores combine into the combined score (usually <see cref="DoubleReviewStrategies.WeightedMean"/>).</param>
    /// <param name="gradeBands">The grade bands of the combined score; each grade once.</param>
    /// <param name="annualProportion">The proportion by which the combined score enters the annual assessment (按比例计入年度考核).</param>
    /// <param name="components">The given components (branch variant); empty for none.</param>
    /// <param name="peerScope">Which organizations may rate each other.</param>
    /// <param name="roundingScale">Decimal places of the published combined score, 0 to 8; 2 by default.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="combination"/> is <see langword="null"/>.</exception>
    public DoubleReviewScheme(
        string name,
        LocalDate effectiveFrom,
        ReviewCadence cadence,
        ValueArray<RaterGroupRule> groups,
        StrategySpec combination,
        ValueArray<ReviewGradeBand> gradeBands,
        Proportion annualProportion,
        ValueArray<ComponentRule> components = default,
        PeerScope peerScope = PeerScope.AllOrganizations,
        int roundingScale = ScoreRounding.DefaultScale)
    {
        Name = Guard.NotBlank(name);
        EffectiveFrom = effectiveFrom;
        Cadence = cadence;
        Groups = groups;
        Combination = Guard.NotNull(combination);
        GradeBands = gradeBands;
        AnnualProportion = annualProportion;
        Components = components;
        PeerScope = peerScope;
        RoundingScale = roundingScale;
    }

    /// <inheritdoc />
    public static string DocumentKind => "double-review-scheme";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => DoubleReviewJson.Metadata;

    /// <summary>Gets the stable name of the scheme.</summary>
    public string Name { get; }

    /// <summary>Gets the date from which the scheme applies.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Gets how often the review is held.</summary>
    public ReviewCadence Cadence { get; }

    /// <summary>Gets the rater groups.</summary>
    public ValueArray<RaterGroupRule> Groups { get; }

    /// <summary>Gets how group and component scores combine into the combined score.</summary>
    public StrategySpec Combination { get; }

    /// <summary>Gets the grade bands of the combined score.</summary>
    public ValueArray<ReviewGradeBand> GradeBands { get; }

    /// <summary>Gets the proportion by which the combined score enters the annual assessment (<see cref="DoubleReviewRules.AnnualProportionCitation"/>).</summary>
    public Proportion AnnualProportion { get; }

    /// <summary>Gets the given components (inspection, visits) of the branch variant.</summary>
    public ValueArray<ComponentRule> Components { get; }

    /// <summary>Gets which organizations may rate each other.</summary>
    public PeerScope PeerScope { get; }

    /// <summary>Gets the decimal places of the published combined score.</summary>
    public int RoundingScale { get; }

    /// <summary>
    /// Gets a value indicating whether the scheme's figures (weights, scale, quorum, trimming, bands, proportion) are
    /// illustrative (示例): a sample of the library or a seed, not a committee's adopted rules.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsIllustrative { get; init; }

    /// <summary>
    /// Gets which right a member needs to be in an electorate and rate it (<see cref="BallotRight"/>), or
    /// <see langword="null"/> for the library's default reading, <see cref="DoubleReviewRules.MembersBallotRight"/>
    /// (<see cref="BallotRight.VotingRights"/>, 示例). Checked against the organization registry by the annual evaluation.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public BallotRight? MembersBallotRight { get; init; }

    /// <summary>Gets the rule of a rater group, or <see langword="null"/> when the scheme does not use it.</summary>
    /// <param name="group">The rater group.</param>
    /// <returns>The rule.</returns>
    public RaterGroupRule? RuleOf(RaterGroup group) => Groups.FirstOrDefault(g => g is not null && g.Group == group);


    /// <summary>Gives the citation of a node that uses one of the scheme's figures: marked illustrative when the scheme is.</summary>
    /// <param name="citation">The rule's citation.</param>
    /// <returns>The citation, marked when <see cref="IsIllustrative"/>.</returns>
    internal Citation Cite(Citation citation) => IsIllustrative ? citation.AsIllustrative() : citation;
}
