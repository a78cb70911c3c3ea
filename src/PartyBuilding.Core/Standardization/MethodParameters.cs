using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>Shared checks of method parameters.</summary>
internal static class MethodParameters
{
    public static IEnumerable<ParameterProblem> Unknown(ImmutableSortedDictionary<string, decimal> parameters, params string[] allowed) =>
        parameters.Keys
            .Where(k => !allowed.Contains(k, StringComparer.Ordinal))
            .Select(k => new ParameterProblem(
                k,
                StandardizationErrorCodes.ParameterUnknown,
                allowed.Length == 0 ? $"The method takes no parameters; '{k}' is not one." : $"'{k}' is not a parameter of the method; it takes {string.Join(", ", allowed)}."));

    public static ParameterProblem? Missing(ImmutableSortedDictionary<string, decimal> parameters, string name) =>
        parameters.ContainsKey(name) ? null : new ParameterProblem(name, StandardizationErrorCodes.ParameterMissing, $"The method needs the parameter '{name}'.");

    public static ParameterProblem Invalid(string name, string message) => new(name, StandardizationErrorCodes.ParameterInvalid, message);

    public static ParameterProblem MaxPoints(string message) => new(string.Empty, StandardizationErrorCodes.MaxPointsInvalid, message);

    public static decimal Get(ImmutableSortedDictionary<string, decimal> parameters, string name, decimal fallback) =>
        parameters.TryGetValue(name, out var value) ? value : fallback;

    public static void ThrowIfInvalid(ImmutableArray<ParameterProblem> problems, string method)
    {
        if (!problems.IsEmpty)
        {
            throw new ArgumentException($"The parameters of '{method}' are not valid: {string.Join("; ", problems.Select(p => p.Message))}", nameof(problems));
        }
    }

    /// <summary>Refuses to score with parameters or an observation the method does not accept (a caller that skipped validation).</summary>
    public static void ThrowIfInvalidInput(IIndicatorScoringMethod method, Score maxPoints, ImmutableSortedDictionary<string, decimal> parameters, decimal observed)
    {
        ThrowIfInvalid(method.ValidateParameters(maxPoints, parameters), method.Name);
        if (method.ValidateObservation(observed) is { } problem)
        {
            throw new ArgumentException(problem, nameof(observed));
        }
    }

    /// <summary>The check of methods that observe a count of occurrences: a whole number from 0.</summary>
    public static string? OccurrenceProblem(decimal observed) =>
        IsWholeNonNegative(observed) ? null : "Occurrences are observed as a whole number from 0.";

    public static bool IsWholeNonNegative(decimal value) => value >= 0m && decimal.Truncate(value) == value;

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static ImmutableSortedDictionary<string, string> ToText(ImmutableSortedDictionary<string, decimal> parameters, Score maxPoints) =>
        parameters
            .Select(p => KeyValuePair.Create(p.Key, Format(p.Value)))
            .Append(KeyValuePair.Create("max-points", Format(maxPoints.Value)))
            .ToImmutableSortedDictionary(StringComparer.Ordinal);
}
