using PartyBuilding.Core.Common;

using FluentValidation;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// Checks an <see cref="AccountabilityChain"/> read from a document: its steps go 明责 → 定责 → 督责 → 述责 → 评责 → 问责 one at a time from
/// the first, and no step is dated before the previous one (<see cref="ResponsibilityCitations.AccountabilityChain"/>).
/// </summary>
internal sealed class AccountabilityChainValidator : AbstractValidator<AccountabilityChain>
{
    /// <summary>Initializes the validator.</summary>
    public AccountabilityChainValidator()
    {
        RuleFor(c => c.ListId).MustBeSetId();
        RuleFor(c => c.ItemId).MustBeSetId();
        RuleFor(c => c.Steps).Custom((steps, context) =>
        {
            AccountabilityStage? previous = null;
            LocalDate? previousDate = null;
            for (var i = 0; i < steps.Length; i++)
            {
                var step = steps[i];
                if (step is null)
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure($"{context.PropertyPath}[{i}]", "A step is missing.") { ErrorCode = CommonErrorCodes.Required });
                    return;
                }

                var expected = AccountabilityChain.NextAfter(previous);
                if (step.Stage != expected)
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure(
                        $"{context.PropertyPath}[{i}].Stage",
                        $"After {(previous is null ? "the start" : "'" + previous + "'")} the chain can only move to {(expected is null ? "nothing (it is complete)" : "'" + expected + "'")}.",
                        step.Stage.ToString()) { ErrorCode = ResponsibilitiesErrorCodes.ChainOrder });
                    return;
                }

                if (previousDate is { } before && step.Date < before)
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure(
                        $"{context.PropertyPath}[{i}].Date",
                        "A stage cannot be reached before the previous one.",
                        step.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)) { ErrorCode = ResponsibilitiesErrorCodes.ChainDate });
                }

                previous = step.Stage;
                previousDate = step.Date;
            }
        });
    }
}
