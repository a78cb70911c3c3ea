using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// How a committee names branch tiers (梯级创建方案): the tier rule and its thresholds, how far a branch may rise in a year,
/// and the campaign's coverage targets. A JSON document of kind <c>standardization-tier-scheme</c>.
/// </summary>
/// <param name="Rule">The tier rule, by a name of <see cref="StandardizationStrategies.TierRules"/> with its parameters, e.g. <c>score-thresholds</c> with the thresholds.</param>
/// <param name="MaxRisePerYear">The most tiers a branch may rise in one year; one by <see cref="StandardizationRules.MaxRisePerYear"/>.</param>
/// <param name="CampaignStart">The first year of the standardization campaign, or <see langword="null"/> when coverage has no targets.</param>
/// <param name="CoverageTargets">The coverage targets by campaign year; empty for none. After the last one, the last target keeps applying.</param>
/// <remarks>
/// <see cref="StandardizationEngine"/> checks it. A scheme whose thresholds and targets are a sample
/// rather than a committee's adopted rules sets <see cref="IsIllustrative"/>, and the explanations of its namings and
/// coverage carry the mark (示例). Immutable and thread-safe; equality is by value.
/// </remarks>
public sealed record TierScheme(
    StrategySpec Rule,
    int MaxRisePerYear = 1,
    AssessmentYear? CampaignStart = null,
    ValueArray<CoverageTarget> CoverageTargets = default) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "standardization-tier-scheme";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => StandardizationJson.Metadata;

    /// <summary>Gets the tier rule with its parameters.</summary>
    public StrategySpec Rule { get; init; } = Guard.NotNull(Rule);

    /// <summary>Gets a value indicating whether the scheme's thresholds and targets are illustrative (示例): a sample, not a committee's adopted rules.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsIllustrative { get; init; }

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
}
