using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Assessment;

/// <summary>One component of an organization's total: its score, the weight in force and the contribution (score × weight, exact).</summary>
public sealed record ComponentLine
{
    /// <summary>Initializes a line; only the engine builds one.</summary>
    /// <param name="component">The component.</param>
    /// <param name="kind">What it measures.</param>
    /// <param name="score">The component score on the scale 0..100 (a qualitative grade's mapped score).</param>
    /// <param name="weight">The weight in force on the evaluation date.</param>
    /// <param name="contribution">The exact contribution to the regular score.</param>
    /// <param name="grade">The qualitative grade, or <see langword="null"/> for a quantitative component.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal ComponentLine(
        AssessmentComponentId component,
        ComponentKind kind,
        Score score,
        Proportion weight,
        Score contribution,
        GradeBand? grade = null)
    {
        Component = component;
        Kind = kind;
        Score = score;
        Weight = weight;
        Contribution = contribution;
        Grade = grade;
    }

    /// <summary>Gets the component.</summary>
    public AssessmentComponentId Component { get; }

    /// <summary>Gets what it measures.</summary>
    public ComponentKind Kind { get; }

    /// <summary>Gets the component score on the scale 0..100 (a qualitative grade's mapped score).</summary>
    public Score Score { get; }

    /// <summary>Gets the weight in force on the evaluation date.</summary>
    public Proportion Weight { get; }

    /// <summary>Gets the exact contribution to the regular score.</summary>
    public Score Contribution { get; }

    /// <summary>Gets the qualitative grade, or <see langword="null"/> for a quantitative component.</summary>
    public GradeBand? Grade { get; }
}

/// <summary>One bonus factor or deduction item of an organization: the points claimed, the item's cap and the points counted.</summary>
/// <param name="Factor">The item.</param>
/// <param name="Claimed">The sum of the entries.</param>
/// <param name="Cap">The item's cap.</param>
/// <param name="Counted">The points counted, the lower of <paramref name="Claimed"/> and <paramref name="Cap"/>, before the overall cap.</param>
public sealed record FactorLine(AssessmentFactorId Factor, Score Claimed, Score Cap, Score Counted);

/// <summary>A veto or forced downgrade applied to an organization's band, in order of precedence.</summary>
public sealed record AppliedRule
{
    /// <summary>Initializes a line; only the engine builds one.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="kind">Veto or forced downgrade.</param>
    /// <param name="precedence">The rule's precedence.</param>
    /// <param name="before">The band before the rule.</param>
    /// <param name="after">The band after the rule.</param>
    /// <param name="reason">The reasons raised, each once, joined in each language.</param>
    /// <param name="label">The rule's display label, or <see langword="null"/>.</param>
    /// <param name="alsoLowered">The components whose score the same cause already lowered; empty when none.</param>
    /// <param name="description">What the rule did, in words, or <see langword="null"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal AppliedRule(
        AssessmentFactorId rule,
        PrecedenceRuleKind kind,
        int precedence,
        GradeBand before,
        GradeBand after,
        LocalizedText reason,
        LocalizedText? label = null,
        ValueArray<AssessmentComponentId> alsoLowered = default,
        LocalizedText? description = null)
    {
        Rule = rule;
        Kind = kind;
        Precedence = precedence;
        Before = before;
        After = after;
        Reason = reason;
        Label = label;
        AlsoLowered = alsoLowered;
        Description = description;
    }

    /// <summary>Gets the rule.</summary>
    public AssessmentFactorId Rule { get; }

    /// <summary>Gets veto or forced downgrade.</summary>
    public PrecedenceRuleKind Kind { get; }

    /// <summary>Gets the rule's precedence.</summary>
    public int Precedence { get; }

    /// <summary>Gets the band before the rule.</summary>
    public GradeBand Before { get; }

    /// <summary>Gets the band after the rule.</summary>
    public GradeBand After { get; }

    /// <summary>Gets the reasons raised, each once, joined in each language.</summary>
    public LocalizedText Reason { get; }

    /// <summary>Gets the rule's display label, or <see langword="null"/> when the rule was made without one.</summary>
    public LocalizedText? Label { get; }

    /// <summary>Gets the components whose score the same cause already lowered (重复扣分, allowed by the rule); empty when none.</summary>
    public ValueArray<AssessmentComponentId> AlsoLowered { get; }

    /// <summary>Gets what the rule did, in words and in both languages (the rule, its reasons, the band before and after, and any double penalty the scheme allows), or <see langword="null"/>.</summary>
    public LocalizedText? Description { get; }
}

/// <summary>
/// The assessment of one organization: regular score, bonus, deduction, exact and published totals, the component,
/// bonus and deduction lines, the vetoes and downgrades applied, the band before and after them, the ranks, and the
/// explanation tree down to the inputs.
/// </summary>
public sealed record OrganizationAssessment
{
    /// <summary>Initializes an assessment; only the engine builds one.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="district">Its district.</param>
    /// <param name="regularScore">The weighted sum of the components (常规因素).</param>
    /// <param name="bonus">The bonus counted (加分因素), after item and overall caps.</param>
    /// <param name="deduction">The points deducted, after item and overall caps (a positive number).</param>
    /// <param name="total">The exact total: regular score + bonus − deduction.</param>
    /// <param name="publishedTotal">The total rounded half away from zero at the scheme's published scale; ranks and bands use it.</param>
    /// <param name="components">The component lines, by component identifier.</param>
    /// <param name="bonuses">The bonus lines, by factor identifier.</param>
    /// <param name="deductions">The deduction lines, by item identifier.</param>
    /// <param name="rules">The vetoes and downgrades applied, in order of precedence.</param>
    /// <param name="scoreBand">The band the published total earns by the banding strategy.</param>
    /// <param name="band">The final band after the precedence rules.</param>
    /// <param name="committeeRank">The rank across the committee.</param>
    /// <param name="districtRank">The rank within the district.</param>
    /// <param name="breakdown">The exact total as lines: <c>component:&lt;id&gt;</c> per component, <c>bonus</c> and <c>deduction</c> (negative).</param>
    /// <param name="explanation">The explanation tree: published total ← exact total ← regular score, bonus, deduction ← inputs; <see langword="null"/> only when the engine sets <see cref="Tree"/>.</param>
    /// <param name="scoreRank">The rank across the committee by published total and tie rules alone; 0 when not computed.</param>
    /// <param name="rankedBy">The order of the published ranking.</param>
    /// <param name="standing">Why the organization stands where it stands, or <see langword="null"/> when not computed.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal OrganizationAssessment(
        OrganizationId organization,
        DistrictId district,
        Score regularScore,
        Score bonus,
        Score deduction,
        Score total,
        Score publishedTotal,
        ValueArray<ComponentLine> components,
        ValueArray<FactorLine> bonuses,
        ValueArray<FactorLine> deductions,
        ValueArray<AppliedRule> rules,
        GradeBand scoreBand,
        GradeBand band,
        int committeeRank,
        int districtRank,
        ScoreBreakdown breakdown,
        Explanation? explanation,
        int scoreRank = 0,
        PublishedRankOrder rankedBy = PublishedRankOrder.BandThenTotal,
        LocalizedText? standing = null)
    {
        Organization = organization;
        District = district;
        RegularScore = regularScore;
        Bonus = bonus;
        Deduction = deduction;
        Total = total;
        PublishedTotal = publishedTotal;
        Components = components;
        Bonuses = bonuses;
        Deductions = deductions;
        Rules = rules;
        ScoreBand = scoreBand;
        Band = band;
        CommitteeRank = committeeRank;
        DistrictRank = districtRank;
        Breakdown = breakdown;
        _explanation = new DeferredExplanation(explanation);
        ScoreRank = scoreRank;
        RankedBy = rankedBy;
        Standing = standing;
    }

    private readonly DeferredExplanation _explanation;

    /// <summary>Gets the organization.</summary>
    public OrganizationId Organization { get; }

    /// <summary>Gets its district.</summary>
    public DistrictId District { get; }

    /// <summary>Gets the weighted sum of the components (常规因素).</summary>
    public Score RegularScore { get; }

    /// <summary>Gets the bonus counted (加分因素), after item and overall caps.</summary>
    public Score Bonus { get; }

    /// <summary>Gets the points deducted, after item and overall caps (a positive number).</summary>
    public Score Deduction { get; }

    /// <summary>Gets the exact total: regular score + bonus − deduction.</summary>
    public Score Total { get; }

    /// <summary>Gets the total rounded half away from zero at the scheme's published scale; ranks and bands use it.</summary>
    public Score PublishedTotal { get; }

    /// <summary>Gets the component lines, by component identifier.</summary>
    public ValueArray<ComponentLine> Components { get; }

    /// <summary>Gets the bonus lines, by factor identifier.</summary>
    public ValueArray<FactorLine> Bonuses { get; }

    /// <summary>Gets the deduction lines, by item identifier.</summary>
    public ValueArray<FactorLine> Deductions { get; }

    /// <summary>Gets the vetoes and downgrades applied, in order of precedence.</summary>
    public ValueArray<AppliedRule> Rules { get; }

    /// <summary>Gets the band the published total earns by the banding strategy.</summary>
    public GradeBand ScoreBand { get; }

    /// <summary>Gets the final band after the precedence rules.</summary>
    public GradeBand Band { get; }

    /// <summary>Gets the rank across the committee.</summary>
    public int CommitteeRank { get; }

    /// <summary>Gets the rank within the district.</summary>
    public int DistrictRank { get; }

    /// <summary>Gets the exact total as lines: <c>component:&lt;id&gt;</c> per component, <c>bonus</c> and <c>deduction</c> (negative).</summary>
    public ScoreBreakdown Breakdown { get; }

    /// <summary>
    /// Gets the explanation tree: published total ← exact total ← regular score, bonus, deduction ← inputs, down to the
    /// areas' records. Built when read (each read builds it again), so a ranking that is only listed holds no tree.
    /// </summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }

    /// <summary>Gets a value indicating whether a veto (not merely a downgrade) applied.</summary>
    public bool Vetoed => Rules.Any(r => r.Kind == PrecedenceRuleKind.Veto);

    /// <summary>Gets a value indicating whether a forced downgrade applied.</summary>
    public bool Downgraded => Rules.Any(r => r.Kind == PrecedenceRuleKind.ForcedDowngrade);

    /// <summary>
    /// Gets the rank across the committee by published total and the ranking strategy's tie rules alone, which no veto
    /// or downgrade moves; quota banding gives <see cref="ScoreBand"/> from it. 0 when not computed.
    /// </summary>
    public int ScoreRank { get; }

    /// <summary>Gets the order of the published ranking that placed the organization at <see cref="CommitteeRank"/> and <see cref="DistrictRank"/>.</summary>
    public PublishedRankOrder RankedBy { get; }

    /// <summary>
    /// Gets why the organization stands where it stands, in words and in both languages: its total, the band the total
    /// earns and by which banding, every veto and downgrade with its reasons, the final band, and the ranking rule and
    /// policy that placed it, every parameter named; <see langword="null"/> when not computed.
    /// </summary>
    public LocalizedText? Standing { get; }
}

/// <summary>
/// The reproducibility receipt of an evaluation: a SHA-256 over the canonical JSON of the inputs, the scheme, the
/// evaluation date and the library version, so that anyone can re-run the evaluation and check a contested score.
/// </summary>
/// <param name="Algorithm">What was hashed, e.g. <c>SHA-256/canonical-json-v2</c>.</param>
/// <param name="LibraryVersion">The informational version of the library that computed the result.</param>
/// <param name="Sha256">The hash as 64 lowercase hexadecimal digits.</param>
public sealed record ReproducibilityReceipt(string Algorithm, string LibraryVersion, string Sha256);

/// <summary>A strategy as applied: its name and the parameters in force on the evaluation date.</summary>
/// <param name="Name">The registered name.</param>
/// <param name="Parameters">The parameters in force, by name: those the scheme gives and the defaults of those it leaves out.</param>
public sealed record AppliedStrategy(string Name, ValueDictionary<string> Parameters);

/// <summary>The result of one committee's annual assessment (document <c>assessment-result</c>): every organization, ordered by committee rank then identifier.</summary>
public sealed record AssessmentResult : IDocumentContent
{
    /// <summary>Initializes a result; only the engine builds one.</summary>
    /// <param name="committeeId">The working committee.</param>
    /// <param name="year">The assessment year.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="banding">The banding strategy applied, with its parameters in force.</param>
    /// <param name="ranking">The ranking strategy applied, with its parameters in force.</param>
    /// <param name="organizations">The organizations' assessments.</param>
    /// <param name="receipt">The reproducibility receipt.</param>
    /// <param name="policy">The precedence policy applied; <see langword="null"/> for <see cref="PrecedencePolicy.Default"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal AssessmentResult(
        OrganizationId committeeId,
        AssessmentYear year,
        LocalDate asOf,
        AppliedStrategy banding,
        AppliedStrategy ranking,
        ValueArray<OrganizationAssessment> organizations,
        ReproducibilityReceipt receipt,
        PrecedencePolicy? policy = null)
    {
        CommitteeId = committeeId;
        Year = year;
        AsOf = asOf;
        Banding = banding;
        Ranking = ranking;
        Organizations = organizations;
        Receipt = receipt;
        Policy = policy ?? PrecedencePolicy.Default;
    }

    /// <summary>Gets the working committee.</summary>
    public OrganizationId CommitteeId { get; }

    /// <summary>Gets the assessment year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the banding strategy applied, with its parameters in force.</summary>
    public AppliedStrategy Banding { get; }

    /// <summary>Gets the ranking strategy applied, with its parameters in force.</summary>
    public AppliedStrategy Ranking { get; }

    /// <summary>Gets the organizations' assessments.</summary>
    public ValueArray<OrganizationAssessment> Organizations { get; }

    /// <summary>Gets the reproducibility receipt.</summary>
    public ReproducibilityReceipt Receipt { get; }

    /// <inheritdoc />
    public static string DocumentKind => "assessment-result";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => AssessmentJson.Metadata;

    /// <summary>Gets the precedence policy applied (the scheme's, or <see cref="PrecedencePolicy.Default"/>).</summary>
    public PrecedencePolicy Policy { get; }

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
