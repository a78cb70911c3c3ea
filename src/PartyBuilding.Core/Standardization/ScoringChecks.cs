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

    /// <summary>The check of methods that observe a count of occurrences: a whole number from 0.</summary>
    public static string? OccurrenceProblem(decimal observed) =>
        observed >= 0m && decimal.Truncate(observed) == observed ? null : "Occurrences are observed as a whole number from 0.";

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
