using FluentValidation;
using FluentValidation.Results;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// Checks a <see cref="ContactPoint"/> in itself: the member, organization and branch set, the date chosen and every task's date inside the
/// year, each task well formed (a required count from 1 to 366, an <see cref="ContactTaskKind.Other"/> task named) and listed once
/// (<see cref="ResponsibilityCitations.ContactBranches"/>). The structure is checked by <see cref="ResponsibilityAssessmentEngine.CheckAgainst"/>.
/// </summary>
internal sealed class ContactPointValidator : AbstractValidator<ContactPoint>
{
    /// <summary>Initializes the validator.</summary>
    public ContactPointValidator()
    {
        RuleFor(c => c.Member).NotNull().WithErrorCode(CommonErrorCodes.Required).SetValidator(new DutyHolderValidator());
        RuleFor(c => c.Organization).MustBeSetId();
        RuleFor(c => c.Branch).MustBeSetId();
        RuleFor(c => c.ChosenOn).Must((c, d) => d is null || c.Year.Contains(d.Value))
            .WithErrorCode(ResponsibilitiesErrorCodes.ContactDateOutsideYear).WithMessage("The branch is chosen within the record's year.");
        RuleForEach(c => c.Tasks).NotNull().WithErrorCode(CommonErrorCodes.Required).ChildRules(t =>
        {
            t.RuleFor(x => x.Kind).MustBeDefined();
            t.RuleFor(x => x.RequiredCount).InclusiveBetween(1, 366)
                .WithErrorCode(ResponsibilitiesErrorCodes.ContactTaskShape).WithMessage("A task is required from 1 to 366 times a year.");
            t.RuleFor(x => x.Name).NotNull().When(x => x.Kind == ContactTaskKind.Other)
                .WithErrorCode(ResponsibilitiesErrorCodes.ContactTaskShape)
                .WithMessage("Name a task of kind Other: the article names only three of the six tasks (research, a heart-to-heart talk, a party lesson).");
        });
        RuleForEach(c => c.Tasks).Must((c, t) => t is null || t.Dates.All(c.Year.Contains))
            .WithErrorCode(ResponsibilitiesErrorCodes.ContactDateOutsideYear).WithMessage("A task's dates lie within the record's year.");
        RuleFor(c => c.Tasks).Custom((tasks, context) =>
        {
            var seen = new HashSet<(ContactTaskKind, string?)>();
            for (var i = 0; i < tasks.Length; i++)
            {
                if (tasks[i] is { } task && !seen.Add(Key(task)))
                {
                    context.AddFailure(new ValidationFailure($"{context.PropertyPath}[{i}].Kind", "The task is listed twice: give one entry with all its dates.", task.Kind.ToString())
                    {
                        ErrorCode = ResponsibilitiesErrorCodes.ContactTaskTwice,
                    });
                }
            }
        });
    }

    /// <summary>What makes two tasks the same: the kind, and for an Other task its name.</summary>
    private static (ContactTaskKind, string?) Key(ContactTask task) => (task.Kind, task.Kind == ContactTaskKind.Other ? task.Name?.ZhCn : null);
}

/// <summary>Checks a <see cref="DutyHolder"/> in itself: a member identifier and a name.</summary>
internal sealed class DutyHolderValidator : AbstractValidator<DutyHolder>
{
    /// <summary>Initializes the validator.</summary>
    public DutyHolderValidator()
    {
        RuleFor(h => h.Member).MustBeSetId();
        RuleFor(h => h.Name).NotEmpty().WithErrorCode(CommonErrorCodes.Required).WithMessage("Give the person's name as the organization structure records it.");
    }
}
