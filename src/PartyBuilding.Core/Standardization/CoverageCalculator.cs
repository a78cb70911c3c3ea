using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Rolls one year's naming up to coverage per committee, district and department against the campaign's target
/// (article 002: over half named standard in the first year, 80% in the second, 100% in the third), and lists the
/// lagging branches with the indicators holding each back (article 001).
/// </summary>
/// <remarks>
/// A target is met when the branches named at least its minimum tier are at least its share of the unit's roster,
/// compared exactly in whole numbers (covered × denominator ≥ numerator × branches, the library's rule), never through the
/// rounded published share: under a 2/3 target 6 of 9 branches meet it and 5 of 9 do not. A pure function, independent of
/// input order; inputs are validated first. Thread-safe.
/// </remarks>
public static class CoverageCalculator
{
    /// <summary>Computes a year's coverage report.</summary>
    /// <param name="roster">The branches with their departments and districts.</param>
    /// <param name="round">The year's naming round.</param>
    /// <param name="scheme">The tier scheme (targets and the standard threshold).</param>
    /// <param name="registry">The tier rules; <see cref="TierRuleRegistry.Default"/> when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The roster or scheme is not valid, or the round names a branch the roster does not list.</exception>
    public static CoverageReport Compute(BranchRoster roster, TierNamingRound round, TierScheme scheme, TierRuleRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(scheme);
        var rules = registry ?? TierRuleRegistry.Default;
        var report = ValidationReport.Combine(
        [
            new BranchRosterValidator().Check(roster, "roster"),
            new TierSchemeValidator(rules).Check(scheme, "scheme"),
            CheckRound(roster, round),
        ]);
        report.ThrowIfInvalid("coverage input");

        var target = scheme.TargetFor(round.Year);
        var minimum = target?.MinimumTier ?? BranchTier.Standard;
        var standardThreshold = rules.Get(scheme.Rule).ThresholdOf(BranchTier.Standard, scheme.Parameters);
        var namings = round.Namings.ToImmutableDictionary(n => n.BranchId);
        var entries = roster.Branches.OrderBy(e => e.BranchId).ToImmutableArray();

        var targetCitation = StandardizationRules.BinzhouCoverageTargets.Entries[0].Citation is { } cited && scheme.IsIllustrative ? cited.AsIllustrative() : StandardizationRules.BinzhouCoverageTargets.Entries[0].Citation;
        var committee = Line(CoverageLevel.Committee, roster.CommitteeId, null, entries, namings, target, minimum, targetCitation);
        var districts = entries.GroupBy(e => e.DistrictId).OrderBy(g => g.Key)
            .Select(g => Line(CoverageLevel.District, null, g.Key, [.. g], namings, target, minimum, targetCitation))
            .ToImmutableArray();
        var departments = entries.GroupBy(e => e.DepartmentId).OrderBy(g => g.Key)
            .Select(g => Line(CoverageLevel.Department, g.Key, g.First().DistrictId, [.. g], namings, target, minimum, targetCitation))
            .ToImmutableArray();
        var lagging = entries
            .Where(e => namings.TryGetValue(e.BranchId, out var n) && n.Tier == BranchTier.Lagging)
            .Select(e => Lagging(e, namings[e.BranchId], standardThreshold))
            .ToImmutableArray();
        return new CoverageReport(round.Year, committee, districts, departments, lagging);
    }

    private static ValidationReport CheckRound(BranchRoster roster, TierNamingRound round)
    {
        var listed = roster.Branches.Select(b => b.BranchId).ToHashSet();
        return new ValidationReport(
        [
            .. round.Namings
                .Select((n, i) => (n, i))
                .Where(x => !listed.Contains(x.n.BranchId))
                .Select(x => new ValidationProblem(
                    $"round.Namings[{x.i}].BranchId",
                    StandardizationErrorCodes.BranchNotInRoster,
                    $"Branch '{x.n.BranchId}' is named but not on the roster.",
                    x.n.BranchId.Value)),
        ]);
    }

    private static CoverageLine Line(
        CoverageLevel level,
        OrganizationId? organization,
        DistrictId? district,
        ImmutableArray<RosterEntry> entries,
        ImmutableDictionary<OrganizationId, BranchTierNaming> namings,
        CoverageTarget? target,
        BranchTier minimum,
        Citation? targetCitation)
    {
        var named = entries.Where(e => namings.ContainsKey(e.BranchId)).Select(e => namings[e.BranchId]).ToImmutableArray();
        int Count(BranchTier tier) => named.Count(n => n.Tier == tier);
        var covered = named.Count(n => n.Tier >= minimum);
        var share = entries.Length == 0 ? Proportion.Zero : Proportion.FromRatio(covered, entries.Length);
        bool? meets = target is null ? null : MeetsTarget(covered, entries.Length, target.Share);
        Score? mean = named.IsEmpty ? null : new Score(named.Sum(n => n.Result.Score.Value) / named.Length).Round();
        var key = organization?.Value ?? district?.Value ?? string.Empty;
        var explanation = Explanation.Formula(
            new LocalizedText($"{StandardizationLabels.CoverageLevels[level].ZhCn}覆盖率 {key}", $"{StandardizationLabels.CoverageLevels[level].English} coverage {key}"),
            share.Value,
            "share-named-at-least",
            [
                new("minimum-tier", minimum.ToString()),
                new("target", target is null ? "none" : target.Share.ToString()),
            ],
            [
                Explanation.Given(new LocalizedText("达到等级的支部数", "Branches named at least the minimum tier"), covered) with { Key = "covered" },
                Explanation.Given(new LocalizedText("支部总数", "Branches on the roster"), entries.Length) with { Key = "branches" },
            ]) with
        {
            Key = key,
            Citation = target is null ? null : targetCitation,
            Note = meets switch
            {
                true => new LocalizedText("达到目标", "target reached"),
                false => new LocalizedText("未达到目标", "target not reached"),
                null => new LocalizedText("未设目标", "no target applies"),
            },
        };
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
            explanation,
            organization,
            district,
            target?.Share,
            meets,
            mean);
    }

    // covered ÷ branches ≥ numerator ÷ denominator, in whole numbers (never through the rounded published share): 6 of 9
    // branches reach 2/3, 5 of 9 do not. A unit without branches reaches only a target of 0.
    private static bool MeetsTarget(int covered, int branches, Share target) =>
        branches > 0 ? target.IsReachedBy(covered, branches) : target == Share.Zero;

    private static LaggingBranch Lagging(RosterEntry entry, BranchTierNaming naming, Score standardThreshold)
    {
        var result = naming.Result;
        var holding = result.Aspects
            .SelectMany(a => a.Indicators.Select(i => (Aspect: a.AspectId, Indicator: i)))
            .Where(x => x.Indicator.VetoTriggered || x.Indicator.Shortfall.Value > 0m)
            .Select(x => new IndicatorShortfall(x.Indicator.IndicatorId, x.Aspect, x.Indicator.Points, x.Indicator.MaxPoints, x.Indicator.Shortfall, x.Indicator.VetoTriggered))
            .OrderByDescending(s => s.Veto)
            .ThenByDescending(s => s.Shortfall)
            .ThenBy(s => s.IndicatorId)
            .ToImmutableArray();
        var gap = Score.Max(Score.Zero, standardThreshold - result.Score);
        var explanation = Explanation.Formula(
            new LocalizedText("距标准党支部差距", "Gap to a standard branch"),
            gap.Value,
            "gap-to-threshold",
            [new("standard", standardThreshold.ToString())],
            [
                Explanation.Given(new LocalizedText("支部标准化得分", "Branch standardization score"), result.Score.Value) with { Key = "score" },
                .. holding.Select(s => Explanation.Given(new LocalizedText("失分指标", "Indicator short of its maximum"), s.Shortfall.Value) with
                {
                    Key = s.IndicatorId.Value,
                    Note = s.Veto ? new LocalizedText("一票否决", "veto") : new LocalizedText(string.Create(CultureInfo.InvariantCulture, $"满分{s.MaxPoints}，得{s.Points}"), string.Create(CultureInfo.InvariantCulture, $"{s.Points} of {s.MaxPoints}")),
                }),
            ]) with
        {
            Key = entry.BranchId.Value,
            Citation = StandardizationRules.LaggingRectification,
            Note = result.IsVetoed ? new LocalizedText("被一票否决", "vetoed") : null,
        };
        return new LaggingBranch(entry.BranchId, entry.DepartmentId, entry.DistrictId, result.Score, gap, holding, explanation);
    }
}
