using FluentValidation;
using FluentValidation.Results;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Cli.Documents;

/// <summary>
/// Checks a document whose area validator needs a second document (a data set checked against its scheme or
/// catalogue): reading the document already checks its structure (required properties, types, identifiers, unknown
/// properties); this validator runs the parts of the area's rules that need nothing else (the constructor's <c>parts</c>) and
/// adds one information note (<see cref="StructureOnly"/>, which does not fail <c>validate</c>) saying which document the
/// full check needs. The engines run the full check whenever they evaluate the data set.
/// </summary>
/// <typeparam name="T">The content type.</typeparam>
internal sealed class StructureOnlyValidator<T> : AbstractValidator<T>
{
    /// <summary>The code of the note that only the structure was checked.</summary>
    public const string StructureOnly = "CLI.STRUCTURE_ONLY";

    /// <summary>Adds the problems of another validator's report (whose paths already name the part, e.g. <c>roster.branches[3]</c>).</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="report">The report.</param>
    public static void AddAll(ValidationContext<T> context, ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        foreach (var problem in report.Problems)
        {
            context.AddFailure(new ValidationFailure(problem.Path, problem.Message, problem.AttemptedValue)
            {
                ErrorCode = problem.ErrorCode,
                Severity = problem.Severity switch
                {
                    ProblemSeverity.Warning => Severity.Warning,
                    ProblemSeverity.Info => Severity.Info,
                    _ => Severity.Error,
                },
            });
        }
    }

    /// <summary>Creates the validator.</summary>
    /// <param name="needs">What the full check needs, e.g. <c>its member-points-scheme</c>.</param>
    /// <param name="parts">Rules that need no second document (e.g. the roster validator of a data set's roster).</param>
    public StructureOnlyValidator(string needs, Action<StructureOnlyValidator<T>>? parts = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(needs);
        parts?.Invoke(this);
        RuleFor(x => x).Custom((_, context) => context.AddFailure(new ValidationFailure(
            string.Empty,
            $"Structure checked only: the full check of this document needs {needs}; the engine runs it when it evaluates the document.")
        {
            ErrorCode = StructureOnly,
            Severity = Severity.Info,
        }));
    }
}
