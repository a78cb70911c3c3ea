using FluentValidation;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// Validates a <see cref="DoubleReviewScheme"/>: at least one rater group, each group and component once with a weight
/// above zero, the weights adding up to exactly one, well-formed scales on the 100-point scale, known aggregation
/// strategies with valid parameters, and grade bands that give every score from 0 to 100 one grade.
/// </summary>
/// <remarks>Every problem is reported with its path and a code from <see cref="DoubleReviewErrorCodes"/>. Thread-safe once constructed.</remarks>
public sealed class DoubleReviewSchemeValidator : AbstractValidator<DoubleReviewScheme>
{
    private static readonly Score Hundred = Score.Of(100m);

    /// <summary>Initializes a validator that knows the built-in strategies.</summary>
    public DoubleReviewSchemeValidator()
        : this(RatingAggregationRegistry.Default)
    {
    }

    /// <summary>Initializes a validator that knows the strategies of a registry.</summary>
    /// <param name="registry">The strategies.</param>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is <see langword="null"/>.</exception>
    public DoubleReviewSchemeValidator(RatingAggregationRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        RuleFor(s => s.Cadence).MustBeDefined();
        RuleFor(s => s.PeerScope).MustBeDefined();
        RuleFor(s => s.AnnualProportion).MustBeProportion();
        RuleFor(s => s.RoundingScale).InclusiveBetween(0, ScoreRounding.MaxScale).WithErrorCode(CommonErrorCodes.OutOfRange);
        RuleFor(s => s).Custom((scheme, context) => Check(scheme, registry, context));
    }

    private static void Check(DoubleReviewScheme scheme, RatingAggregationRegistry registry, ValidationContext<DoubleReviewScheme> context)
    {
        if (scheme.Groups.IsEmpty)
        {
            context.Fail("Groups", DoubleReviewErrorCodes.NoRaterGroups, "A scheme needs at least one rater group.", null);
        }

        var seenGroups = new HashSet<RaterGroup>();
        for (var i = 0; i < scheme.Groups.Length; i++)
        {
            var rule = scheme.Groups[i];
            var path = $"Groups[{i}]";
            if (rule is null)
            {
                context.Fail(path, CommonErrorCodes.Required, "A rater group rule is missing.", null);
                continue;
            }

            if (!Enum.IsDefined(rule.Group))
            {
                context.Fail(path + ".Group", CommonErrorCodes.UndefinedEnumValue, "Unknown rater group.", rule.Group);
            }
            else if (!seenGroups.Add(rule.Group))
            {
                context.Fail(path + ".Group", DoubleReviewErrorCodes.DuplicatePart, $"The rater group {rule.Group} appears more than once.", rule.Group);
            }

            CheckWeight(context, path, rule.Weight);
            CheckScale(context, path + ".Scale", rule.Scale);
            CheckStrategy(context, path + ".Aggregation", rule.Aggregation, registry);
        }

        var seenComponents = new HashSet<AssessedComponent>();
        for (var i = 0; i < scheme.Components.Length; i++)
        {
            var rule = scheme.Components[i];
            var path = $"Components[{i}]";
            if (rule is null)
            {
                context.Fail(path, CommonErrorCodes.Required, "A component rule is missing.", null);
                continue;
            }

            if (!Enum.IsDefined(rule.Component))
            {
                context.Fail(path + ".Component", CommonErrorCodes.UndefinedEnumValue, "Unknown component.", rule.Component);
            }
            else if (!seenComponents.Add(rule.Component))
            {
                context.Fail(path + ".Component", DoubleReviewErrorCodes.DuplicatePart, $"The component {rule.Component} appears more than once.", rule.Component);
            }

            CheckWeight(context, path, rule.Weight);
        }

        var weights = scheme.Groups.Where(g => g is not null).Select(g => g.Weight)
            .Concat(scheme.Components.Where(c => c is not null).Select(c => c.Weight))
            .ToList();
        if (weights.Count > 0 && !Proportion.SumsToOne(weights))
        {
            context.Fail(
                "Groups",
                DoubleReviewErrorCodes.WeightsDoNotSumToOne,
                "The weights of the rater groups and components must add up to exactly 1.",
                weights.Sum(w => w.Value));
        }

        CheckStrategy(context, "Combination", scheme.Combination, registry);
        CheckGradeBands(context, scheme.GradeBands);
    }

    private static void CheckWeight(ValidationContext<DoubleReviewScheme> context, string path, Proportion weight)
    {
        if (weight.Value <= 0m)
        {
            context.Fail(path + ".Weight", DoubleReviewErrorCodes.WeightZero, "A weight must be above zero; leave out a part that does not count.", weight);
        }
    }

    private static void CheckStrategy(ValidationContext<DoubleReviewScheme> context, string path, AggregationSpec? spec, RatingAggregationRegistry registry)
    {
        if (spec is null)
        {
            context.Fail(path, CommonErrorCodes.Required, "An aggregation strategy is required.", null);
            return;
        }

        foreach (var problem in registry.TryCreate(spec).Problems)
        {
            context.Fail(path + "." + problem.Path, problem.ErrorCode, problem.Message, problem.AttemptedValue);
        }
    }

    private static void CheckScale(ValidationContext<DoubleReviewScheme> context, string path, RatingScale? scale)
    {
        const string Code = DoubleReviewErrorCodes.RatingScaleInvalid;
        if (scale is null)
        {
            context.Fail(path, CommonErrorCodes.Required, "A rating scale is required.", null);
            return;
        }

        switch (scale.Kind)
        {
            case RatingScaleKind.Grades:
                var grades = scale.GradeScores.Where(g => g is not null).ToList();
                var missing = Enum.GetValues<ReviewGrade>().Where(g => grades.Count(s => s.Grade == g) != 1).ToList();
                if (missing.Count > 0 || grades.Count != scale.GradeScores.Length || grades.Count != 4)
                {
                    context.Fail(path + ".GradeScores", Code, "A grade scale gives each of the four grades (好/较好/一般/差) exactly one score.", string.Join(",", missing));
                    break;
                }

                var ordered = grades.OrderBy(g => g.Grade).ToList();
                if (ordered.Any(g => g.Score < Score.Zero || g.Score > Hundred)
                    || ordered.Zip(ordered.Skip(1)).Any(p => p.First.Score <= p.Second.Score))
                {
                    context.Fail(path + ".GradeScores", Code, "Grade scores lie within 0–100 and fall strictly from 好 to 差.", string.Join(",", ordered.Select(g => g.Score)));
                }

                if (scale.MinimumPoints is not null || scale.MaximumPoints is not null)
                {
                    context.Fail(path, Code, "A grade scale has no points range.", null);
                }

                break;
            case RatingScaleKind.Points:
                if (scale.MinimumPoints is not { } min || scale.MaximumPoints is not { } max
                    || min < Score.Zero || max > Hundred || min >= max)
                {
                    context.Fail(path, Code, "A points scale needs a range 0 ≤ minimum < maximum ≤ 100.", $"{scale.MinimumPoints}..{scale.MaximumPoints}");
                }

                if (!scale.GradeScores.IsEmpty)
                {
                    context.Fail(path + ".GradeScores", Code, "A points scale has no grade scores.", null);
                }

                break;
            default:
                context.Fail(path + ".Kind", CommonErrorCodes.UndefinedEnumValue, "Unknown scale kind.", scale.Kind);
                break;
        }
    }

    private static void CheckGradeBands(ValidationContext<DoubleReviewScheme> context, ImmutableArray<ReviewGradeBand> bands)
    {
        const string Path = "GradeBands";
        var present = bands.Where(b => b is not null).ToList();
        var wrongCount = Enum.GetValues<ReviewGrade>().Where(g => present.Count(b => b.Grade == g) != 1).ToList();
        if (wrongCount.Count > 0 || present.Count != bands.Length || present.Count != 4)
        {
            context.Fail(Path, DoubleReviewErrorCodes.GradeBandsInvalid, "Grade bands give each of the four grades exactly one minimum score.", string.Join(",", wrongCount));
            return;
        }

        var ordered = present.OrderBy(b => b.Grade).ToList();
        if (ordered.Any(b => b.MinimumScore < Score.Zero || b.MinimumScore > Hundred)
            || ordered.Zip(ordered.Skip(1)).Any(p => p.First.MinimumScore <= p.Second.MinimumScore)
            || ordered[^1].MinimumScore != Score.Zero)
        {
            context.Fail(
                Path,
                DoubleReviewErrorCodes.GradeBandsInvalid,
                "Minimum scores lie within 0–100, fall strictly from 好 to 差, and 差 starts at 0 so every score has a grade.",
                string.Join(",", ordered.Select(b => b.MinimumScore)));
        }
    }
}
