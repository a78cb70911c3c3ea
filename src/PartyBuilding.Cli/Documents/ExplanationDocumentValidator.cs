using FluentValidation;
using FluentValidation.Results;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Documents;

/// <summary>
/// Checks an explanation document with the library's own check, <see cref="Explanation.Verify"/>: every sum node
/// equals the exact sum of its children. The library has no validator for explanations; this one only calls
/// <see cref="Explanation.Verify"/>, so the tool holds no rule of its own.
/// </summary>
internal sealed class ExplanationDocumentValidator : AbstractValidator<Explanation>
{
    /// <summary>The error code of a sum node that does not add up.</summary>
    public const string SumMismatch = "CLI.EXPLANATION_SUM";

    public ExplanationDocumentValidator()
    {
        RuleFor(x => x).Custom((explanation, context) =>
        {
            foreach (var problem in explanation.Verify())
            {
                context.AddFailure(new ValidationFailure(string.Empty, problem, explanation.Value) { ErrorCode = SumMismatch });
            }
        });
    }
}
