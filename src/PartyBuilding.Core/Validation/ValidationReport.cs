using FluentValidation.Results;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Validation;

/// <summary>The outcome of validating one input: every problem found, never just the first.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ValidationReport
{
    /// <summary>Initializes a report.</summary>
    /// <param name="problems">The problems found.</param>
    public ValidationReport(ValueArray<ValidationProblem> problems) =>
        Problems = problems;

    /// <summary>Gets a report with no problems.</summary>
    public static ValidationReport Valid { get; } = new([]);

    /// <summary>Gets every problem found, in the order the rules found them.</summary>
    public ValueArray<ValidationProblem> Problems { get; }

    /// <summary>Gets a value indicating whether no problem of severity <see cref="ProblemSeverity.Error"/> was found.</summary>
    public bool IsValid => !Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Makes a report from a FluentValidation result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="pathPrefix">A prefix for every path, e.g. the document's <c>content</c>; empty for none.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static ValidationReport From(ValidationResult result, string pathPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(result);
        return new([.. result.Errors.Select(f => ToProblem(f, pathPrefix))]);
    }

    /// <summary>Combines reports, keeping every problem of each.</summary>
    /// <param name="reports">The reports.</param>
    /// <returns>One report with all their problems, in order.</returns>
    public static ValidationReport Combine(IEnumerable<ValidationReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return new([.. reports.SelectMany(r => r.Problems)]);
    }

    /// <summary>Throws when the report holds an error.</summary>
    /// <param name="subject">What was validated, for the message, e.g. <c>organization snapshot</c>.</param>
    /// <exception cref="PartyBuildingValidationException">The report is not valid.</exception>
    public void ThrowIfInvalid(string subject)
    {
        if (!IsValid)
        {
            throw new PartyBuildingValidationException(subject, Problems);
        }
    }

    private static ValidationProblem ToProblem(ValidationFailure failure, string prefix)
    {
        var path = prefix.Length == 0 ? failure.PropertyName
            : failure.PropertyName.Length == 0 ? prefix
            : prefix + "." + failure.PropertyName;
        var severity = failure.Severity switch
        {
            FluentValidation.Severity.Warning => ProblemSeverity.Warning,
            FluentValidation.Severity.Info => ProblemSeverity.Info,
            _ => ProblemSeverity.Error,
        };
        return new ValidationProblem(path, failure.ErrorCode ?? "VALIDATION", failure.ErrorMessage, FormatValue(failure.AttemptedValue), severity);
    }

    private static string? FormatValue(object? value) => value switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable => null,
        _ => value.ToString(),
    };
}
