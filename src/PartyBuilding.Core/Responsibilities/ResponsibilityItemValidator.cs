using FluentValidation;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>Checks a <see cref="ResponsibilityItem"/>: identifier set, level defined, content and a well-formed due rule present.</summary>
internal sealed class ResponsibilityItemValidator : AbstractValidator<ResponsibilityItem>
{
    /// <summary>Initializes the validator.</summary>
    /// <param name="year">The list's year, for <see cref="DueRuleValidator"/>; <see langword="null"/> to skip the year check.</param>
    public ResponsibilityItemValidator(AssessmentYear? year = null)
    {
        RuleFor(i => i.Id).MustBeSetId();
        RuleFor(i => i.Level).MustBeDefined();
        RuleFor(i => i.Content).NotNull().WithErrorCode(CommonErrorCodes.Required);
        RuleFor(i => i.Due).NotNull().WithErrorCode(CommonErrorCodes.Required).SetValidator(new DueRuleValidator(year));
        RuleFor(i => i.DefinitionId!.Value).MustBeSetId().When(i => i.DefinitionId is not null).OverridePropertyName(nameof(ResponsibilityItem.DefinitionId));
    }
}
