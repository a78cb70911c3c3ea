using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Follows lagging branches up in a later naming (article 001: targeted rectification so that every lagging branch
/// reaches at least standard by year end).
/// </summary>
/// <remarks>A pure function, independent of input order. Thread-safe.</remarks>
public static class RectificationTracker
{
    /// <summary>Tells which lagging branches a later naming shows at standard or above.</summary>
    /// <param name="lagging">The lagging branches, e.g. <see cref="CoverageReport.LaggingBranches"/>; each branch once.</param>
    /// <param name="later">The later naming (a re-assessment in the same year or the next year's naming).</param>
    /// <returns>The report; a branch the later naming leaves out has not reached standard.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A branch is listed twice.</exception>
    public static RectificationReport FollowUp(IEnumerable<LaggingBranch> lagging, TierNamingRound later)
    {
        ArgumentNullException.ThrowIfNull(lagging);
        ArgumentNullException.ThrowIfNull(later);
        var branches = lagging.Select(l => l.BranchId).OrderBy(b => b).ToImmutableArray();
        if (branches.Distinct().Count() != branches.Length)
        {
            throw new ArgumentException("Each lagging branch must be listed once.", nameof(lagging));
        }

        var outcomes = branches
            .Select(b => later.Find(b) is { } n
                ? new RectificationOutcome(b, n.Tier.IsAtLeast(BranchTier.Standard), n.Tier, n.Result.Score)
                : new RectificationOutcome(b, false))
            .ToImmutableArray();
        return new RectificationReport(later.Year, outcomes.Count(o => o.ReachedStandard), outcomes, null!)
        {
            Tree = new DeferredExplanation(() => Explain(outcomes, later.Year)),
        };
    }

    /// <summary>The report's tree, built when it is read from the outcomes (immutable).</summary>
    private static Explanation Explain(ImmutableArray<RectificationOutcome> outcomes, AssessmentYear year) =>
        Explanation.Sum(
            StandardizationLabels.RectifiedBranches,
            outcomes.Select(o => Explanation.Given(StandardizationLabels.LaggingBranch, o.ReachedStandard ? 1m : 0m) with
            {
                Key = o.BranchId.Value,
                Note = o.LaterTier is { } tier ? StandardizationTexts.NamedIn(year, tier) : StandardizationTexts.NotNamedIn(year),
            })) with
        {
            Citation = StandardizationRules.LaggingRectification,
        };
}
