using FluentValidation;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Standardization;

/// <summary>Validates a <see cref="TierScheme"/>: a known rule with valid parameters, a rise of at least one tier a year, and coverage targets with unique campaign years from 1, valid shares and tiers.</summary>
/// <remarks>Thread-safe once built.</remarks>
public sealed class TierSchemeValidator : AbstractValidator<TierScheme>
{
    /// <summary>Initializes a validator that knows the rules of a registry.</summary>
    /// <param name="registry">The tier rules; <see cref="TierRuleRegistry.Default"/> when <see langword="null"/>.</param>
    public TierSchemeValidator(TierRuleRegistry? registry = null)
    {
        var rules = registry ?? TierRuleRegistry.Default;
        RuleFor(s => s.MaxRisePerYear)
            .GreaterThanOrEqualTo(1)
            .WithErrorCode(StandardizationErrorCodes.MaxRiseInvalid)
            .WithMessage("A branch must be allowed to rise at least one tier a year.");
        RuleFor(s => s).Custom((scheme, context) =>
        {
            if (!rules.TryGet(scheme.Rule, out var rule))
            {
                ValidationFailures.Add(context, "Rule", StandardizationErrorCodes.UnknownMethod, $"'{scheme.Rule}' is not a tier rule; known: {string.Join(", ", rules.Names)}.", scheme.Rule);
            }
            else
            {
                foreach (var problem in rule.ValidateParameters(scheme.Parameters))
                {
                    var value = scheme.Parameters.TryGetValue(problem.Parameter, out var v) ? ValidationFailures.Text(v) : null;
                    ValidationFailures.Add(context, "Parameters." + problem.Parameter, problem.ErrorCode, problem.Message, value);
                }
            }

            var years = new HashSet<int>();
            for (var i = 0; i < scheme.CoverageTargets.Length; i++)
            {
                var target = scheme.CoverageTargets[i];
                var path = $"CoverageTargets[{i}]";
                if (target.CampaignYear < 1 || !years.Add(target.CampaignYear))
                {
                    ValidationFailures.Add(context, path + ".CampaignYear", StandardizationErrorCodes.CoverageTargetInvalid, "Campaign years start at 1 and appear once each.", target.CampaignYear);
                }

                if (!Enum.IsDefined(target.MinimumTier))
                {
                    ValidationFailures.Add(context, path + ".MinimumTier", CommonErrorCodes.UndefinedEnumValue, "Not a known tier.", target.MinimumTier);
                }
            }

            if (!scheme.CoverageTargets.IsEmpty && scheme.CampaignStart is null)
            {
                ValidationFailures.Add(context, "CampaignStart", StandardizationErrorCodes.CoverageTargetInvalid, "Coverage targets need the campaign's first year.", null);
            }
        });
    }
}
