using PartyBuilding.Core.Common;

using FluentValidation;
using FluentValidation.Results;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>Checks a <see cref="ScoringConfiguration"/>: a registered strategy, known parameters, each in range.</summary>
public sealed class ScoringConfigurationValidator : AbstractValidator<ScoringConfiguration>
{
    /// <summary>Initializes the validator.</summary>
    public ScoringConfigurationValidator() =>
        RuleFor(c => c.Strategy).Custom((_, context) =>
        {
            var prefix = context.PropertyPath[..^nameof(ScoringConfiguration.Strategy).Length];
            foreach (var (path, code, message, value) in ResponsibilityScoringStrategies.Problems(context.InstanceToValidate))
            {
                context.AddFailure(new ValidationFailure(prefix + path, message, value) { ErrorCode = code });
            }
        });
}
