using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// How a committee names branch tiers (梯级创建方案): the tier rule and its thresholds, how far a branch may rise in a year,
/// and the campaign's coverage targets. A JSON document of kind <c>standardization-tier-scheme</c>.
/// </summary>
/// <param name="Rule">The name of the tier rule in a <see cref="TierRuleRegistry"/>, e.g. <c>score-thresholds</c>.</param>
/// <param name="Parameters">The rule's parameters by name, e.g. the thresholds.</param>
/// <param name="MaxRisePerYear">The most tiers a branch may rise in one year; one by <see cref="StandardizationRules.MaxRisePerYear"/>.</param>
/// <param name="CampaignStart">The first year of the standardization campaign, or <see langword="null"/> when coverage has no targets.</param>
/// <param name="CoverageTargets">The coverage targets by campaign year; empty for none. After the last one, the last target keeps applying.</param>
/// <remarks>
/// Check it with <see cref="TierSchemeValidator"/>; the engines do. A scheme whose thresholds and targets are a sample
/// rather than a committee's adopted rules sets <see cref="IsIllustrative"/>, and the explanations of its namings and
/// coverage carry the mark (示例). Immutable and thread-safe; equality is by value.
/// </remarks>
public sealed record TierScheme(
    string Rule,
    ImmutableSortedDictionary<string, decimal>? Parameters = null,
    int MaxRisePerYear = 1,
    AssessmentYear? CampaignStart = null,
    ImmutableArray<CoverageTarget> CoverageTargets = default) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "standardization-tier-scheme";

    /// <summary>Gets the rule's parameters by name (ordinal order).</summary>
    public ImmutableSortedDictionary<string, decimal> Parameters { get; init; } =
        (Parameters ?? ImmutableSortedDictionary<string, decimal>.Empty).WithComparers(StringComparer.Ordinal);

    /// <summary>Gets a value indicating whether the scheme's thresholds and targets are illustrative (示例): a sample, not a committee's adopted rules.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsIllustrative { get; init; }

    /// <summary>Gets the coverage targets by campaign year.</summary>
    public ImmutableArray<CoverageTarget> CoverageTargets { get; init; } = CoverageTargets.IsDefault ? [] : CoverageTargets;

    /// <summary>Gets the coverage target that applies in a year: the one of the latest campaign year reached.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The target, or <see langword="null"/> before the campaign or without targets.</returns>
    public CoverageTarget? TargetFor(AssessmentYear year)
    {
        if (CampaignStart is not { } start || year < start)
        {
            return null;
        }

        var campaignYear = year.Value - start.Value + 1;
        return CoverageTargets.Where(t => t.CampaignYear <= campaignYear).OrderBy(t => t.CampaignYear).LastOrDefault();
    }

    /// <inheritdoc />
    public bool Equals(TierScheme? other) =>
        other is not null
        && string.Equals(Rule, other.Rule, StringComparison.Ordinal)
        && Parameters.SequenceEqual(other.Parameters)
        && MaxRisePerYear == other.MaxRisePerYear
        && IsIllustrative == other.IsIllustrative
        && CampaignStart == other.CampaignStart
        && CoverageTargets.SequenceEqual(other.CoverageTargets);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule, Parameters.Count, MaxRisePerYear, CampaignStart, CoverageTargets.Length);
}
