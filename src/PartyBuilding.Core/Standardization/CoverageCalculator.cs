using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// A step of <see cref="StandardizationEngine.Evaluate"/>: rolls one year's naming up to coverage per committee, district and department against the campaign's target
/// (article 002: over half named standard in the first year, 80% in the second, 100% in the third), and lists the
/// lagging branches with the indicators holding each back (article 001).
/// </summary>
/// <remarks>
/// A target is met when the branches named at least its minimum tier are at least its share of the unit's roster,
/// compared exactly in whole numbers (covered × denominator ≥ numerator × branches, the library's rule), never through the
/// rounded published share: under a 2/3 target 6 of 9 branches meet it and 5 of 9 do not. A pure function, independent of
/// input order; inputs are validated first. Thread-safe.
/// </remarks>
internal static class CoverageCalculator
{
    /// <summary>Checks the roster, the scheme and the round, then computes a year's coverage report (for a caller with a single round).</summary>
    /// <param name="roster">The branches with their departments and districts.</param>
    /// <param name="round">The year's naming round.</param>
    /// <param name="scheme">The tier scheme (targets and the standard threshold).</param>
    /// <param name="strategies">The strategies; <see cref="StandardizationStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="PartyBuildingValidationException">The roster or scheme is not valid, or the round names a branch the roster does not list.</exception>
    public static CoverageReport Compute(BranchRoster roster, TierNamingRound round, TierScheme scheme, StandardizationStrategies? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        StandardizationChecks.Roster(roster, problems.At("roster"));
        var rule = StandardizationChecks.Tiers(scheme, strategies ?? StandardizationStrategies.Default, problems.At("scheme"));
        var listed = roster.Branches.Select(b => b.BranchId).ToHashSet();
        for (var i = 0; i < round.Namings.Length; i++)
        {
            if (!listed.Contains(round.Namings[i].BranchId))
            {
                problems.Add(
                    $"round.Namings[{i}].BranchId",
                    StandardizationErrorCodes.BranchNotInRoster,
                    $"Branch '{round.Namings[i].BranchId}' is named but not on the roster.",
                    round.Namings[i].BranchId.Value);
            }
        }

        problems.ThrowIfErrors("coverage input");
        return ComputeValidated(roster, round, scheme, rule!);
    }

    /// <summary>Computes a year's coverage report from checked inputs.</summary>
    public static CoverageReport ComputeValidated(BranchRoster roster, TierNamingRound round, TierScheme scheme, ITierRule rule)
    {
        var target = scheme.TargetFor(round.Year);
        var minimum = target?.MinimumTier ?? BranchTier.Standard;
        var standardThreshold = rule.ThresholdOf(BranchTier.Standard);
        var namings = new Dictionary<OrganizationId, BranchTierNaming>(round.Namings.Length);
        foreach (var naming in round.Namings)
        {
            namings.Add(naming.BranchId, naming);
        }

        var entries = roster.Branches.OrderBy(e => e.BranchId).ToImmutableArray();

        var targetCitation = StandardizationRules.BinzhouCoverageTargets.Entries[0].Citation is { } cited && scheme.IsIllustrative ? cited.AsIllustrative() : StandardizationRules.BinzhouCoverageTargets.Entries[0].Citation;
        var committee = Line(CoverageLevel.Committee, roster.CommitteeId, null, entries, namings, target, minimum, targetCitation);
        var districts = entries.GroupBy(e => e.DistrictId).OrderBy(g => g.Key)
            .Select(g => Line(CoverageLevel.District, null, g.Key, [.. g], namings, target, minimum, targetCitation))
            .ToImmutableArray();
        var departments = entries.GroupBy(e => e.DepartmentId).OrderBy(g => g.Key)
            .Select(g => Line(CoverageLevel.Department, g.Key, g.First().DistrictId, [.. g], namings, target, minimum, targetCitation))
            .ToImmutableArray();
        var laggingBranches = entries
            .Where(e => namings.TryGetValue(e.BranchId, out var n) && n.Tier == BranchTier.Lagging)
            .Select(e => (Entry: e, namings[e.BranchId].Result))
            .ToImmutableArray();
        var rows = new LaggingRows(laggingBranches, standardThreshold);
        var lagging = ImmutableArray.CreateBuilder<LaggingBranch>(laggingBranches.Length);
        for (var i = 0; i < laggingBranches.Length; i++)
        {
            var (entry, result) = laggingBranches[i];
            lagging.Add(new LaggingBranch(entry.BranchId, entry.DepartmentId, entry.DistrictId, result.Score, rows.Gap(i), default, null)
            {
                HoldingRows = new DeferredList<IndicatorShortfall>(rows, i),
                Tree = new DeferredExplanation(rows, i),
            });
        }

        return new CoverageReport(round.Year, committee, districts, departments, lagging.MoveToImmutable());
    }

    private static CoverageLine Line(
        CoverageLevel level,
        OrganizationId? organization,
        DistrictId? district,
        ImmutableArray<RosterEntry> entries,
        Dictionary<OrganizationId, BranchTierNaming> namings,
        CoverageTarget? target,
        BranchTier minimum,
        Citation? targetCitation)
    {
        var named = entries.Where(e => namings.ContainsKey(e.BranchId)).Select(e => namings[e.BranchId]).ToImmutableArray();
        int Count(BranchTier tier) => named.Count(n => n.Tier == tier);
        var covered = named.Count(n => n.Tier.IsAtLeast(minimum));
        var share = entries.Length == 0 ? Proportion.Zero : Proportion.FromRatio(covered, entries.Length);
        bool? meets = target is null ? null : MeetsTarget(covered, entries.Length, target.Share);
        Score? mean = named.IsEmpty ? null : new Score(named.Sum(n => n.Result.Score.Value) / named.Length).Round();
        var key = organization?.Value ?? district?.Value ?? string.Empty;
        var branches = entries.Length;
        return new CoverageLine(
            level,
            entries.Length,
            entries.Length - named.Length,
            Count(BranchTier.Lagging),
            Count(BranchTier.Standard),
            Count(BranchTier.Advanced),
            Count(BranchTier.Exemplary),
            covered,
            share,
            null,
            organization,
            district,
            target?.Share,
            meets,
            mean)
        {
            Tree = new DeferredExplanation(() => LineTree(level, key, share, minimum, target, covered, branches, meets, targetCitation)),
        };
    }

    /// <summary>A line's tree, built when it is read from what <see cref="Line"/> kept (all immutable).</summary>
    private static Explanation LineTree(
        CoverageLevel level, string key, Proportion share, BranchTier minimum, CoverageTarget? target, int covered, int branches, bool? meets, Citation? targetCitation) =>
        Explanation.Formula(
            StandardizationTexts.CoverageOf(level, key),
            share.Value,
            "share-named-at-least",
            [
                new("minimum-tier", minimum.ToString()),
                new("target", target is null ? "none" : target.Share.ToString()),
            ],
            [
                Explanation.Given(StandardizationLabels.CoveredBranches, covered) with { Key = "covered" },
                Explanation.Given(StandardizationLabels.RosterBranches, branches) with { Key = "branches" },
            ]) with
        {
            Key = key,
            Citation = target is null ? null : targetCitation,
            Note = meets switch
            {
                true => StandardizationTexts.TargetReached,
                false => StandardizationTexts.TargetNotReached,
                null => StandardizationTexts.NoTarget,
            },
        };

    // covered ÷ branches ≥ numerator ÷ denominator, in whole numbers (never through the rounded published share): 6 of 9
    // branches reach 2/3, 5 of 9 do not. A unit without branches reaches only a target of 0.
    private static bool MeetsTarget(int covered, int branches, Share target) =>
        branches > 0 ? target.IsReachedBy(covered, branches) : target == Share.Zero;

    /// <summary>The indicators holding a lagging branch back: vetoes first, then by shortfall, largest first, then by indicator.</summary>
    private static ImmutableArray<IndicatorShortfall> Holding(BranchScoreResult result) =>
        [.. result.Aspects
            .SelectMany(a => a.Indicators.Select(i => (Aspect: a.AspectId, Indicator: i)))
            .Where(x => x.Indicator.VetoTriggered || x.Indicator.Shortfall.Value > 0m)
            .Select(x => new IndicatorShortfall(x.Indicator.IndicatorId, x.Aspect, x.Indicator.Points, x.Indicator.MaxPoints, x.Indicator.Shortfall, x.Indicator.VetoTriggered))
            .OrderByDescending(s => s.Veto)
            .ThenByDescending(s => s.Shortfall)
            .ThenBy(s => s.IndicatorId)];

    /// <summary>
    /// The lagging branches of one report, in roster order, and what makes each one's <see cref="LaggingBranch.HoldingBack"/>
    /// (when first read) and tree (when read) from its result, so that the evaluation makes no shortfall record for an
    /// indicator until a reader asks (issue 23). Immutable, thread-safe.
    /// </summary>
    private sealed class LaggingRows(ImmutableArray<(RosterEntry Entry, BranchScoreResult Result)> branches, Score standardThreshold)
        : IExplanationSource, IListSource<IndicatorShortfall>
    {
        /// <summary>The points branch <paramref name="index"/> is short of the standard tier's threshold, zero at or above it.</summary>
        public Score Gap(int index) => Score.Max(Score.Zero, standardThreshold - branches[index].Result.Score);

        /// <inheritdoc />
        public ImmutableArray<IndicatorShortfall> Build(int index) => Holding(branches[index].Result);

        /// <inheritdoc />
        public Explanation Explain(int index) =>
            LaggingTree(branches[index].Entry.BranchId, branches[index].Result, Holding(branches[index].Result), Gap(index), standardThreshold);
    }

    /// <summary>A lagging branch's tree, built when it is read (<see cref="LaggingRows"/>) from its result and the indicators holding it back.</summary>
    private static Explanation LaggingTree(OrganizationId branch, BranchScoreResult result, ImmutableArray<IndicatorShortfall> holding, Score gap, Score standardThreshold) =>
        Explanation.Formula(
            StandardizationLabels.GapToStandard,
            gap.Value,
            "gap-to-threshold",
            [new("standard", standardThreshold.ToString())],
            [
                Explanation.Given(StandardizationLabels.BranchScore, result.Score.Value) with { Key = "score" },
                .. holding.Select(s => Explanation.Given(StandardizationLabels.ShortIndicator, s.Shortfall.Value) with
                {
                    Key = s.IndicatorId.Value,
                    Note = s.Veto ? StandardizationTexts.Veto : StandardizationTexts.PointsOf(s.Points, s.MaxPoints),
                }),
            ]) with
        {
            Key = branch.Value,
            Citation = StandardizationRules.LaggingRectification,
            Note = result.IsVetoed ? StandardizationTexts.Vetoed : null,
        };
}
