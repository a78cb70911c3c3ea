using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// The registry of the assessment's strategies, chosen by name in a scheme: how a total earns a band and how
/// organizations are ranked. A scheme naming an unknown strategy or giving it bad parameters is rejected, with every
/// problem listed, before anything is computed.
/// </summary>
/// <remarks>
/// <para>Banding: <c>thresholds</c> (parameters <c>good</c>, <c>fairly-good</c>, <c>average</c>: minimum totals,
/// strictly descending) and <c>quota</c> (parameters <c>good-share</c>, <c>fairly-good-share</c>: exact shares of the ranked
/// organizations, a fraction such as <c>1/3</c> or a decimal such as <c>0.2</c>, whose seat counts are rounded down and
/// computed in whole numbers; <c>poor-below</c>: the total below which the band is poor).</para>
/// <para>Ranking: <c>standard-competition</c> (1-2-2-4, the default) and <c>dense</c> (1-2-2-3), both with the optional
/// parameter <c>tie-breakers</c> (comma-separated component identifiers whose higher score breaks a tie, in order). Where
/// vetoed and downgraded organizations stand is the scheme's <see cref="PrecedencePolicy"/>; the former parameter
/// <c>vetoed-last</c> is refused with <see cref="AssessmentErrorCodes.PrecedencePolicy"/>.</para>
/// <para>Parameters are dated (<see cref="StrategyParameter.EffectiveFrom"/>); they are checked on the date the scheme
/// applies from and on every later date a parameter changes. Thread-safe.</para>
/// </remarks>
public static class AssessmentStrategies
{
    /// <summary>The name of the threshold banding strategy.</summary>
    public const string Thresholds = ThresholdsBanding.StrategyName;

    /// <summary>The name of the quota banding strategy.</summary>
    public const string Quota = QuotaBanding.StrategyName;

    /// <summary>The name of standard competition ranking (1-2-2-4).</summary>
    public const string StandardCompetition = StandardCompetitionRanking.StrategyName;

    /// <summary>The name of dense ranking (1-2-2-3).</summary>
    public const string Dense = DenseRanking.StrategyName;

    /// <summary>Gets the names of the banding strategies, in ordinal order.</summary>
    public static ImmutableArray<string> BandingNames { get; } = [Quota, Thresholds];

    /// <summary>Gets the names of the ranking strategies, in ordinal order.</summary>
    public static ImmutableArray<string> RankingNames { get; } = [Dense, StandardCompetition];

    internal static IBandingStrategy? CreateBanding(StrategyChoice choice, ImmutableSortedDictionary<string, string> set, ICollection<StrategyProblem> problems) =>
        choice.Name switch
        {
            Thresholds => ThresholdsBanding.Create(set, problems),
            Quota => QuotaBanding.Create(set, problems),
            _ => null,
        };

    internal static IRankingStrategy? CreateRanking(StrategyChoice choice, ImmutableSortedDictionary<string, string> set, ICollection<StrategyProblem> problems) =>
        choice.Name switch
        {
            StandardCompetition => StandardCompetitionRanking.Create(set, problems),
            Dense => DenseRanking.Create(set, problems),
            _ => null,
        };

    /// <summary>Creates the banding strategy in force on a date from a validated scheme.</summary>
    internal static IBandingStrategy Banding(AssessmentScheme scheme, LocalDate asOf)
    {
        var problems = new List<StrategyProblem>();
        return CreateBanding(scheme.Banding, scheme.Banding.AsOf(asOf), problems)
            ?? throw new InvalidOperationException($"The banding strategy '{scheme.Banding.Name}' could not be created; validate the scheme first.");
    }

    /// <summary>Creates the ranking strategy in force on a date from a validated scheme.</summary>
    internal static IRankingStrategy Ranking(AssessmentScheme scheme, LocalDate asOf)
    {
        var problems = new List<StrategyProblem>();
        return CreateRanking(scheme.Ranking, scheme.Ranking.AsOf(asOf), problems)
            ?? throw new InvalidOperationException($"The ranking strategy '{scheme.Ranking.Name}' could not be created; validate the scheme first.");
    }

    /// <summary>Checks a strategy choice on every date its parameters change; reports problems with their paths.</summary>
    internal static IEnumerable<ValidationProblem> Check(
        StrategyChoice? choice,
        string path,
        bool banding,
        AssessmentScheme scheme)
    {
        if (choice is null)
        {
            yield return new ValidationProblem(path, CommonErrorCodes.Required, $"'{path}' is required.", null);
            yield break;
        }

        var names = banding ? BandingNames : RankingNames;
        if (!names.Contains(choice.Name, StringComparer.Ordinal))
        {
            yield return new ValidationProblem(
                path + ".Name", AssessmentErrorCodes.StrategyUnknown, $"Unknown strategy '{choice.Name}'; known: {string.Join(", ", names)}.", choice.Name);
            yield break;
        }

        var seen = new HashSet<(string, LocalDate)>();
        for (var i = 0; i < choice.Parameters.Length; i++)
        {
            var p = choice.Parameters[i];
            if (!seen.Add((p.Name, p.EffectiveFrom)))
            {
                yield return new ValidationProblem(
                    $"{path}.Parameters[{i}]", AssessmentErrorCodes.ParameterDateDuplicate, $"The parameter '{p.Name}' has two values from {p.EffectiveFrom:uuuu-MM-dd}.", p.Value);
            }
        }

        var dates = choice.Parameters.Select(p => p.EffectiveFrom).Where(d => d > scheme.EffectiveFrom).Append(scheme.EffectiveFrom).Distinct().Order();
        var reported = new HashSet<(string, string, string?)>();
        foreach (var date in dates)
        {
            var problems = new List<StrategyProblem>();
            var set = choice.AsOf(date);
            if (banding)
            {
                CreateBanding(choice, set, problems);
            }
            else if (CreateRanking(choice, set, problems) is { } ranking)
            {
                foreach (var id in ranking.TieBreakers.Where(id => !scheme.Components.Any(c => c.Id == id)))
                {
                    problems.Add(new("tie-breakers", AssessmentErrorCodes.StrategyParameterInvalid, $"The tie-breaker '{id}' is not a component of the scheme.", id.Value));
                }
            }

            foreach (var problem in problems.Where(p => reported.Add((p.Parameter, p.ErrorCode, p.Value))))
            {
                yield return new ValidationProblem(
                    $"{path}.Parameters[{problem.Parameter}]",
                    problem.ErrorCode,
                    string.Create(CultureInfo.InvariantCulture, $"{problem.Message} (in force on {date:uuuu-MM-dd})"),
                    problem.Value);
            }
        }
    }
}
