using FluentValidation;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// Checks a <see cref="ResponsibilityList"/>: identifiers set and unique, due rules well formed and inside the year, a target agreement
/// signed (<see cref="ResponsibilityCitations.TargetAgreement"/>), and a four-level list covering all four levels
/// (<see cref="ResponsibilityCitations.FourLevelLists"/>).
/// </summary>
internal sealed class ResponsibilityListValidator : AbstractValidator<ResponsibilityList>
{
    /// <summary>Initializes the validator.</summary>
    public ResponsibilityListValidator()
    {
        RuleFor(l => l.Id).MustBeSetId();
        RuleFor(l => l.Owner).MustBeSetId();
        RuleFor(l => l.Kind).MustBeDefined();
        RuleFor(l => l.Title).NotNull().WithErrorCode(CommonErrorCodes.Required);
        RuleFor(l => l.Items).MustHaveUniqueKeys(i => i.Id);
        RuleForEach(l => l.Items).NotNull().WithErrorCode(CommonErrorCodes.Required)
            .SetValidator(l => new ResponsibilityItemValidator(l.Year));
        RuleFor(l => l.SignedOn).NotNull().When(l => l.Kind == ResponsibilityListKind.TargetAgreement)
            .WithErrorCode(ResponsibilitiesErrorCodes.AgreementUnsigned)
            .WithMessage("A target-responsibility agreement is signed at the start of the year: give its signing date.");
        RuleFor(l => l.SignedOn).Must((l, d) => d is null || d <= l.Year.LastDay)
            .WithErrorCode(ResponsibilitiesErrorCodes.AgreementSignedLate)
            .WithMessage("The agreement is signed after its year ended.");
        RuleFor(l => l.Holder).SetValidator(new DutyHolderValidator()!).When(l => l.Holder is not null);
        RuleFor(l => l.Items)
            .Must(items => Enum.GetValues<ResponsibilityLevel>().All(level => items.Any(i => i?.Level == level)))
            .When(l => l.Kind == ResponsibilityListKind.FourLevel)
            .WithErrorCode(ResponsibilitiesErrorCodes.FourLevelIncomplete)
            .WithMessage("A four-level list has items at all four levels: principal, assisting, guiding and supervising, implementing.");
    }
}
