using FluentValidation;
using FluentValidation.Results;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Validates an <see cref="AssessmentScheme"/>: weights that add up to exactly one on every date, dated settings in
/// force from the scheme's first date, qualitative grades with scores, caps, strategies and their parameters, and
/// precedence rules that would conflict for the same case. Every problem is listed with its path and code.
/// </summary>
/// <remarks>Thread-safe once constructed.</remarks>
public sealed class AssessmentSchemeValidator : AbstractValidator<AssessmentScheme>
{
    /// <summary>Initializes the validator.</summary>
    public AssessmentSchemeValidator()
    {
        RuleFor(s => s.CommitteeId).MustBeSetId();
        RuleFor(s => s.Title).NotNull().WithErrorCode(CommonErrorCodes.Required);
        RuleFor(s => s.Components).NotEmpty().WithErrorCode(AssessmentErrorCodes.ComponentsEmpty)
            .WithMessage("A scheme needs at least one component.");
        RuleFor(s => s.Components).MustHaveUniqueKeys(c => c.Id);
        RuleForEach(s => s.Components).ChildRules(c =>
        {
            c.RuleFor(x => x.Id).MustBeSetId();
            c.RuleFor(x => x.Label).NotNull().WithErrorCode(CommonErrorCodes.Required);
            c.RuleFor(x => x.Kind).MustBeDefined();
            c.RuleFor(x => x.Nature).MustBeDefined();
        });
        RuleFor(s => s.Bonuses).MustHaveUniqueKeys(b => b.Id);
        RuleFor(s => s.Deductions).MustHaveUniqueKeys(d => d.Id);
        RuleFor(s => s.PublishedScale).InclusiveBetween(0, ScoreRounding.MaxScale).WithErrorCode(AssessmentErrorCodes.PublishedScale);
        RuleFor(s => s).Custom(CheckWeights);
        RuleFor(s => s).Custom(CheckQualitative);
        RuleFor(s => s).Custom(CheckCaps);
        RuleFor(s => s).Custom(CheckPrecedenceRules);
        RuleFor(s => s).Custom(CheckCertification);
        RuleFor(s => s).Custom(CheckPolicy);
        RuleFor(s => s).Custom((s, ctx) =>
        {
            foreach (var p in AssessmentStrategies.Check(s.Banding, nameof(AssessmentScheme.Banding), banding: true, s)
                .Concat(AssessmentStrategies.Check(s.Ranking, nameof(AssessmentScheme.Ranking), banding: false, s)))
            {
                Fail(ctx, p.Path, p.ErrorCode, p.Message, p.AttemptedValue);
            }
        });
    }

    internal static void Fail<T>(ValidationContext<T> context, string path, string code, string message, object? value) =>
        context.AddFailure(new ValidationFailure(path, message, value) { ErrorCode = code });

    private static void CheckDatedSeries<T, TValue>(
        ValidationContext<T> context, ImmutableArray<DatedSetting<TValue>> series, string path, LocalDate from, bool required)
    {
        if (series.IsEmpty)
        {
            if (required)
            {
                Fail(context, path, AssessmentErrorCodes.ParameterNotInForce, string.Create(CultureInfo.InvariantCulture, $"'{path}' needs a value in force on {from:uuuu-MM-dd}."), null);
            }

            return;
        }

        if (!series.Any(e => e.EffectiveFrom <= from))
        {
            Fail(context, path, AssessmentErrorCodes.ParameterNotInForce,
                string.Create(CultureInfo.InvariantCulture, $"'{path}' has no value in force on {from:uuuu-MM-dd}, the date the scheme applies from."),
                series.Min(e => e.EffectiveFrom).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }

        foreach (var group in series.Select((e, i) => (e, i)).GroupBy(x => x.e.EffectiveFrom).Where(g => g.Count() > 1))
        {
            Fail(context, $"{path}[{group.Skip(1).First().i}]", AssessmentErrorCodes.ParameterDateDuplicate,
                string.Create(CultureInfo.InvariantCulture, $"'{path}' has two values from {group.Key:uuuu-MM-dd}."),
                group.Key.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    private static void CheckWeights(AssessmentScheme scheme, ValidationContext<AssessmentScheme> context)
    {
        for (var i = 0; i < scheme.Components.Length; i++)
        {
            CheckDatedSeries(context, scheme.Components[i].Weights, $"Components[{i}].Weights", scheme.EffectiveFrom, required: true);
        }

        if (scheme.Components.IsEmpty || scheme.Components.Any(c => !c.Weights.Any(w => w.EffectiveFrom <= scheme.EffectiveFrom)))
        {
            return;
        }

        var dates = scheme.Components.SelectMany(c => c.Weights).Select(w => w.EffectiveFrom)
            .Where(d => d > scheme.EffectiveFrom).Append(scheme.EffectiveFrom).Distinct().Order();
        foreach (var date in dates)
        {
            var weights = scheme.Components.Select(c => Dated.AsOf(c.Weights, date)).ToList();
            if (!Proportion.SumsToOne(weights))
            {
                Fail(context, "Components", AssessmentErrorCodes.WeightsSum,
                    string.Create(CultureInfo.InvariantCulture, $"The component weights in force on {date:uuuu-MM-dd} add up to {weights.Sum(w => w.Value)}, not exactly 1."),
                    weights.Sum(w => w.Value));
            }
        }
    }

    private static void CheckQualitative(AssessmentScheme scheme, ValidationContext<AssessmentScheme> context)
    {
        for (var i = 0; i < scheme.QualitativeScores.Length; i++)
        {
            var g = scheme.QualitativeScores[i];
            if (!Enum.IsDefined(g.Grade))
            {
                Fail(context, $"QualitativeScores[{i}].Grade", CommonErrorCodes.UndefinedEnumValue, "Unknown grade.", g.Grade);
            }

            if (g.Score.Value < 0m || g.Score.Value > AssessmentScheme.ComponentScaleMaximum)
            {
                Fail(context, $"QualitativeScores[{i}].Score", AssessmentErrorCodes.ScoreRange, "A grade's score must be on the component scale 0..100.", g.Score);
            }
        }

        if (!scheme.Components.Any(c => c.Nature == ComponentNature.Qualitative) && scheme.QualitativeScores.IsEmpty)
        {
            return;
        }

        foreach (var grade in Enum.GetValues<GradeBand>())
        {
            var count = scheme.QualitativeScores.Count(g => g.Grade == grade);
            if (count != 1)
            {
                Fail(context, "QualitativeScores", AssessmentErrorCodes.QualitativeScoreMissing,
                    $"The grade {grade} must have exactly one score; it has {count}.", grade);
            }
        }
    }

    private static void CheckCaps(AssessmentScheme scheme, ValidationContext<AssessmentScheme> context)
    {
        void Rules(ImmutableArray<FactorRule> rules, string path)
        {
            for (var i = 0; i < rules.Length; i++)
            {
                if (rules[i].Cap.Value < 0m)
                {
                    Fail(context, $"{path}[{i}].Cap", AssessmentErrorCodes.ScoreRange, "A cap must not be negative.", rules[i].Cap);
                }

                if (rules[i].Id.IsEmpty)
                {
                    Fail(context, $"{path}[{i}].Id", CommonErrorCodes.IdentifierEmpty, "The item needs an identifier.", null);
                }
            }
        }

        void Series(ImmutableArray<DatedSetting<Score>> series, string path)
        {
            CheckDatedSeries(context, series, path, scheme.EffectiveFrom, required: false);
            for (var i = 0; i < series.Length; i++)
            {
                if (series[i].Value.Value < 0m)
                {
                    Fail(context, $"{path}[{i}].Value", AssessmentErrorCodes.ScoreRange, "A cap must not be negative.", series[i].Value);
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
            Fail(context, string.Join(", ", shared.Select(s => s.List)), AssessmentErrorCodes.FactorIdShared,
                $"The identifier '{shared.Key}' is used in {string.Join(" and ", shared.Select(s => s.List))}; an item belongs to one list.", shared.Key.Value);
        }
    }

    private static void CheckPrecedenceRules(AssessmentScheme scheme, ValidationContext<AssessmentScheme> context)
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
                Fail(context, path + ".Id", CommonErrorCodes.IdentifierEmpty, "The rule needs an identifier.", null);
            }

            switch (r.Kind)
            {
                case PrecedenceRuleKind.Veto when r.MaxBand is null || !Enum.IsDefined(r.MaxBand.Value) || r.Steps != 0:
                    Fail(context, path, AssessmentErrorCodes.RuleEffectInvalid, "A veto needs a maximum band and no downgrade steps.", r.Id.Value);
                    break;
                case PrecedenceRuleKind.ForcedDowngrade when r.MaxBand is not null || r.Steps < 1 || r.Steps > 3:
                    Fail(context, path, AssessmentErrorCodes.RuleEffectInvalid, "A forced downgrade needs 1 to 3 steps and no maximum band.", r.Id.Value);
                    break;
                case PrecedenceRuleKind.Veto or PrecedenceRuleKind.ForcedDowngrade:
                    break;
                default:
                    Fail(context, path + ".Kind", CommonErrorCodes.UndefinedEnumValue, "Unknown rule kind.", r.Kind);
                    break;
            }

            // Each rule is compared with the first earlier rule of its identifier and of its precedence (kept in
            // dictionaries), so a list repeating one rule a thousand times costs a thousand problems, not half a million.
            if (firstById.TryGetValue(r.Id, out var j))
            {
                var same = rules[j] with { Label = r.Label } == r;
                Fail(context, path, same ? CommonErrorCodes.DuplicateIdentifier : AssessmentErrorCodes.RuleConflict,
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
                    var earlier = rules[k];
                    Fail(context, path + ".Precedence", AssessmentErrorCodes.PrecedenceConflict,
                        string.Create(CultureInfo.InvariantCulture, $"The veto and the forced downgrade '{earlier.Id}' and '{r.Id}' share precedence {r.Precedence}; raised together for one organization, capping then lowering and lowering then capping give different bands."),
                        r.Precedence);
                }
            }

            firstByPrecedence.TryAdd((r.Precedence, r.Kind), i);
        }
    }

    private static void CheckPolicy(AssessmentScheme scheme, ValidationContext<AssessmentScheme> context)
    {
        if (scheme.Precedence is { } policy && !Enum.IsDefined(policy.Order))
        {
            Fail(context, "Precedence.Order", AssessmentErrorCodes.PrecedencePolicy,
                $"Unknown published ranking order; known: {string.Join(", ", Enum.GetNames<PublishedRankOrder>())}.", (int)policy.Order);
        }
    }

    private static void CheckCertification(AssessmentScheme scheme, ValidationContext<AssessmentScheme> context)
    {
        if (scheme.Certification is not { } c)
        {
            return;
        }

        if (c.Years is < 1 or > 10)
        {
            Fail(context, "Certification.Years", AssessmentErrorCodes.CertificationCriteria, "Years must be from 1 to 10.", c.Years);
        }

        if (!Enum.IsDefined(c.MinimumBand))
        {
            Fail(context, "Certification.MinimumBand", CommonErrorCodes.UndefinedEnumValue, "Unknown band.", c.MinimumBand);
        }

        if (c.TopShare == Share.Zero)
        {
            Fail(context, "Certification.TopShare", AssessmentErrorCodes.CertificationCriteria, "The top share must be above 0.", c.TopShare);
        }
    }
}
