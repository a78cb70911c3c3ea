using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Standardization;

/// <summary>Checks the built-in scoring methods and tier rules share.</summary>
internal static class ScoringChecks
{
    /// <summary>Reads a required number that must be above 0.</summary>
    public static decimal Positive(StrategyParameters parameters, string name)
    {
        var value = parameters.Number(name);
        // A value that does not parse was reported already; the collector keeps the same problem (path, code, value) once.
        if (value <= 0m && parameters.IsGiven(name))
        {
            parameters.Fail(name, CommonErrorCodes.StrategyParameterInvalid, $"'{name}' must be above 0.");
        }

        return value;
    }

    /// <summary>
    /// The largest number of points one occurrence can be worth, 10,000 (the library's own bound, far above any scheme's
    /// hundred-point scale): with <see cref="MaxOccurrences"/> it keeps occurrences × points within a decimal.
    /// </summary>
    public const decimal MaxPointsPerOccurrence = 10_000m;

    /// <summary>
    /// The largest number of occurrences observed for one indicator, 1,000,000 (the library's own bound, far above a
    /// branch's year): an observation beyond it is a problem, never an overflow while scoring.
    /// </summary>
    public const decimal MaxOccurrences = 1_000_000m;

    /// <summary>Reads a per-occurrence points parameter: above 0 and at most <see cref="MaxPointsPerOccurrence"/>.</summary>
    public static decimal PerOccurrence(StrategyParameters parameters, string name)
    {
        var value = Positive(parameters, name);
        if (value > MaxPointsPerOccurrence)
        {
            parameters.Fail(name, CommonErrorCodes.StrategyParameterInvalid, $"'{name}' must be at most {MaxPointsPerOccurrence:0}.");
        }

        return value;
    }

    /// <summary>The check of methods that observe a count of occurrences: a whole number from 0 to <see cref="MaxOccurrences"/>.</summary>
    public static string? OccurrenceProblem(decimal observed) =>
        observed >= 0m && observed <= MaxOccurrences && decimal.Truncate(observed) == observed
            ? null
            : "Occurrences are observed as a whole number from 0 to 1,000,000.";

    /// <summary>Refuses to score with maximum points or an observation the method does not accept (a caller that skipped validation).</summary>
    public static void ThrowIfInvalid(IIndicatorScoringMethod method, Score maxPoints, decimal observed)
    {
        if (method.CheckMaxPoints(maxPoints) is { } points)
        {
            throw new ArgumentException(points, nameof(maxPoints));
        }

        if (method.CheckObservation(observed) is { } problem)
        {
            throw new ArgumentException(problem, nameof(observed));
        }
    }
}
