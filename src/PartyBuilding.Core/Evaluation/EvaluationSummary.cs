using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// The compact, web-safe result of an annual evaluation: one line per organization (ranks, bands, the published total
/// and each component's contribution at the published scale, the vetoes and downgrades applied, whether it was ranked
/// and why not) and the reproducibility receipt. No explanation trees, no area results, no object cycles: for the
/// bundled municipal evaluation a few dozen kilobytes where the whole result is megabytes (see <c>docs/embedding.md</c>).
/// </summary>
/// <remarks>
/// Built by <see cref="Of"/> from an <see cref="AnnualEvaluationResult"/>; one organization's explanation is fetched with
/// <see cref="Explain"/>. Written by a host's serializer with <see cref="PartyBuildingJsonMetadata.TypeInfoResolver"/>
/// registered (the library's shape: dates as <c>2019-01-15</c>, scores as exact numbers, enumerations by name).
/// Immutable, value-equal and thread-safe.
/// </remarks>
public sealed record EvaluationSummary
{
    /// <summary>Initializes a summary; only <see cref="Of"/> builds one.</summary>
    /// <param name="committee">The working committee.</param>
    /// <param name="year">The assessment year.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="publishedScale">The decimal places of every published figure.</param>
    /// <param name="components">The scheme's components, in the scheme's order.</param>
    /// <param name="organizations">The organizations: the ranked ones by committee rank then identifier, then those not ranked by identifier.</param>
    /// <param name="receipt">The reproducibility receipt.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal EvaluationSummary(
        OrganizationId committee,
        AssessmentYear year,
        LocalDate asOf,
        int publishedScale,
        ValueArray<ComponentHeading> components,
        ValueArray<OrganizationSummary> organizations,
        ReproducibilityReceipt receipt)
    {
        Committee = committee;
        Year = year;
        AsOf = asOf;
        PublishedScale = publishedScale;
        Components = components;
        Organizations = organizations;
        Receipt = receipt;
    }

    /// <summary>Gets the working committee.</summary>
    public OrganizationId Committee { get; }

    /// <summary>Gets the assessment year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the decimal places of every published figure (the scheme's <see cref="AssessmentScheme.PublishedScale"/>).</summary>
    public int PublishedScale { get; }

    /// <summary>Gets the scheme's components, in the scheme's order: the columns of a ranking table.</summary>
    public ValueArray<ComponentHeading> Components { get; }

    /// <summary>Gets the organizations: the ranked ones by committee rank then identifier, then those not ranked by identifier.</summary>
    public ValueArray<OrganizationSummary> Organizations { get; }

    /// <summary>Gets the reproducibility receipt of the evaluation.</summary>
    public ReproducibilityReceipt Receipt { get; }

    /// <summary>Summarizes an annual evaluation.</summary>
    /// <param name="result">The evaluation's result.</param>
    /// <param name="scheme">The assessment scheme it was run under (its published scale and component labels).</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The scheme is not the one the result was computed under (another committee or year).</exception>
    /// <remarks>
    /// A ranked organization's contributions are its exact breakdown rounded half away from zero at the published scale
    /// and distributed by largest remainder (<see cref="ScoreBreakdown.Round"/>), so that the components, the bonus and
    /// the negated deduction add up exactly to the published total, as a published table must.
    /// </remarks>
    public static EvaluationSummary Of(AnnualEvaluationResult result, AssessmentScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(scheme);
        var assessment = result.Assessment;
        if (scheme.CommitteeId != assessment.CommitteeId || scheme.Year != assessment.Year)
        {
            throw new ArgumentException(
                $"The scheme is for '{scheme.CommitteeId}' {scheme.Year}, the result for '{assessment.CommitteeId}' {assessment.Year}.", nameof(scheme));
        }

        var rounding = ScoreRounding.AtScale(scheme.PublishedScale);
        var names = result.Data.Organizations.ToDictionary(o => o.Id, o => o.Name);
        var ranked = assessment.Organizations
            .OrderBy(o => o.CommitteeRank)
            .ThenBy(o => o.Organization)
            .Select(o => Ranked(o, names.GetValueOrDefault(o.Organization), rounding));
        var notRanked = result.Excluded.Select(o => NotRanked(o, result));
        return new EvaluationSummary(
            assessment.CommitteeId,
            assessment.Year,
            assessment.AsOf,
            scheme.PublishedScale,
            [.. scheme.Components.Select(c => new ComponentHeading(c.Id, c.Label, c.Kind))],
            [.. ranked, .. notRanked],
            assessment.Receipt);
    }

    /// <summary>Gets one organization's explanation: why it stands where it stands, and the tree down to its inputs and citations.</summary>
    /// <param name="result">The evaluation's result.</param>
    /// <param name="organization">The organization.</param>
    /// <returns>
    /// The explanation of a ranked organization; for one left out of the ranking, the components it has no input for and
    /// why, without a tree; <see langword="null"/> when the evaluation neither ranked nor left out the organization.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static OrganizationExplanation? Explain(AnnualEvaluationResult result, OrganizationId organization)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Assessment.Organizations.FirstOrDefault(o => o.Organization == organization) is { } assessed)
        {
            return new OrganizationExplanation(organization, true, [], assessed.Standing, assessed.Explanation);
        }

        var missing = result.Missing.Where(m => m.Organization == organization).ToValueArray();
        return missing.IsEmpty ? null : new OrganizationExplanation(organization, false, missing, null, null);
    }

    private static OrganizationSummary Ranked(OrganizationAssessment o, string? name, ScoreRounding rounding)
    {
        var published = o.Breakdown.Round(rounding).Lines.ToDictionary(l => l.Key, l => l.Score, StringComparer.Ordinal);
        var components = o.Components
            .Select(c => new ComponentContribution(c.Component, c.Score.Round(rounding), c.Weight, published[$"component:{c.Component}"], c.Grade))
            .ToValueArray();
        return new OrganizationSummary(o.Organization, name, o.District, true)
        {
            CommitteeRank = o.CommitteeRank,
            DistrictRank = o.DistrictRank,
            ScoreBand = o.ScoreBand,
            Band = o.Band,
            Total = o.PublishedTotal,
            Components = components,
            Bonus = published.GetValueOrDefault("bonus", Score.Zero.Round(rounding)),
            Deduction = Negated(published.GetValueOrDefault("deduction", Score.Zero.Round(rounding))),
            Precedence = o.Rules,
        };
    }

    private static OrganizationSummary NotRanked(OrganizationId organization, AnnualEvaluationResult result) =>
        new(organization, null, null, false) { NotRankedBecause = result.Missing.Where(m => m.Organization == organization).ToValueArray() };

    /// <summary>The deduction as the positive amount subtracted (the breakdown carries it negated, so that its lines add up).</summary>
    private static Score Negated(Score line) => line.Value == 0m ? line : new Score(-line.Value);
}

/// <summary>A component of the scheme as a column of the ranking: its identifier, label and what it measures.</summary>
/// <param name="Component">The component.</param>
/// <param name="Label">Its label, in both languages.</param>
/// <param name="Kind">What it measures.</param>
public sealed record ComponentHeading(AssessmentComponentId Component, LocalizedText Label, ComponentKind Kind);

/// <summary>One component of a ranked organization at the published scale: its score, weight and contribution to the total.</summary>
/// <param name="Component">The component.</param>
/// <param name="Score">The component score on the scale 0..100, rounded half away from zero at the published scale.</param>
/// <param name="Weight">The weight in force on the evaluation date.</param>
/// <param name="Contribution">The contribution to the published total (the exact score × weight, rounded with the other lines by largest remainder).</param>
/// <param name="Grade">The qualitative grade, or <see langword="null"/> for a quantitative component.</param>
public sealed record ComponentContribution(AssessmentComponentId Component, Score Score, Proportion Weight, Score Contribution, GradeBand? Grade = null);

/// <summary>One organization's line of an <see cref="EvaluationSummary"/>: ranked with its figures, or left out with the reasons.</summary>
public sealed record OrganizationSummary
{
    /// <summary>Initializes a line; only <see cref="EvaluationSummary.Of"/> builds one.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="name">Its name, when the data gives one.</param>
    /// <param name="district">Its responsibility district; <see langword="null"/> for an organization not ranked.</param>
    /// <param name="ranked">Whether it was ranked.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal OrganizationSummary(OrganizationId organization, string? name, DistrictId? district, bool ranked)
    {
        Organization = organization;
        Name = name;
        District = district;
        Ranked = ranked;
    }

    /// <summary>Gets the organization.</summary>
    public OrganizationId Organization { get; }

    /// <summary>Gets its name, or <see langword="null"/> when the data gives none (always for an organization not ranked).</summary>
    public string? Name { get; }

    /// <summary>Gets its responsibility district; <see langword="null"/> for an organization not ranked.</summary>
    public DistrictId? District { get; }

    /// <summary>Gets whether it was ranked; when not, <see cref="NotRankedBecause"/> says why and the figures are <see langword="null"/>.</summary>
    public bool Ranked { get; }

    /// <summary>Gets the committee rank (equal totals may share one); <see langword="null"/> when not ranked.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public int? CommitteeRank { get; internal init; }

    /// <summary>Gets the rank within the district; <see langword="null"/> when not ranked.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public int? DistrictRank { get; internal init; }

    /// <summary>Gets the band the published total earns, before any veto or downgrade; <see langword="null"/> when not ranked.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public GradeBand? ScoreBand { get; internal init; }

    /// <summary>Gets the final band, after the vetoes and downgrades; <see langword="null"/> when not ranked.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public GradeBand? Band { get; internal init; }

    /// <summary>Gets the published total (rounded half away from zero at the published scale); <see langword="null"/> when not ranked.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public Score? Total { get; internal init; }

    /// <summary>Gets each component at the published scale, in component order; empty when not ranked.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public ValueArray<ComponentContribution> Components { get; internal init; }

    /// <summary>Gets the bonus counted at the published scale; <see langword="null"/> when not ranked.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public Score? Bonus { get; internal init; }

    /// <summary>Gets the deduction subtracted at the published scale (a positive amount); <see langword="null"/> when not ranked.</summary>
    /// <remarks>The contributions plus the bonus minus the deduction are the published total, exactly.</remarks>
    [System.Text.Json.Serialization.JsonInclude]
    public Score? Deduction { get; internal init; }

    /// <summary>Gets the vetoes (否决) and forced downgrades (降档) applied, in order of precedence; empty when none or not ranked.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public ValueArray<AppliedRule> Precedence { get; internal init; }

    /// <summary>Gets the components the organization has no input for and why, when it was not ranked; empty when ranked.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public ValueArray<MissingComponent> NotRankedBecause { get; internal init; }
}

/// <summary>One organization's explanation, fetched on its own (<see cref="EvaluationSummary.Explain"/>).</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Ranked">Whether it was ranked.</param>
/// <param name="NotRankedBecause">The components it has no input for and why, when not ranked; empty when ranked.</param>
/// <param name="Standing">Why it stands where it stands, in words and both languages; <see langword="null"/> when not ranked.</param>
/// <param name="Explanation">The explanation tree of its total down to the inputs and citations; <see langword="null"/> when not ranked.</param>
public sealed record OrganizationExplanation(
    OrganizationId Organization,
    bool Ranked,
    ValueArray<MissingComponent> NotRankedBecause,
    LocalizedText? Standing,
    Explanation? Explanation);
