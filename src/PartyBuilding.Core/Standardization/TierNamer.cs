using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Names branches by tier year by year (梯级创建): the tier rule gives the tier a score is eligible for; a branch rises at
/// most <see cref="TierScheme.MaxRisePerYear"/> tiers above its previous naming (a first naming climbs from lagging);
/// it may fall to its eligible tier at once; and a veto (一票否决) names it lagging whatever its score.
/// </summary>
/// <remarks>Pure functions, independent of input order; inputs are validated first. Thread-safe.</remarks>
public static class TierNamer
{
    /// <summary>Names one year's branches.</summary>
    /// <param name="scheme">The tier scheme.</param>
    /// <param name="year">The year of the naming.</param>
    /// <param name="results">The branches' results of that year, at most one per branch.</param>
    /// <param name="history">Earlier namings (any years before <paramref name="year"/>); each branch climbs from its latest one.</param>
    /// <param name="registry">The tier rules; <see cref="TierRuleRegistry.Default"/> when <see langword="null"/>.</param>
    /// <returns>The round, ordered by branch.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The scheme is not valid, a result is of another year, or a branch has two results.</exception>
    public static TierNamingRound NameYear(
        TierScheme scheme,
        AssessmentYear year,
        IEnumerable<BranchScoreResult> results,
        IEnumerable<TierNamingRound> history,
        TierRuleRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(history);
        var rules = registry ?? TierRuleRegistry.Default;
        new TierSchemeValidator(rules).ValidateOrThrow(scheme, "tier scheme");
        var list = results.ToImmutableArray();
        CheckRound(year, list);
        var previous = history
            .Where(r => r.Year < year)
            .SelectMany(r => r.Namings)
            .GroupBy(n => n.BranchId)
            .ToImmutableDictionary(g => g.Key, g => g.MaxBy(n => n.Year)!.Tier);
        return NameValidated(scheme, year, list, previous, rules.Get(scheme.Rule));
    }

    /// <summary>Names branches over several years in order, each year climbing from the year before.</summary>
    /// <param name="scheme">The tier scheme.</param>
    /// <param name="results">The branches' results of every year, at most one per branch and year, in any order.</param>
    /// <param name="registry">The tier rules; <see cref="TierRuleRegistry.Default"/> when <see langword="null"/>.</param>
    /// <returns>One round per year that has results, in year order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The scheme is not valid, or a branch has two results in a year.</exception>
    public static ImmutableArray<TierNamingRound> NameYears(TierScheme scheme, IEnumerable<BranchScoreResult> results, TierRuleRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(results);
        var rules = registry ?? TierRuleRegistry.Default;
        new TierSchemeValidator(rules).ValidateOrThrow(scheme, "tier scheme");
        var byYear = results.GroupBy(r => r.Year).OrderBy(g => g.Key).Select(g => (g.Key, g.ToImmutableArray())).ToList();
        foreach (var (year, list) in byYear)
        {
            CheckRound(year, list);
        }

        var rule = rules.Get(scheme.Rule);
        var previous = ImmutableDictionary<OrganizationId, BranchTier>.Empty;
        var rounds = ImmutableArray.CreateBuilder<TierNamingRound>();
        foreach (var (year, list) in byYear)
        {
            var round = NameValidated(scheme, year, list, previous, rule);
            previous = previous.SetItems(round.Namings.Select(n => KeyValuePair.Create(n.BranchId, n.Tier)));
            rounds.Add(round);
        }

        return rounds.ToImmutable();
    }

    private static void CheckRound(AssessmentYear year, ImmutableArray<BranchScoreResult> results)
    {
        var problems = ImmutableArray.CreateBuilder<ValidationProblem>();
        var seen = new HashSet<OrganizationId>();
        for (var i = 0; i < results.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(results[i], nameof(results));
            if (results[i].Year != year)
            {
                problems.Add(new ValidationProblem($"results[{i}].Year", StandardizationErrorCodes.RoundInvalid, $"A result of {results[i].Year} cannot be named in {year}.", results[i].Year.ToString()));
            }

            if (!seen.Add(results[i].BranchId))
            {
                problems.Add(new ValidationProblem($"results[{i}].BranchId", StandardizationErrorCodes.RoundInvalid, $"Branch '{results[i].BranchId}' has more than one result in {year}.", results[i].BranchId.Value));
            }
        }

        new ValidationReport(problems.ToImmutable()).ThrowIfInvalid("naming round");
    }

    private static TierNamingRound NameValidated(
        TierScheme scheme, AssessmentYear year, ImmutableArray<BranchScoreResult> results, ImmutableDictionary<OrganizationId, BranchTier> previous, ITierRule rule)
    {
        var namings = results
            .OrderBy(r => r.BranchId)
            .Select(r => Name(scheme, year, r, previous.TryGetValue(r.BranchId, out var p) ? p : null, rule))
            .ToImmutableArray();
        return new TierNamingRound(year, namings);
    }

    private static BranchTierNaming Name(TierScheme scheme, AssessmentYear year, BranchScoreResult result, BranchTier? previous, ITierRule rule)
    {
        var decision = rule.Decide(result, scheme.Parameters);
        var eligibleNode = Explanation.Formula(
            new LocalizedText("按得分可评等级", "Tier eligible by score"),
            (int)decision.Tier,
            rule.Name,
            scheme.Parameters.Select(p => KeyValuePair.Create(p.Key, ValidationFailures.Text(p.Value))),
            [Explanation.Given(new LocalizedText("支部标准化得分", "Branch standardization score"), result.Score.Value) with { Key = "score" }]) with
        {
            Key = "eligible",
            Note = decision.Text ?? LocalizedText.AsGiven(decision.Reason),
        };

        var start = previous ?? BranchTier.Lagging;
        var ceiling = (BranchTier)Math.Min((int)start + scheme.MaxRisePerYear, (int)BranchTier.Exemplary);
        BranchTier tier;
        LocalizedText note;
        Citation citation;
        string Tier(BranchTier t, DisplayLanguage language) => StandardizationLabels.BranchTiers[t].In(language);
        if (result.IsVetoed)
        {
            tier = BranchTier.Lagging;
            note = new LocalizedText(
                "一票否决（" + string.Join("、", result.Vetoes) + "），评为" + Tier(BranchTier.Lagging, DisplayLanguage.ZhCn),
                "vetoed by " + string.Join(", ", result.Vetoes) + ": named " + Tier(BranchTier.Lagging, DisplayLanguage.English));
            citation = StandardizationRules.VetoNamesLagging;
        }
        else if (decision.Tier > ceiling)
        {
            tier = ceiling;
            note = new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"按得分可评{Tier(decision.Tier, DisplayLanguage.ZhCn)}，但每年从{Tier(start, DisplayLanguage.ZhCn)}起最多晋升{scheme.MaxRisePerYear}级，评为{Tier(ceiling, DisplayLanguage.ZhCn)}"),
                string.Create(CultureInfo.InvariantCulture, $"eligible {Tier(decision.Tier, DisplayLanguage.English)}, but rises at most {scheme.MaxRisePerYear} tier(s) a year from {Tier(start, DisplayLanguage.English)}: named {Tier(ceiling, DisplayLanguage.English)}"));
            citation = StandardizationRules.MaxRisePerYear.TryGetEntryAsOf(year.LastDay, out var entry) && entry.Citation is { } cited
                ? cited
                : StandardizationRules.StepwiseTiers;
        }
        else
        {
            tier = decision.Tier;
            note = new LocalizedText(
                $"评为{Tier(tier, DisplayLanguage.ZhCn)}（上次{(previous is { } p ? "评为" + Tier(p, DisplayLanguage.ZhCn) : "未评定")}）",
                $"named {Tier(tier, DisplayLanguage.English)} (previously {(previous is { } q ? Tier(q, DisplayLanguage.English) : "not named")})");
            citation = StandardizationRules.StepwiseTiers;
        }

        var explanation = Explanation.Formula(
            new LocalizedText("命名等级", "Tier named"),
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
        return new BranchTierNaming(result.BranchId, year, decision.Tier, tier, result, explanation, previous);
    }
}
