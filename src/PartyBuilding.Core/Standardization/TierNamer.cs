using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Names branches by tier year by year (梯级创建), a step of <see cref="StandardizationEngine.Evaluate"/>: the tier rule
/// gives the tier a score is eligible for; a branch rises at most <see cref="TierScheme.MaxRisePerYear"/> tiers above its
/// previous naming (a first naming climbs from lagging); it may fall to its eligible tier at once; and a veto (一票否决)
/// names it lagging whatever its score.
/// </summary>
/// <remarks>Pure functions, independent of input order. Thread-safe.</remarks>
internal static class TierNamer
{
    /// <summary>Names one year's branches, climbing from earlier namings (for a caller naming a single round).</summary>
    /// <param name="scheme">The tier scheme.</param>
    /// <param name="year">The year of the naming.</param>
    /// <param name="results">The branches' results of that year, at most one per branch.</param>
    /// <param name="history">Earlier namings (any years before <paramref name="year"/>); each branch climbs from its latest one.</param>
    /// <param name="strategies">The strategies; <see cref="StandardizationStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>The round, ordered by branch.</returns>
    /// <exception cref="PartyBuildingValidationException">The scheme is not valid, a result is of another year, or a branch has two results.</exception>
    public static TierNamingRound NameYear(
        TierScheme scheme, AssessmentYear year, IEnumerable<BranchScoreResult> results, IEnumerable<TierNamingRound> history, StandardizationStrategies? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(history);
        var rule = RuleOf(scheme, strategies);
        var list = results.ToImmutableArray();
        CheckRound(year, list);
        var previous = history
            .Where(r => r.Year < year)
            .SelectMany(r => r.Namings)
            .GroupBy(n => n.BranchId)
            .ToImmutableDictionary(g => g.Key, g => g.MaxBy(n => n.Year)!.Tier);
        return NameRound(scheme, year, list, previous, rule);
    }

    /// <summary>Names branches over several years in order, each year climbing from the year before.</summary>
    /// <param name="scheme">The tier scheme.</param>
    /// <param name="results">The branches' results of every year, at most one per branch and year, in any order.</param>
    /// <param name="strategies">The strategies; <see cref="StandardizationStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>One round per year that has results, in year order.</returns>
    /// <exception cref="PartyBuildingValidationException">The scheme is not valid, or a branch has two results in a year.</exception>
    public static ImmutableArray<TierNamingRound> NameYears(TierScheme scheme, IEnumerable<BranchScoreResult> results, StandardizationStrategies? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var rule = RuleOf(scheme, strategies);
        var list = results.ToImmutableArray();
        foreach (var group in list.GroupBy(r => r.Year))
        {
            CheckRound(group.Key, [.. group]);
        }

        return NameValidated(scheme, list, rule);
    }

    /// <summary>Names the rounds of results already checked (at most one per branch and year).</summary>
    public static ImmutableArray<TierNamingRound> NameValidated(TierScheme scheme, IEnumerable<BranchScoreResult> results, ITierRule rule)
    {
        var previous = new Dictionary<OrganizationId, BranchTier>();
        var rounds = ImmutableArray.CreateBuilder<TierNamingRound>();
        foreach (var group in results.GroupBy(r => r.Year).OrderBy(g => g.Key))
        {
            var round = NameRound(scheme, group.Key, [.. group], previous, rule);
            foreach (var naming in round.Namings)
            {
                previous[naming.BranchId] = naming.Tier;
            }

            rounds.Add(round);
        }

        return rounds.ToImmutable();
    }

    /// <summary>Checks a tier scheme and creates its rule, or throws.</summary>
    internal static ITierRule RuleOf(TierScheme scheme, StandardizationStrategies? strategies)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        var rule = StandardizationChecks.Tiers(scheme, strategies ?? StandardizationStrategies.Default, problems);
        problems.ThrowIfErrors("tier scheme");
        return rule!;
    }

    private static void CheckRound(AssessmentYear year, ImmutableArray<BranchScoreResult> results)
    {
        var problems = new ProblemCollector();
        var seen = new HashSet<OrganizationId>();
        for (var i = 0; i < results.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(results[i], nameof(results));
            if (results[i].Year != year)
            {
                problems.Add($"results[{i}].Year", StandardizationErrorCodes.RoundInvalid, $"A result of {results[i].Year} cannot be named in {year}.", results[i].Year.ToString());
            }

            if (!seen.Add(results[i].BranchId))
            {
                problems.Add($"results[{i}].BranchId", StandardizationErrorCodes.RoundInvalid, $"Branch '{results[i].BranchId}' has more than one result in {year}.", results[i].BranchId.Value);
            }
        }

        problems.ThrowIfErrors("naming round");
    }

    private static TierNamingRound NameRound(
        TierScheme scheme, AssessmentYear year, ImmutableArray<BranchScoreResult> results, IReadOnlyDictionary<OrganizationId, BranchTier> previous, ITierRule rule)
    {
        var ordered = results.OrderBy(r => r.BranchId).ToArray();
        var before = new BranchTier?[ordered.Length];
        var trees = new RoundTrees(scheme, year, rule, ordered, before, rule is ScoreThresholdTierRule ? null : new TierDecision[ordered.Length]);
        var namings = ImmutableArray.CreateBuilder<BranchTierNaming>(ordered.Length);
        for (var i = 0; i < ordered.Length; i++)
        {
            var result = ordered[i];
            before[i] = previous.TryGetValue(result.BranchId, out var p) ? p : null;
            var eligible = trees.Eligible(i);
            var ceiling = (before[i] ?? BranchTier.Lagging).RaisedBy(scheme.MaxRisePerYear);
            var tier = result.IsVetoed ? BranchTier.Lagging
                : eligible.IsHigherThan(ceiling) ? ceiling
                : eligible;
            namings.Add(new BranchTierNaming(result.BranchId, year, eligible, tier, result, null, before[i])
            {
                Tree = new DeferredExplanation(trees, i),
            });
        }

        return new TierNamingRound(year, namings.MoveToImmutable());
    }

    /// <summary>
    /// What one round keeps to build its namings' trees when they are read: the results in branch order, each branch's
    /// previous tier and, for a rule other than the built-in score thresholds, the rule's decision (the built-in rule's
    /// decision, with its texts, is made again when a tree is read: the rule is a pure function of the score). Written only
    /// while the round is named; read-only after, so thread-safe.
    /// </summary>
    private sealed class RoundTrees(
        TierScheme scheme, AssessmentYear year, ITierRule rule, BranchScoreResult[] results, BranchTier?[] previous, TierDecision[]? decisions) : IExplanationSource
    {
        /// <summary>The tier naming <paramref name="index"/>'s score is eligible for, keeping the rule's decision when it is not the built-in one.</summary>
        public BranchTier Eligible(int index)
        {
            if (decisions is null)
            {
                return ((ScoreThresholdTierRule)rule).TierOf(results[index].Score);
            }

            decisions[index] = rule.Decide(results[index]);
            return decisions[index].Tier;
        }

        /// <inheritdoc />
        public Explanation Explain(int index) =>
            TierNamer.Explain(scheme, year, results[index], previous[index], rule, decisions?[index] ?? rule.Decide(results[index]));
    }

    /// <summary>The naming's tree, built when it is read from what <see cref="NameRound"/> kept (all immutable).</summary>
    private static Explanation Explain(TierScheme scheme, AssessmentYear year, BranchScoreResult result, BranchTier? previous, ITierRule rule, TierDecision decision)
    {
        var eligibleNode = Explanation.Formula(
            StandardizationLabels.EligibleTier,
            (int)decision.Tier,
            rule.Name,
            scheme.Rule.Parameters,
            [Explanation.Given(StandardizationLabels.BranchScore, result.Score.Value) with { Key = "score" }]) with
        {
            Key = "eligible",
            Note = decision.Text ?? LocalizedText.AsGiven(decision.Reason),
        };

        var start = previous ?? BranchTier.Lagging;
        var ceiling = start.RaisedBy(scheme.MaxRisePerYear);
        BranchTier tier;
        LocalizedText note;
        Citation citation;
        if (result.IsVetoed)
        {
            tier = BranchTier.Lagging;
            note = StandardizationTexts.NamedLaggingByVeto(result.Vetoes);
            citation = StandardizationRules.VetoNamesLagging;
        }
        else if (decision.Tier.IsHigherThan(ceiling))
        {
            tier = ceiling;
            note = StandardizationTexts.HeldByClimbingLimit(decision.Tier, start, scheme.MaxRisePerYear, ceiling);
            citation = StandardizationRules.MaxRisePerYear.TryGetEntryAsOf(year.LastDay, out var entry) && entry.Citation is { } cited
                ? cited
                : StandardizationRules.StepwiseTiers;
        }
        else
        {
            tier = decision.Tier;
            note = StandardizationTexts.Named(tier, previous);
            citation = StandardizationRules.StepwiseTiers;
        }

        return Explanation.Formula(
            StandardizationLabels.TierNamed,
            (int)tier,
            "stepwise-climbing",
            [
                new("max-rise-per-year", scheme.MaxRisePerYear.ToString(CultureInfo.InvariantCulture)),
                new("previous-tier", previous?.ToString() ?? "none"),
                new("vetoed", result.IsVetoed ? "true" : "false"),
            ],
            [eligibleNode]) with
        {
            Key = result.BranchId.Value,
            Citation = scheme.IsIllustrative ? citation.AsIllustrative() : citation,
            Note = note,
        };
    }
}
