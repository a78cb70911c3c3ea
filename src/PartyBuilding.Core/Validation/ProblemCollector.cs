namespace PartyBuilding.Core.Validation;

/// <summary>
/// Collects the problems of one check (校验问题收集器): validators, strategy parameter readers and engines add to it, and
/// it becomes one <see cref="ValidationReport"/> or one <see cref="PartyBuildingValidationException"/> listing every
/// problem. The one way the library gathers problems.
/// </summary>
/// <remarks>
/// <see cref="At"/> gives a view that prefixes a path (<c>Grading</c> + <c>Parameters.excellent-quota</c> →
/// <c>Grading.Parameters.excellent-quota</c>) and adds to the same list, so a nested check reports paths relative to
/// what it checks and the caller places them. The same problem (path, code, value) is kept once. Not thread-safe: one
/// collector belongs to one check.
/// </remarks>
public sealed class ProblemCollector
{
    private readonly List<ValidationProblem> _problems;
    private readonly HashSet<(string Path, string Code, string? Value)> _seen;
    private readonly string _prefix;

    /// <summary>Initializes an empty collector.</summary>
    public ProblemCollector()
        : this([], [], string.Empty)
    {
    }

    private ProblemCollector(List<ValidationProblem> problems, HashSet<(string, string, string?)> seen, string prefix)
    {
        _problems = problems;
        _seen = seen;
        _prefix = prefix;
    }

    /// <summary>Gets the number of problems collected (of every severity).</summary>
    public int Count => _problems.Count;

    /// <summary>Gets whether an error has been collected (warnings and information do not count).</summary>
    public bool HasErrors => _problems.Exists(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Gets a view that adds to the same problems with a path prefix.</summary>
    /// <param name="path">The path of the part being checked, relative to this collector's own prefix (e.g. <c>Grading</c>, <c>Items[3]</c>).</param>
    /// <returns>The view.</returns>
    public ProblemCollector At(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new(_problems, _seen, Join(_prefix, path));
    }

    /// <summary>Adds a problem at a path relative to this collector's prefix.</summary>
    /// <param name="path">The path, relative (empty for the part itself).</param>
    /// <param name="errorCode">The stable error code.</param>
    /// <param name="message">What is wrong and what is expected.</param>
    /// <param name="attemptedValue">The offending value as text, or <see langword="null"/>.</param>
    /// <param name="severity">The severity; an error by default.</param>
    public void Add(string path, string errorCode, string message, string? attemptedValue, ProblemSeverity severity = ProblemSeverity.Error)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(errorCode);
        ArgumentNullException.ThrowIfNull(message);
        var full = Join(_prefix, path);
        if (_seen.Add((full, errorCode, attemptedValue)))
        {
            _problems.Add(new ValidationProblem(full, errorCode, message, attemptedValue, severity));
        }
    }

    /// <summary>Adds problems found elsewhere, with their paths placed under this collector's prefix.</summary>
    /// <param name="problems">The problems, with paths relative to this collector.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    public void AddRange(IEnumerable<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var p in problems)
        {
            Add(p.Path, p.ErrorCode, p.Message, p.AttemptedValue, p.Severity);
        }
    }

    /// <summary>Gets the problems collected, in the order they were added.</summary>
    /// <returns>The report.</returns>
    public ValidationReport ToReport() => new([.. _problems]);

    /// <summary>Throws when an error has been collected.</summary>
    /// <param name="subject">What was checked, for the message (e.g. <c>double-review scheme</c>).</param>
    /// <exception cref="PartyBuildingValidationException">An error was collected; it lists every problem.</exception>
    public void ThrowIfErrors(string subject)
    {
        if (HasErrors)
        {
            throw new PartyBuildingValidationException(subject, [.. _problems]);
        }
    }

    private static string Join(string prefix, string path) =>
        prefix.Length == 0 ? path
        : path.Length == 0 ? prefix
        : path[0] == '[' ? prefix + path
        : prefix + "." + path;
}
