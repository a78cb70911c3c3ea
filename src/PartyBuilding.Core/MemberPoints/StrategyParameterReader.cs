using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>Reads a strategy's text parameters, collecting a problem for each missing, unknown or malformed one.</summary>
internal sealed class StrategyParameterReader
{
    private readonly PointsStrategyChoice _choice;
    private readonly string _path;
    private readonly ImmutableArray<ValidationProblem>.Builder _problems;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _defaults = new(StringComparer.Ordinal);

    public StrategyParameterReader(PointsStrategyChoice choice, string path, ImmutableArray<ValidationProblem>.Builder problems)
    {
        _choice = choice;
        _path = path;
        _problems = problems;
    }

    public decimal Decimal(string name, decimal? fallback = null, decimal min = decimal.MinValue, decimal max = decimal.MaxValue)
    {
        _known.Add(name);
        if (!_choice.Parameters.TryGetValue(name, out var text))
        {
            if (fallback is { } value)
            {
                _defaults[name] = value.ToString(CultureInfo.InvariantCulture);
                return value;
            }

            Fail(name, $"Strategy '{_choice.Name}' needs the parameter '{name}'.", null);
            return 0m;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            Fail(name, $"Parameter '{name}' of '{_choice.Name}' must be a decimal number.", text);
            return 0m;
        }

        if (parsed < min || parsed > max)
        {
            Fail(name, string.Create(CultureInfo.InvariantCulture, $"Parameter '{name}' of '{_choice.Name}' must be between {min} and {max}."), text);
        }

        return parsed;
    }

    public bool Boolean(string name, bool fallback)
    {
        _known.Add(name);
        if (!_choice.Parameters.TryGetValue(name, out var text))
        {
            _defaults[name] = fallback ? "true" : "false";
            return fallback;
        }

        if (!bool.TryParse(text, out var parsed))
        {
            Fail(name, $"Parameter '{name}' of '{_choice.Name}' must be true or false.", text);
        }

        return parsed;
    }

    public string OneOf(string name, string fallback, params string[] allowed)
    {
        _known.Add(name);
        if (!_choice.Parameters.TryGetValue(name, out var text))
        {
            _defaults[name] = fallback;
            return fallback;
        }

        if (!allowed.Contains(text, StringComparer.Ordinal))
        {
            Fail(name, $"Parameter '{name}' of '{_choice.Name}' must be one of: {string.Join(", ", allowed)}.", text);
            return fallback;
        }

        return text;
    }

    public void Require(bool condition, string name, string message)
    {
        if (!condition)
        {
            Fail(name, message, _choice.Parameters.GetValueOrDefault(name));
        }
    }

    /// <summary>Gets whether a parameter was left out of the choice, so its default is in force.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns><see langword="true"/> when the default applies.</returns>
    public bool IsDefault(string name) => _defaults.ContainsKey(name);

    /// <summary>Gets every parameter in force: those given, as given, and the defaults of those left out (item 7 of issue 19).</summary>
    /// <returns>The parameters by name, in ordinal order.</returns>
    public ImmutableSortedDictionary<string, string> InForce() => _choice.Parameters.WithComparers(StringComparer.Ordinal).SetItems(_defaults);

    /// <summary>Reports every parameter the strategy does not read.</summary>
    public void RejectUnknown()
    {
        foreach (var name in _choice.Parameters.Keys)
        {
            if (!_known.Contains(name))
            {
                Fail(name, $"Strategy '{_choice.Name}' has no parameter '{name}'.", _choice.Parameters[name]);
            }
        }
    }

    private void Fail(string name, string message, string? value) =>
        _problems.Add(new ValidationProblem($"{_path}.Parameters.{name}", MemberPointsErrorCodes.StrategyParameter, message, value));
}
