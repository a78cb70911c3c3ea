using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Strategies;

/// <summary>
/// Reads the parameters of one <see cref="StrategySpec"/> for its strategy's factory (策略参数读取): each typed read either
/// returns the value given, the default when the parameter is left out, or records a problem and returns a placeholder,
/// so a factory reads every parameter and every problem is reported at once.
/// </summary>
/// <remarks>
/// <para>Codes: a required parameter left out is <see cref="CommonErrorCodes.StrategyParameterMissing"/>; a value that
/// does not parse or is out of range <see cref="CommonErrorCodes.StrategyParameterInvalid"/>; a parameter the factory
/// never read <see cref="CommonErrorCodes.StrategyParameterUnknown"/> (checked by the registry after the factory ran).
/// Paths are <c>Parameters.&lt;name&gt;</c> under the specification.</para>
/// <para><see cref="InForce"/> holds every parameter the strategy uses, given or default, so an explanation can name
/// each of them (a default that decided an outcome is never invisible). Not thread-safe; one instance serves one
/// factory call.</para>
/// </remarks>
public sealed class StrategyParameters
{
    private readonly StrategySpec _spec;
    private readonly ProblemCollector _problems;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _defaults = new(StringComparer.Ordinal);

    internal StrategyParameters(StrategySpec spec, ProblemCollector problems)
    {
        _spec = spec;
        _problems = problems;
    }

    /// <summary>Gets the name of the strategy being created.</summary>
    public string StrategyName => _spec.Name;

    /// <summary>Gets every parameter in force: those given, as written, and the defaults of those left out, by name.</summary>
    public ValueDictionary<string> InForce => ValueDictionary.CreateRange(_spec.Parameters.Where(p => _read.Contains(p.Key)).Concat(_defaults));

    /// <summary>Gets whether a parameter was left out, so that its default is in force.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns><see langword="true"/> when its default applies.</returns>
    public bool IsDefault(string name) => _defaults.ContainsKey(name);

    /// <summary>
    /// Gets whether the specification gives a parameter, without reading it: for a strategy that takes one of several
    /// alternative parameters (the trimmed mean's <c>count</c> or <c>share</c>), so that only the one given is read and in force.
    /// </summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns><see langword="true"/> when the specification gives it.</returns>
    public bool IsGiven(string name) => _spec.Parameters.ContainsKey(name);

    /// <summary>Reads a decimal number (<c>0.8</c>, <c>-2</c>), optionally within bounds.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="fallback">The default when left out; <see langword="null"/> when the parameter is required.</param>
    /// <param name="min">The smallest value allowed.</param>
    /// <param name="max">The largest value allowed.</param>
    /// <returns>The value, or 0 after a problem.</returns>
    public decimal Number(string name, decimal? fallback = null, decimal min = decimal.MinValue, decimal max = decimal.MaxValue)
    {
        if (!TryGet(name, fallback?.ToString(CultureInfo.InvariantCulture), out var text))
        {
            return fallback ?? 0m;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Invalid(name, "a decimal number such as 0.8", text);
            return 0m;
        }

        if (value < min || value > max)
        {
            Invalid(name, Bounds(min, max), text);
        }

        return value;
    }

    /// <summary>Reads a whole number, optionally within bounds.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="fallback">The default when left out; <see langword="null"/> when the parameter is required.</param>
    /// <param name="min">The smallest value allowed.</param>
    /// <param name="max">The largest value allowed.</param>
    /// <returns>The value, or 0 after a problem.</returns>
    public int WholeNumber(string name, int? fallback = null, int min = int.MinValue, int max = int.MaxValue)
    {
        if (!TryGet(name, fallback?.ToString(CultureInfo.InvariantCulture), out var text))
        {
            return fallback ?? 0;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Invalid(name, "a whole number", text);
            return 0;
        }

        if (value < min || value > max)
        {
            Invalid(name, Bounds(min, max), text);
        }

        return value;
    }

    /// <summary>Reads an exact share from 0 to 1, written as a fraction (<c>2/3</c>) or a decimal (<c>0.8</c>).</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="fallback">The default when left out; <see langword="null"/> when the parameter is required.</param>
    /// <returns>The share, or 0 after a problem.</returns>
    public Share Share(string name, Share? fallback = null)
    {
        if (!TryGet(name, fallback?.ToString(), out var text))
        {
            return fallback ?? Common.Share.Zero;
        }

        if (!Common.Share.TryParse(text, out var share))
        {
            Invalid(name, "a share from 0 to 1 such as 2/3 or 0.8", text);
        }

        return share;
    }

    /// <summary>Reads <c>true</c> or <c>false</c> (lower case, as JSON writes them).</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="fallback">The default when left out; <see langword="null"/> when the parameter is required.</param>
    /// <returns>The value, or <see langword="false"/> after a problem.</returns>
    public bool Boolean(string name, bool? fallback = null)
    {
        if (!TryGet(name, fallback is { } f ? (f ? "true" : "false") : null, out var text))
        {
            return fallback ?? false;
        }

        switch (text)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                Invalid(name, "true or false", text);
                return false;
        }
    }

    /// <summary>Reads one of a fixed set of names (kebab-case, exact).</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="fallback">The default when left out; <see langword="null"/> when the parameter is required.</param>
    /// <param name="allowed">The names allowed.</param>
    /// <returns>The name, or the first allowed name after a problem.</returns>
    public string OneOf(string name, string? fallback, params ReadOnlySpan<string> allowed)
    {
        if (!TryGet(name, fallback, out var text))
        {
            return fallback ?? (allowed.Length > 0 ? allowed[0] : string.Empty);
        }

        if (!allowed.Contains(text))
        {
            Invalid(name, "one of: " + string.Join(", ", allowed.ToArray()), text);
            return fallback ?? (allowed.Length > 0 ? allowed[0] : string.Empty);
        }

        return text;
    }

    /// <summary>Reads a list of names separated by commas (<c>a, b</c>); spaces around names are ignored, and an empty value is the empty list.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The names in order; empty when left out.</returns>
    public ImmutableArray<string> List(string name)
    {
        if (!TryGet(name, string.Empty, out var text))
        {
            return [];
        }

        var items = text.Split(',', StringSplitOptions.TrimEntries);
        if (items.Length == 1 && items[0].Length == 0)
        {
            return [];
        }

        if (items.Any(i => i.Length == 0))
        {
            Invalid(name, "names separated by commas, none empty", text);
            return [];
        }

        return [.. items];
    }

    /// <summary>Records a problem with a parameter that breaks a rule between parameters (e.g. thresholds that must descend).</summary>
    /// <param name="name">The parameter's name (empty for the parameters as a whole).</param>
    /// <param name="errorCode">The code: <see cref="CommonErrorCodes.StrategyParameterInvalid"/> or the area's own.</param>
    /// <param name="message">What is wrong and what is expected.</param>
    public void Fail(string name, string errorCode, string message)
    {
        ArgumentNullException.ThrowIfNull(name);
        _problems.Add(name, errorCode, $"Strategy '{StrategyName}': {message}", _spec.Parameters.TryGetValue(name, out var v) ? v : null);
    }

    /// <summary>Reports every parameter the factory did not read; called by the registry after the factory.</summary>
    internal void RejectUnread()
    {
        foreach (var (name, value) in _spec.Parameters)
        {
            if (!_read.Contains(name))
            {
                var known = _read.Count == 0 ? "it takes no parameters" : "it takes: " + string.Join(", ", _read.Order(StringComparer.Ordinal));
                _problems.Add(name, CommonErrorCodes.StrategyParameterUnknown, $"Strategy '{StrategyName}' has no parameter '{name}'; {known}.", value);
            }
        }
    }

    private bool TryGet(string name, string? fallbackText, out string text)
    {
        Guard.NotBlank(name);
        _read.Add(name);
        if (_spec.Parameters.TryGetValue(name, out var given))
        {
            text = given;
            return true;
        }

        text = string.Empty;
        if (fallbackText is null)
        {
            _problems.Add(name, CommonErrorCodes.StrategyParameterMissing, $"Strategy '{StrategyName}' needs the parameter '{name}'.", null);
        }
        else
        {
            _defaults[name] = fallbackText;
        }

        return false;
    }

    private void Invalid(string name, string expected, string text) =>
        _problems.Add(name, CommonErrorCodes.StrategyParameterInvalid, $"Parameter '{name}' of strategy '{StrategyName}' must be {expected}.", text);

    private static string Bounds<T>(T min, T max)
        where T : IFormattable =>
        string.Create(CultureInfo.InvariantCulture, $"between {min} and {max}");
}
