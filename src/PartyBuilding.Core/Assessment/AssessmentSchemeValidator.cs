using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Checks an <see cref="AssessmentScheme"/>: weights that add up to exactly one on every date, dated settings in force
/// from the scheme's first date, qualitative grades with scores, caps, the dated banding and ranking strategies with
/// their parameters, and precedence rules that would conflict for the same case.
/// </summary>
/// <remarks>
/// Behind <see cref="AnnualAssessment.Validate"/> and <see cref="AnnualAssessment.ValidateScheme"/>. Every problem is
/// reported with its path relative to the scheme and a code of <see cref="AssessmentErrorCodes"/> or
/// <see cref="CommonErrorCodes"/>. The strategies are created while they are checked, so nothing is parsed twice.
/// </remarks>
internal static class AssessmentSchemeValidator
{
    /// <summary>Checks a scheme and creates its strategies.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="strategies">The strategies it may name.</param>
    /// <param name="problems">Where problems go, positioned at the scheme.</param>
    /// <returns>The strategies of every entry of the dated series, or <see langword="null"/> when one could not be created.</returns>
    public static SchemeStrategies? Check(AssessmentScheme scheme, AssessmentStrategies strategies, ProblemCollector problems)
    {
        if (scheme.CommitteeId.IsEmpty)
        {
            problems.Add("CommitteeId", CommonErrorCodes.IdentifierEmpty, "'Committee Id' must be a non-empty identifier.", string.Empty);
        }

        if (scheme.Title is null)
        {
            problems.Add("Title", CommonErrorCodes.Required, "'Title' must not be empty.", null);
        }

        CheckComponents(scheme, problems);
        CheckWeights(scheme, problems);
        CheckQualitative(scheme, problems);
        CheckCaps(scheme, problems);
        CheckPrecedenceRules(scheme, problems);
        CheckCertification(scheme, problems);
        if (scheme.Precedence is { } policy && !Enum.IsDefined(policy.Order))
        {
            problems.Add("Precedence.Order", AssessmentErrorCodes.PrecedencePolicy,
                $"Unknown published ranking order; known: {string.Join(", ", Enum.GetNames<PublishedRankOrder>())}.", Text((int)policy.Order));
        }

        if (scheme.PublishedScale is < 0 or > ScoreRounding.MaxScale)
        {
            problems.Add("PublishedScale", AssessmentErrorCodes.PublishedScale, $"The published scale must be from 0 to {ScoreRounding.MaxScale}.", Text(scheme.PublishedScale));
        }

        var banding = CheckStrategies(scheme.Banding, "Banding", strategies.Banding, scheme, problems);
        var ranking = CheckStrategies(scheme.Ranking, "Ranking", strategies.Ranking, scheme, problems);
        foreach (var (entry, i) in ranking.Select((r, i) => (r, i)).Where(x => x.r is not null))
        {
            foreach (var id in entry!.TieBreakers.Where(id => !scheme.Components.Any(c => c?.Id == id)))
            {
                problems.At($"Ranking[{i}].Value.Parameters").Add(
                    AssessmentStrategies.TieBreakers, CommonErrorCodes.StrategyParameterInvalid, $"The tie-breaker '{id}' is not a component of the scheme.", id.Value);
            }
        }

        return banding.Any(b => b is null) || ranking.Any(r => r is null) || banding.IsEmpty || ranking.IsEmpty
            ? null
            : new SchemeStrategies([.. banding.Select(b => b!)], [.. ranking.Select(r => r!)]);
    }

    /// <summary>Checks a dated series of strategy specifications and creates the strategy of each entry.</summary>
    private static ImmutableArray<T?> CheckStrategies<T>(
        ValueArray<DatedValue<StrategySpec>> series, string path, StrategyRegistry<T> registry, AssessmentScheme scheme, ProblemCollector problems)
        where T : class
    {
        CheckDatedSeries(series, path, scheme.EffectiveFrom, required: true, problems);
        var created = ImmutableArray.CreateBuilder<T?>(series.Length);
        for (var i = 0; i < series.Length; i++)
        {
            if (series[i]?.Value is not { } spec)
            {
                problems.Add($"{path}[{i}].Value", CommonErrorCodes.Required, "A dated strategy needs its name and parameters.", null);
                created.Add(null);
                continue;
            }

            created.Add(registry.TryCreate(spec, problems.At($"{path}[{i}].Value")));
        }

        return created.MoveToImmutable();
    }

    private static void CheckDatedSeries<TValue>(ValueArray<DatedValue<TValue>> series, string path, LocalDate from, bool required, ProblemCollector problems)
    {
        if (series.IsEmpty)
        {
            if (required)
            {
                problems.Add(path, AssessmentErrorCodes.ParameterNotInForce, string.Create(CultureInfo.InvariantCulture, $"'{path}' needs a value in force on {from:uuuu-MM-dd}."), null);
            }

            return;
        }

        var entries = series.Where(e => e is not null).ToList();
        if (!entries.Any(e => e.EffectiveFrom <= from))
        {
            problems.Add(path, AssessmentErrorCodes.ParameterNotInForce,
                string.Create(CultureInfo.InvariantCulture, $"'{path}' has no value in force on {from:uuuu-MM-dd}, the date the scheme applies from."),
                entries.Count == 0 ? null : Iso(entries.Min(e => e.EffectiveFrom)));
        }

        foreach (var group in series.Select((e, i) => (e, i)).Where(x => x.e is not null).GroupBy(x => x.e.EffectiveFrom).Where(g => g.Count() > 1))
        {
            problems.Add($"{path}[{group.Skip(1).First().i}]", AssessmentErrorCodes.ParameterDateDuplicate,
                string.Create(CultureInfo.InvariantCulture, $"'{path}' has two values from {group.Key:uuuu-MM-dd}."),
                Iso(group.Key));
        }
    }

    private static void CheckComponents(AssessmentScheme scheme, ProblemCollector problems)
    {
        if (scheme.Components.IsEmpty)
        {
            problems.Add("Components", AssessmentErrorCodes.ComponentsEmpty, "A scheme needs at least one component.", null);
        }

        var seen = new HashSet<AssessmentComponentId>();
        for (var i = 0; i < scheme.Components.Length; i++)
        {
            var c = scheme.Components[i];
            var at = problems.At($"Components[{i}]");
            if (c is null)
            {
                at.Add(string.Empty, CommonErrorCodes.Required, "A component is missing.", null);
                continue;
            }

            if (!seen.Add(c.Id))
            {
                at.Add(string.Empty, CommonErrorCodes.DuplicateIdentifier, $"'{c.Id}' appears more than once in 'Components'.", c.Id.Value);
            }

            if (c.Id.IsEmpty)
            {
                at.Add("Id", CommonErrorCodes.IdentifierEmpty, "'Id' must be a non-empty identifier.", string.Empty);
            }

            if (c.Label is null)
            {
                at.Add("Label", CommonErrorCodes.Required, "'Label' must not be empty.", null);
            }

            if (!Enum.IsDefined(c.Kind))
            {
                at.Add("Kind", CommonErrorCodes.UndefinedEnumValue, "'Kind' is not a known value.", Text((int)c.Kind));
            }

            if (!Enum.IsDefined(c.Nature))
            {
                at.Add("Nature", CommonErrorCodes.UndefinedEnumValue, "'Nature' is not a known value.", Text((int)c.Nature));
            }
        }
    }

    private static void CheckWeights(AssessmentScheme scheme, ProblemCollector problems)
    {
        var components = scheme.Components.Where(c => c is not null).ToList();
        for (var i = 0; i < scheme.Components.Length; i++)
        {
            if (scheme.Components[i] is { } component)
            {
                CheckDatedSeries(component.Weights, $"Components[{i}].Weights", scheme.EffectiveFrom, required: true, problems);
            }
        }

        if (components.Count == 0 || components.Any(c => !c.Weights.Any(w => w is not null && w.EffectiveFrom <= scheme.EffectiveFrom)))
        {
            return;
        }

        var dates = components.SelectMany(c => c.Weights).Where(w => w is not null).Select(w => w.EffectiveFrom)
            .Where(d => d > scheme.EffectiveFrom).Append(scheme.EffectiveFrom).Distinct().Order();
        foreach (var date in dates)
        {
            var weights = components.Select(c => Dated.AsOf(c.Weights, date)).ToList();
            if (!Proportion.SumsToOne(weights))
            {
                problems.Add("Components", AssessmentErrorCodes.WeightsSum,
                    string.Create(CultureInfo.InvariantCulture, $"The component weights in force on {date:uuuu-MM-dd} add up to {weights.Sum(w => w.Value)}, not exactly 1."),
                    Text(weights.Sum(w => w.Value)));
            }
        }
    }

    private static void CheckQualitative(AssessmentScheme scheme, ProblemCollector problems)
    {
        for (var i = 0; i < scheme.QualitativeScores.Length; i++)
        {
            var g = scheme.QualitativeScores[i];
            if (!Enum.IsDefined(g.Grade))
            {
                problems.Add($"QualitativeScores[{i}].Grade", CommonErrorCodes.UndefinedEnumValue, "Unknown grade.", Text((int)g.Grade));
            }

            if (g.Score.Value < 0m || g.Score.Value > AssessmentScheme.ComponentScaleMaximum)
            {
                problems.Add($"QualitativeScores[{i}].Score", AssessmentErrorCodes.ScoreRange, "A grade's score must be on the component scale 0..100.", g.Score.ToString());
            }
        }

        if (!scheme.Components.Any(c => c?.Nature == ComponentNature.Qualitative) && scheme.QualitativeScores.IsEmpty)
        {
            return;
        }

        foreach (var grade in Enum.GetValues<GradeBand>())
        {
            var count = scheme.QualitativeScores.Count(g => g.Grade == grade);
            if (count != 1)
            {
                problems.Add("QualitativeScores", AssessmentErrorCodes.QualitativeScoreMissing,
                    $"The grade {grade} must have exactly one score; it has {count}.", grade.ToString());
            }
        }
    }

    private static void CheckCaps(AssessmentScheme scheme, ProblemCollector problems)
    {
        void Rules(ValueArray<FactorRule> rules, string path)
        {
            var seen = new HashSet<AssessmentFactorId>();
            for (var i = 0; i < rules.Length; i++)
            {
                if (!seen.Add(rules[i].Id))
                {
                    problems.Add($"{path}[{i}]", CommonErrorCodes.DuplicateIdentifier, $"'{rules[i].Id}' appears more than once in '{path}'.", rules[i].Id.Value);
                }

                if (rules[i].Cap.Value < 0m)
                {
                    problems.Add($"{path}[{i}].Cap", AssessmentErrorCodes.ScoreRange, "A cap must not be negative.", rules[i].Cap.ToString());
                }

                if (rules[i].Id.IsEmpty)
                {
                    problems.Add($"{path}[{i}].Id", CommonErrorCodes.IdentifierEmpty, "The item needs an identifier.", null);
                }
            }
        }

        void Series(ValueArray<DatedValue<Score>> series, string path)
        {
            CheckDatedSeries(series, path, scheme.EffectiveFrom, required: false, problems);
            for (var i = 0; i < series.Length; i++)
            {
                if (series[i] is { } entry && entry.Value.Value < 0m)
                {
                    problems.Add($"{path}[{i}].Value", AssessmentErrorCodes.ScoreRange, "A cap must not be negative.", entry.Value.ToString());
                }
            }
        }

        Rules(scheme.Bonuses, nameof(AssessmentScheme.Bonuses));
        Rules(scheme.Deductions, nameof(AssessmentScheme.Deductions));
        Series(scheme.BonusCaps, nameof(AssessmentScheme.BonusCaps));
        Series(scheme.DeductionCaps, nameof(AssessmentScheme.DeductionCaps));

        var lists = scheme.Bonuses.Select(b => (b.Id, List: "Bonuses"))
            .Concat(scheme.Deductions.Select(d => (d.Id, List: "Deductions")))
            .Concat(scheme.PrecedenceRules.Select(r => (r.Id, List: "PrecedenceRules")))
            .Distinct()
            .GroupBy(x => x.Id)
            .Where(g => g.Count() > 1);
        foreach (var shared in lists)
        {
            problems.Add(string.Join(", ", shared.Select(s => s.List)), AssessmentErrorCodes.FactorIdShared,
                $"The identifier '{shared.Key}' is used in {string.Join(" and ", shared.Select(s => s.List))}; an item belongs to one list.", shared.Key.Value);
        }
    }

    private static void CheckPrecedenceRules(AssessmentScheme scheme, ProblemCollector problems)
    {
        var rules = scheme.PrecedenceRules;
        var firstById = new Dictionary<AssessmentFactorId, int>();
        var firstByPrecedence = new Dictionary<(int Precedence, PrecedenceRuleKind Kind), int>();
        for (var i = 0; i < rules.Length; i++)
        {
            var r = rules[i];
            var path = $"PrecedenceRules[{i}]";
            if (r.Id.IsEmpty)
            {
                problems.Add(path + ".Id", CommonErrorCodes.IdentifierEmpty, "The rule needs an identifier.", null);
            }

            CheckEffect(r, path, problems);

            // Each rule is compared with the first earlier rule of its identifier and of its precedence (kept in
            // dictionaries), so a list repeating one rule a thousand times costs a thousand problems, not half a million.
            if (firstById.TryGetValue(r.Id, out var j))
            {
                var same = rules[j] with { Label = r.Label } == r;
                problems.Add(path, same ? CommonErrorCodes.DuplicateIdentifier : AssessmentErrorCodes.RuleConflict,
                    same
                        ? $"The rule '{r.Id}' is listed twice."
                        : $"The item '{r.Id}' triggers two rules with different effects (PrecedenceRules[{j}] and PrecedenceRules[{i}]); the outcome of one case would be ambiguous.",
                    r.Id.Value);
            }
            else
            {
                firstById.Add(r.Id, i);
                var other = firstByPrecedence
                    .Where(e => e.Key.Precedence == r.Precedence && e.Key.Kind != r.Kind && rules[e.Value].Id != r.Id)
                    .Select(e => (int?)e.Value)
                    .Min();
                if (other is { } k)
                {
                    problems.Add(path + ".Precedence", AssessmentErrorCodes.PrecedenceConflict,
                        string.Create(CultureInfo.InvariantCulture, $"The veto and the forced downgrade '{rules[k].Id}' and '{r.Id}' share precedence {r.Precedence}; raised together for one organization, capping then lowering and lowering then capping give different bands."),
                        Text(r.Precedence));
                }
            }

            firstByPrecedence.TryAdd((r.Precedence, r.Kind), i);
        }
    }

    private static void CheckEffect(PrecedenceRule r, string path, ProblemCollector problems)
    {
        switch (r.Kind)
        {
            case PrecedenceRuleKind.Veto when r.MaxBand is null || !Enum.IsDefined(r.MaxBand.Value) || r.Steps != 0:
                problems.Add(path, AssessmentErrorCodes.RuleEffectInvalid, "A veto needs a maximum band and no downgrade steps.", r.Id.Value);
                break;
            case PrecedenceRuleKind.ForcedDowngrade when r.MaxBand is not null || r.Steps < 1 || r.Steps > 3:
                problems.Add(path, AssessmentErrorCodes.RuleEffectInvalid, "A forced downgrade needs 1 to 3 steps and no maximum band.", r.Id.Value);
                break;
            case PrecedenceRuleKind.Veto or PrecedenceRuleKind.ForcedDowngrade:
                break;
            default:
                problems.Add(path + ".Kind", CommonErrorCodes.UndefinedEnumValue, "Unknown rule kind.", Text((int)r.Kind));
                break;
        }
    }

    private static void CheckCertification(AssessmentScheme scheme, ProblemCollector problems)
    {
        if (scheme.Certification is not { } c)
        {
            return;
        }

        if (c.Years is < 1 or > 10)
        {
            problems.Add("Certification.Years", AssessmentErrorCodes.CertificationCriteria, "Years must be from 1 to 10.", Text(c.Years));
        }

        if (!Enum.IsDefined(c.MinimumBand))
        {
            problems.Add("Certification.MinimumBand", CommonErrorCodes.UndefinedEnumValue, "Unknown band.", Text((int)c.MinimumBand));
        }

        if (c.TopShare == Share.Zero)
        {
            problems.Add("Certification.TopShare", AssessmentErrorCodes.CertificationCriteria, "The top share must be above 0.", c.TopShare.ToString());
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The strategies a valid scheme names, one per entry of its dated series, in the series' order.</summary>
/// <param name="Banding">The banding strategy of each entry of <see cref="AssessmentScheme.Banding"/>.</param>
/// <param name="Ranking">The ranking strategy of each entry of <see cref="AssessmentScheme.Ranking"/>.</param>
internal sealed record SchemeStrategies(ImmutableArray<IBandingStrategy> Banding, ImmutableArray<IRankingStrategy> Ranking);
