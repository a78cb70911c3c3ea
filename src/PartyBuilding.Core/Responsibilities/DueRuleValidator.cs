using FluentValidation;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>Checks a <see cref="DueRule"/>: a once rule has a due date and no period; a recurring rule has a period and no dates.</summary>
internal sealed class DueRuleValidator : AbstractValidator<DueRule>
{
    /// <summary>Initializes the validator.</summary>
    /// <param name="year">The list's year: a once rule must fall due within it; <see langword="null"/> to skip that check.</param>
    public DueRuleValidator(AssessmentYear? year = null)
    {
        RuleFor(r => r.Kind).MustBeDefined();
        When(r => r.Kind == DueRuleKind.Once, () =>
        {
            RuleFor(r => r.DueOn).NotNull().WithErrorCode(ResponsibilitiesErrorCodes.OnceRuleShape)
                .WithMessage("A once rule needs a due date.");
            RuleFor(r => r.Period).Null().WithErrorCode(ResponsibilitiesErrorCodes.OnceRuleShape)
                .WithMessage("A once rule has no recurrence period.");
            RuleFor(r => r.OpensOn).Must((r, open) => open is null || r.DueOn is null || open <= r.DueOn)
                .WithErrorCode(ResponsibilitiesErrorCodes.OpensAfterDue).WithMessage("The duty opens after it is due.");
            if (year is { } y)
            {
                RuleFor(r => r.DueOn).Must(d => d is null || y.Contains(d.Value))
                    .WithErrorCode(ResponsibilitiesErrorCodes.DueOutsideYear)
                    .WithMessage(string.Create(CultureInfo.InvariantCulture, $"The due date must fall in the list's year {y}."));
            }
        });
        When(r => r.Kind == DueRuleKind.Recurring, () =>
        {
            RuleFor(r => r.Period).NotNull().WithErrorCode(ResponsibilitiesErrorCodes.RecurringRuleShape)
                .WithMessage("A recurring rule needs a period.");
            RuleFor(r => r.Period!.Value).MustBeDefined().When(r => r.Period is not null).OverridePropertyName(nameof(DueRule.Period));
            RuleFor(r => r.DueOn).Null().WithErrorCode(ResponsibilitiesErrorCodes.RecurringRuleShape)
                .WithMessage("A recurring rule has no due date; its periods set the deadlines.");
            RuleFor(r => r.OpensOn).Null().WithErrorCode(ResponsibilitiesErrorCodes.RecurringRuleShape)
                .WithMessage("A recurring rule has no opening date; its periods open the windows.");
            RuleFor(r => r.TimesPerPeriod).InclusiveBetween(1, 366).WithErrorCode(ResponsibilitiesErrorCodes.TimesPerPeriodRange)
                .WithMessage("A recurring rule needs 1 to 366 records per period.");
        });
    }
}
