using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// Checks a <see cref="DoubleReviewScheme"/>: at least one rater group, each group and component once with a weight
/// above zero, the weights adding up to exactly one, well-formed scales on the 100-point scale, known aggregation
/// strategies with valid parameters, and grade bands that give every score from 0 to 100 one grade.
/// </summary>
/// <remarks>
/// Behind <see cref="DoubleReviewEngine.Validate"/> and <see cref="DoubleReviewEngine.ValidateScheme"/>. Every problem is
/// reported with its path relative to the scheme and a code from <see cref="DoubleReviewErrorCodes"/> or
/// <see cref="CommonErrorCodes"/>. The strategies are created while they are checked, so nothing is parsed twice.
/// </remarks>
internal static class DoubleReviewSchemeValidator
{
    private static readonly Score Hundred = Score.Of(100m);

    /// <summary>Checks a scheme and creates its strategies.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="strategies">The strategies it may name.</param>
    /// <param name="problems">Where problems go, positioned at the scheme.</param>
    /// <returns>The aggregation of each rater group and the combination, or <see langword="null"/> when a problem was found.</returns>
    public static SchemeStrategies? Check(DoubleReviewScheme scheme, DoubleReviewStrategies strategies, ProblemCollector problems)
    {
        var before = problems.HasErrors;
        Defined(problems, "Cadence", scheme.Cadence);
        Defined(problems, "PeerScope", scheme.PeerScope);
        if (scheme.MembersBallotRight is { } right)
        {
            Defined(problems, "MembersBallotRight", right);
        }
        if (!Proportion.IsValid(scheme.AnnualProportion.Value))
        {
            problems.Add("AnnualProportion", CommonErrorCodes.ProportionOutOfRange, "The annual proportion must be between 0 and 1.", Text(scheme.AnnualProportion.Value));
        }

        if (scheme.RoundingScale is < 0 or > ScoreRounding.MaxScale)
        {
            problems.Add("RoundingScale", CommonErrorCodes.OutOfRange, $"The rounding scale must be between 0 and {ScoreRounding.MaxScale}.", Text(scheme.RoundingScale));
        }

        var groups = CheckGroups(scheme, strategies.Aggregations, problems);
        CheckComponents(scheme, problems);
        var weights = scheme.Groups.Where(g => g is not null).Select(g => g.Weight)
            .Concat(scheme.Components.Where(c => c is not null).Select(c => c.Weight))
            .ToList();
        if (weights.Count > 0 && !Proportion.SumsToOne(weights))
        {
            problems.Add(
                "Groups",
                DoubleReviewErrorCodes.WeightsDoNotSumToOne,
                "The weights of the rater groups and components must add up to exactly 1.",
                Text(weights.Sum(w => w.Value)));
        }

        var combination = CheckStrategy(problems, "Combination", scheme.Combination, strategies.Aggregations);
        CheckGradeBands(problems, scheme.GradeBands);
        return before || problems.HasErrors || combination is null ? null : new(groups, combination);
    }

    private static ImmutableSortedDictionary<RaterGroup, IRatingAggregation> CheckGroups(
        DoubleReviewScheme scheme, StrategyRegistry<IRatingAggregation> registry, ProblemCollector problems)
    {
        if (scheme.Groups.IsEmpty)
        {
            problems.Add("Groups", DoubleReviewErrorCodes.NoRaterGroups, "A scheme needs at least one rater group.", null);
        }

        var created = ImmutableSortedDictionary.CreateBuilder<RaterGroup, IRatingAggregation>();
        var seenGroups = new HashSet<RaterGroup>();
        for (var i = 0; i < scheme.Groups.Length; i++)
        {
            var rule = scheme.Groups[i];
            var at = problems.At($"Groups[{i}]");
            if (rule is null)
            {
                at.Add(string.Empty, CommonErrorCodes.Required, "A rater group rule is missing.", null);
                continue;
            }

            if (!Enum.IsDefined(rule.Group))
            {
                at.Add("Group", CommonErrorCodes.UndefinedEnumValue, "Unknown rater group.", Text(rule.Group));
            }
            else if (!seenGroups.Add(rule.Group))
            {
                at.Add("Group", DoubleReviewErrorCodes.DuplicatePart, $"The rater group {rule.Group} appears more than once.", rule.Group.ToString());
            }

            CheckWeight(at, rule.Weight);
            CheckScale(at, "Scale", rule.Scale);
            if (CheckStrategy(at, "Aggregation", rule.Aggregation, registry) is { } aggregation && Enum.IsDefined(rule.Group))
            {
                created[rule.Group] = aggregation;
            }
        }

        return created.ToImmutable();
    }

    private static void CheckComponents(DoubleReviewScheme scheme, ProblemCollector problems)
    {
        var seenComponents = new HashSet<AssessedComponent>();
        for (var i = 0; i < scheme.Components.Length; i++)
        {
            var rule = scheme.Components[i];
            var at = problems.At($"Components[{i}]");
            if (rule is null)
            {
                at.Add(string.Empty, CommonErrorCodes.Required, "A component rule is missing.", null);
                continue;
            }

            if (!Enum.IsDefined(rule.Component))
            {
                at.Add("Component", CommonErrorCodes.UndefinedEnumValue, "Unknown component.", Text(rule.Component));
            }
            else if (!seenComponents.Add(rule.Component))
            {
                at.Add("Component", DoubleReviewErrorCodes.DuplicatePart, $"The component {rule.Component} appears more than once.", rule.Component.ToString());
            }

            CheckWeight(at, rule.Weight);
        }
    }

    private static void Defined<TEnum>(ProblemCollector problems, string path, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            problems.Add(path, CommonErrorCodes.UndefinedEnumValue, $"'{path}' is not a known value.", Text(value));
        }
    }

    private static string Text<T>(T value)
        where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);

    private static void CheckWeight(ProblemCollector problems, Proportion weight)
    {
        if (weight.Value <= 0m)
        {
            problems.Add("Weight", DoubleReviewErrorCodes.WeightZero, "A weight must be above zero; leave out a part that does not count.", Text(weight.Value));
        }
    }

    private static IRatingAggregation? CheckStrategy(ProblemCollector problems, string path, StrategySpec? spec, StrategyRegistry<IRatingAggregation> registry)
    {
        if (spec is null)
        {
            problems.Add(path, CommonErrorCodes.Required, "An aggregation strategy is required.", null);
            return null;
        }

        return registry.TryCreate(spec, problems.At(path));
    }

    private static void CheckScale(ProblemCollector problems, string path, RatingScale? scale)
    {
        const string Code = DoubleReviewErrorCodes.RatingScaleInvalid;
        if (scale is null)
        {
            problems.Add(path, CommonErrorCodes.Required, "A rating scale is required.", null);
            return;
        }

        switch (scale.Kind)
        {
            case RatingScaleKind.Grades:
                var grades = scale.GradeScores.Where(g => g is not null).ToList();
                var missing = Enum.GetValues<ReviewGrade>().Where(g => grades.Count(s => s.Grade == g) != 1).ToList();
                if (missing.Count > 0 || grades.Count != scale.GradeScores.Length || grades.Count != 4)
                {
                    problems.Add(path + ".GradeScores", Code, "A grade scale gives each of the four grades (好/较好/一般/差) exactly one score.", string.Join(",", missing));
                    break;
                }

                var ordered = grades.OrderBy(g => g.Grade).ToList();
                if (ordered.Any(g => g.Score < Score.Zero || g.Score > Hundred)
                    || ordered.Zip(ordered.Skip(1)).Any(p => p.First.Score <= p.Second.Score))
                {
                    problems.Add(path + ".GradeScores", Code, "Grade scores lie within 0–100 and fall strictly from 好 to 差.", string.Join(",", ordered.Select(g => g.Score)));
                }

                if (scale.MinimumPoints is not null || scale.MaximumPoints is not null)
                {
                    problems.Add(path, Code, "A grade scale has no points range.", null);
                }

                break;
            case RatingScaleKind.Points:
                if (scale.MinimumPoints is not { } min || scale.MaximumPoints is not { } max
                    || min < Score.Zero || max > Hundred || min >= max)
                {
                    problems.Add(path, Code, "A points scale needs a range 0 ≤ minimum < maximum ≤ 100.", $"{scale.MinimumPoints}..{scale.MaximumPoints}");
                }

                if (!scale.GradeScores.IsEmpty)
                {
                    problems.Add(path + ".GradeScores", Code, "A points scale has no grade scores.", null);
                }

                break;
            default:
                problems.Add(path + ".Kind", CommonErrorCodes.UndefinedEnumValue, "Unknown scale kind.", Text(scale.Kind));
                break;
        }
    }

    private static void CheckGradeBands(ProblemCollector problems, ValueArray<ReviewGradeBand> bands)
    {
        const string Path = "GradeBands";
        var present = bands.Where(b => b is not null).ToList();
        var wrongCount = Enum.GetValues<ReviewGrade>().Where(g => present.Count(b => b.Grade == g) != 1).ToList();
        if (wrongCount.Count > 0 || present.Count != bands.Length || present.Count != 4)
        {
            problems.Add(Path, DoubleReviewErrorCodes.GradeBandsInvalid, "Grade bands give each of the four grades exactly one minimum score.", string.Join(",", wrongCount));
            return;
        }

        var ordered = present.OrderBy(b => b.Grade).ToList();
        if (ordered.Any(b => b.MinimumScore < Score.Zero || b.MinimumScore > Hundred)
            || ordered.Zip(ordered.Skip(1)).Any(p => p.First.MinimumScore <= p.Second.MinimumScore)
            || ordered[^1].MinimumScore != Score.Zero)
        {
            problems.Add(
                Path,
                DoubleReviewErrorCodes.GradeBandsInvalid,
                "Minimum scores lie within 0–100, fall strictly from 好 to 差, and 差 starts at 0 so every score has a grade.",
                string.Join(",", ordered.Select(b => b.MinimumScore)));
        }
    }
}

/// <summary>The strategies a valid scheme names, created once: each rater group's aggregation and the combination.</summary>
/// <param name="Groups">The aggregation of each rater group.</param>
/// <param name="Combination">The combination.</param>
internal sealed record SchemeStrategies(ImmutableSortedDictionary<RaterGroup, IRatingAggregation> Groups, IRatingAggregation Combination);
