namespace PartyBuilding.Core.Assessment;

/// <summary>A problem a strategy found in its parameters: the parameter, the error code, a message and the value.</summary>
internal sealed record StrategyProblem(string Parameter, string ErrorCode, string Message, string? Value);

/// <summary>Reads strategy parameters from their invariant text.</summary>
internal static class StrategyParameters
{
    public static decimal? Decimal(ImmutableSortedDictionary<string, string> set, string name, ICollection<StrategyProblem> problems, bool required = true)
    {
        if (!set.TryGetValue(name, out var text))
        {
            if (required)
            {
                problems.Add(new(name, AssessmentErrorCodes.StrategyParameterMissing, $"The parameter '{name}' is required.", null));
            }

            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(new(name, AssessmentErrorCodes.StrategyParameterInvalid, $"The parameter '{name}' must be a decimal number.", text));
        return null;
    }

    public static Common.Share? Share(ImmutableSortedDictionary<string, string> set, string name, ICollection<StrategyProblem> problems)
    {
        if (!set.TryGetValue(name, out var text))
        {
            problems.Add(new(name, AssessmentErrorCodes.StrategyParameterMissing, $"The parameter '{name}' is required.", null));
            return null;
        }

        if (Common.Share.TryParse(text, out var share))
        {
            return share;
        }

        problems.Add(new(name, AssessmentErrorCodes.StrategyParameterInvalid, $"The parameter '{name}' must be a share from 0 to 1: a fraction such as 1/3 or a decimal such as 0.2.", text));
        return null;
    }

    public static bool? Boolean(ImmutableSortedDictionary<string, string> set, string name, bool fallback, ICollection<StrategyProblem> problems)
    {
        if (!set.TryGetValue(name, out var text))
        {
            return fallback;
        }

        switch (text)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                problems.Add(new(name, AssessmentErrorCodes.StrategyParameterInvalid, $"The parameter '{name}' must be 'true' or 'false'.", text));
                return null;
        }
    }

    public static void RejectUnknown(ImmutableSortedDictionary<string, string> set, ImmutableArray<string> known, ICollection<StrategyProblem> problems)
    {
        foreach (var name in set.Keys.Where(k => !known.Contains(k, StringComparer.Ordinal)))
        {
            problems.Add(new(name, AssessmentErrorCodes.StrategyParameterUnknown, $"Unknown parameter '{name}'; this strategy takes {string.Join(", ", known)}.", set[name]));
        }
    }
}
