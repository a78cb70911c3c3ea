using System.Text;

namespace PartyBuilding.Core.Validation;

/// <summary>
/// The one exception for bad input: it lists every problem found (path, error code, message, offending value),
/// never just the first. Nothing is computed or applied from input that raised it.
/// </summary>
/// <remarks>
/// Raised when a document fails to parse (malformed JSON, an unsupported schema version, input beyond the reader
/// limits) or fails validation. Programming errors use the <see cref="ArgumentException"/> family instead, and
/// illegal state changes <see cref="Common.InvalidTransitionException"/>.
/// </remarks>
public sealed class PartyBuildingValidationException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public PartyBuildingValidationException()
        : this("input", [])
    {
    }

    /// <summary>Initializes a new instance with a message and no listed problems.</summary>
    /// <param name="message">The message.</param>
    public PartyBuildingValidationException(string message)
        : base(message) => Problems = [];

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PartyBuildingValidationException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    /// <summary>Initializes a new instance listing problems.</summary>
    /// <param name="subject">What was validated, e.g. <c>organization snapshot</c>.</param>
    /// <param name="problems">The problems found.</param>
    /// <param name="innerException">The cause, if any.</param>
    public PartyBuildingValidationException(string subject, ImmutableArray<ValidationProblem> problems, Exception? innerException = null)
        : base(BuildMessage(subject, problems.IsDefault ? [] : problems), innerException) =>
        Problems = problems.IsDefault ? [] : problems;

    /// <summary>Gets every problem found.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    private static string BuildMessage(string subject, ImmutableArray<ValidationProblem> problems)
    {
        var errors = problems.Count(p => p.Severity == ProblemSeverity.Error);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"The {subject} is not valid: {errors} problem{(errors == 1 ? string.Empty : "s")}.");
        foreach (var problem in problems)
        {
            text.Append("\n  ").Append(problem);
        }

        return text.ToString();
    }
}
