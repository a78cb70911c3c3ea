using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Assessment;

/// <summary>One component of an organization's total: its score, the weight in force and the contribution (score × weight, exact).</summary>
/// <param name="Component">The component.</param>
/// <param name="Kind">What it measures.</param>
/// <param name="Score">The component score on the scale 0..100 (a qualitative grade's mapped score).</param>
/// <param name="Weight">The weight in force on the evaluation date.</param>
/// <param name="Contribution">The exact contribution to the regular score.</param>
/// <param name="Grade">The qualitative grade, or <see langword="null"/> for a quantitative component.</param>
public sealed record ComponentLine(AssessmentComponentId Component, ComponentKind Kind, Score Score, Proportion Weight, Score Contribution, GradeBand? Grade = null);

/// <summary>One bonus factor or deduction item of an organization: the points claimed, the item's cap and the points counted.</summary>
/// <param name="Factor">The item.</param>
/// <param name="Claimed">The sum of the entries.</param>
/// <param name="Cap">The item's cap.</param>
/// <param name="Counted">The points counted, the lower of <paramref name="Claimed"/> and <paramref name="Cap"/>, before the overall cap.</param>
public sealed record FactorLine(AssessmentFactorId Factor, Score Claimed, Score Cap, Score Counted);

/// <summary>A veto or forced downgrade applied to an organization's band, in order of precedence.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Kind">Veto or forced downgrade.</param>
/// <param name="Precedence">The rule's precedence.</param>
/// <param name="Before">The band before the rule.</param>
/// <param name="After">The band after the rule.</param>
/// <param name="Reason">The reasons raised, each once, joined in each language.</param>
public sealed record AppliedRule(AssessmentFactorId Rule, PrecedenceRuleKind Kind, int Precedence, GradeBand Before, GradeBand After, LocalizedText Reason)
{
    /// <summary>Gets the rule's display label, or <see langword="null"/> when the rule was made without one.</summary>
    public LocalizedText? Label { get; init; }

    /// <summary>Gets the components whose score the same cause already lowered (重复扣分, allowed by the rule); empty when none.</summary>
    public ValueArray<AssessmentComponentId> AlsoLowered { get; init; }

    /// <summary>Gets what the rule did, in words and in both languages (the rule, its reasons, the band before and after, and any double penalty the scheme allows), or <see langword="null"/>.</summary>
    public LocalizedText? Description { get; init; }

}

/// <summary>
/// The assessment of one organization: regular score, bonus, deduction, exact and published totals, the component,
/// bonus and deduction lines, the vetoes and downgrades applied, the band before and after them, the ranks, and the
/// explanation tree down to the inputs.
/// </summary>
/// <param name="Organization">The organization.</param>
/// <param name="District">Its district.</param>
/// <param name="RegularScore">The weighted sum of the components (常规因素).</param>
/// <param name="Bonus">The bonus counted (加分因素), after item and overall caps.</param>
/// <param name="Deduction">The points deducted, after item and overall caps (a positive number).</param>
/// <param name="Total">The exact total: regular score + bonus − deduction.</param>
/// <param name="PublishedTotal">The total rounded half away from zero at the scheme's published scale; ranks and bands use it.</param>
/// <param name="Components">The component lines, by component identifier.</param>
/// <param name="Bonuses">The bonus lines, by factor identifier.</param>
/// <param name="Deductions">The deduction lines, by item identifier.</param>
/// <param name="Rules">The vetoes and downgrades applied, in order of precedence.</param>
/// <param name="ScoreBand">The band the published total earns by the banding strategy.</param>
/// <param name="Band">The final band after the precedence rules.</param>
/// <param name="CommitteeRank">The rank across the committee.</param>
/// <param name="DistrictRank">The rank within the district.</param>
/// <param name="Breakdown">The exact total as lines: <c>component:&lt;id&gt;</c> per component, <c>bonus</c> and <c>deduction</c> (negative).</param>
/// <param name="Explanation">The explanation tree: published total ← exact total ← regular score, bonus, deduction ← inputs.</param>
public sealed record OrganizationAssessment(
    OrganizationId Organization,
    DistrictId District,
    Score RegularScore,
    Score Bonus,
    Score Deduction,
    Score Total,
    Score PublishedTotal,
    ValueArray<ComponentLine> Components,
    ValueArray<FactorLine> Bonuses,
    ValueArray<FactorLine> Deductions,
    ValueArray<AppliedRule> Rules,
    GradeBand ScoreBand,
    GradeBand Band,
    int CommitteeRank,
    int DistrictRank,
    ScoreBreakdown Breakdown,
    Explanation Explanation)
{
    /// <summary>Gets a value indicating whether a veto (not merely a downgrade) applied.</summary>
    public bool Vetoed => Rules.Any(r => r.Kind == PrecedenceRuleKind.Veto);

    /// <summary>Gets a value indicating whether a forced downgrade applied.</summary>
    public bool Downgraded => Rules.Any(r => r.Kind == PrecedenceRuleKind.ForcedDowngrade);

    /// <summary>
    /// Gets the rank across the committee by published total and the ranking strategy's tie rules alone, which no veto
    /// or downgrade moves; quota banding gives <see cref="ScoreBand"/> from it. 0 when not computed.
    /// </summary>
    public int ScoreRank { get; init; }

    /// <summary>Gets the order of the published ranking that placed the organization at <see cref="CommitteeRank"/> and <see cref="DistrictRank"/>.</summary>
    public PublishedRankOrder RankedBy { get; init; } = PublishedRankOrder.BandThenTotal;

    /// <summary>
    /// Gets why the organization stands where it stands, in words and in both languages: its total, the band the total
    /// earns and by which banding, every veto and downgrade with its reasons, the final band, and the ranking rule and
    /// policy that placed it, every parameter named; <see langword="null"/> when not computed.
    /// </summary>
    public LocalizedText? Standing { get; init; }

}

/// <summary>
/// The reproducibility receipt of an evaluation: a SHA-256 over the canonical JSON of the inputs, the scheme, the
/// evaluation date and the library version, so that anyone can re-run the evaluation and check a contested score.
/// </summary>
/// <param name="Algorithm">What was hashed, e.g. <c>SHA-256/canonical-json-v1</c>.</param>
/// <param name="LibraryVersion">The informational version of the library that computed the result.</param>
/// <param name="Sha256">The hash as 64 lowercase hexadecimal digits.</param>
public sealed record ReproducibilityReceipt(string Algorithm, string LibraryVersion, string Sha256);

/// <summary>A strategy as applied: its name and the parameters in force on the evaluation date.</summary>
/// <param name="Name">The registered name.</param>
/// <param name="Parameters">The parameters in force, by name: those the scheme gives and the defaults of those it leaves out.</param>
public sealed record AppliedStrategy(string Name, ValueDictionary<string> Parameters);

/// <summary>The result of one committee's annual assessment (document <c>assessment-result</c>): every organization, ordered by committee rank then identifier.</summary>
/// <param name="CommitteeId">The working committee.</param>
/// <param name="Year">The assessment year.</param>
/// <param name="AsOf">The evaluation date.</param>
/// <param name="Banding">The banding strategy applied, with its parameters in force.</param>
/// <param name="Ranking">The ranking strategy applied, with its parameters in force.</param>
/// <param name="Organizations">The organizations' assessments.</param>
/// <param name="Receipt">The reproducibility receipt.</param>
public sealed record AssessmentResult(
    OrganizationId CommitteeId,
    AssessmentYear Year,
    LocalDate AsOf,
    AppliedStrategy Banding,
    AppliedStrategy Ranking,
    ValueArray<OrganizationAssessment> Organizations,
    ReproducibilityReceipt Receipt) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "assessment-result";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => AssessmentJson.Metadata;

    /// <summary>Gets the precedence policy applied (the scheme's, or <see cref="PrecedencePolicy.Default"/>).</summary>
    public PrecedencePolicy Policy { get; init; } = PrecedencePolicy.Default;

    /// <summary>Gets the assessment of an organization.</summary>
    /// <param name="organization">The organization.</param>
    /// <returns>Its assessment.</returns>
    /// <exception cref="KeyNotFoundException">The organization was not assessed.</exception>
    public OrganizationAssessment this[OrganizationId organization] =>
        Organizations.FirstOrDefault(o => o.Organization == organization)
        ?? throw new KeyNotFoundException($"'{organization}' was not assessed.");

    /// <summary>Gets the organizations of one district, ordered by district rank then identifier.</summary>
    /// <param name="district">The district.</param>
    /// <returns>The district's assessments.</returns>
    public ImmutableArray<OrganizationAssessment> District(DistrictId district) =>
        [.. Organizations.Where(o => o.District == district).OrderBy(o => o.DistrictRank).ThenBy(o => o.Organization)];

}
