using PartyBuilding.Core.Common;

using FluentValidation;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>Checks a <see cref="ResponsibilityScheme"/>: code and committee set, responsibilities unique and well formed.</summary>
/// <remarks>Behind <see cref="ResponsibilityAssessmentEngine.ValidateScheme"/>, which also creates the scoring strategy (checking its parameters).</remarks>
internal sealed class ResponsibilitySchemeValidator : AbstractValidator<ResponsibilityScheme>
{
    /// <summary>Initializes the validator.</summary>
    public ResponsibilitySchemeValidator()
    {
        RuleFor(s => s.Code).NotEmpty().WithErrorCode(ResponsibilitiesErrorCodes.SchemeCodeBlank).WithMessage("The scheme needs a code.");
        RuleFor(s => s.Title).NotNull().WithErrorCode(CommonErrorCodes.Required);
        RuleFor(s => s.Committee).MustBeSetId();
        RuleFor(s => s.Responsibilities).MustHaveUniqueKeys(r => r.Id);
        RuleForEach(s => s.Responsibilities).NotNull().WithErrorCode(CommonErrorCodes.Required).ChildRules(r =>
        {
            r.RuleFor(x => x.Id).MustBeSetId();
            r.RuleFor(x => x.Level).MustBeDefined();
            r.RuleFor(x => x.Content).NotNull().WithErrorCode(CommonErrorCodes.Required);
        });
    }
}
