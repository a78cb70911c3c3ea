using FluentValidation;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Validates an <see cref="AssessmentDataSet"/> on its own: organizations listed once with a district, inputs for
/// listed organizations only and once per component, scores on the scale 0..100, explanations that end in their
/// score and add up, non-negative points and a reason for every entry and flag.
/// </summary>
/// <remarks>Checks against a scheme are made by <see cref="AssessmentRequestValidator"/>. Thread-safe once constructed.</remarks>
public sealed class AssessmentDataSetValidator : AbstractValidator<AssessmentDataSet>
{
    /// <summary>Initializes the validator.</summary>
    public AssessmentDataSetValidator()
    {
        RuleFor(d => d.CommitteeId).MustBeSetId();
        RuleFor(d => d.Organizations).NotEmpty().WithErrorCode(AssessmentErrorCodes.OrganizationsEmpty)
            .WithMessage("The data set lists no organization.");
        RuleFor(d => d.Organizations).MustHaveUniqueKeys(o => o.Id);
        RuleForEach(d => d.Organizations).ChildRules(o =>
        {
            o.RuleFor(x => x.Id).MustBeSetId();
            o.RuleFor(x => x.District).MustBeSetId();
        });
        RuleFor(d => d).Custom((data, context) =>
        {
            var known = data.Organizations.Select(o => o.Id).ToHashSet();
            var seen = new HashSet<(OrganizationId, AssessmentComponentId)>();
            for (var i = 0; i < data.Inputs.Length; i++)
            {
                var input = data.Inputs[i];
                var path = $"Inputs[{i}]";
                if (!known.Contains(input.Organization))
                {
                    AssessmentSchemeValidator.Fail(context, path + ".Organization", AssessmentErrorCodes.OrganizationUnknown,
                        $"The organization '{input.Organization}' is not listed in the data set.", input.Organization.Value);
                }

                if (input.Component.IsEmpty)
                {
                    AssessmentSchemeValidator.Fail(context, path + ".Component", CommonErrorCodes.IdentifierEmpty, "The input needs a component.", null);
                }

                if (!seen.Add((input.Organization, input.Component)))
                {
                    AssessmentSchemeValidator.Fail(context, path, AssessmentErrorCodes.ComponentInputDuplicate,
                        $"'{input.Organization}' has two inputs for the component '{input.Component}'.", input.Component.Value);
                }

                if (input.Score is { } score && (score.Value < 0m || score.Value > AssessmentScheme.ComponentScaleMaximum))
                {
                    AssessmentSchemeValidator.Fail(context, path + ".Score", AssessmentErrorCodes.ScoreRange, "A component score must be on the scale 0..100.", score);
                }

                if (input.Explanation is { } explanation)
                {
                    if (input.Score is { } s && explanation.Value != s.Value)
                    {
                        AssessmentSchemeValidator.Fail(context, path + ".Explanation", AssessmentErrorCodes.ExplanationMismatch,
                            $"The explanation ends in {explanation.Value.ToString(CultureInfo.InvariantCulture)}, not in the score {s}.", explanation.Value);
                    }

                    foreach (var problem in explanation.Verify())
                    {
                        AssessmentSchemeValidator.Fail(context, path + ".Explanation", AssessmentErrorCodes.ExplanationMismatch, "The explanation does not add up: " + problem, null);
                    }
                }

                Entries(context, input.Bonuses, path + ".Bonuses");
                Entries(context, input.Deductions, path + ".Deductions");
                for (var j = 0; j < input.Vetoes.Length; j++)
                {
                    if (input.Vetoes[j].Reason is null)
                    {
                        AssessmentSchemeValidator.Fail(context, $"{path}.Vetoes[{j}].Reason", AssessmentErrorCodes.ReasonRequired, "A veto or downgrade flag needs its reason.", input.Vetoes[j].Rule.Value);
                    }
                }
            }
        });
    }

    private static void Entries(ValidationContext<AssessmentDataSet> context, ImmutableArray<FactorEntry> entries, string path)
    {
        for (var j = 0; j < entries.Length; j++)
        {
            if (entries[j].Points.Value < 0m)
            {
                AssessmentSchemeValidator.Fail(context, $"{path}[{j}].Points", AssessmentErrorCodes.FactorPointsNegative,
                    "Points are not negative; a deduction gives the points deducted.", entries[j].Points);
            }

            if (string.IsNullOrWhiteSpace(entries[j].Reason))
            {
                AssessmentSchemeValidator.Fail(context, $"{path}[{j}].Reason", AssessmentErrorCodes.ReasonRequired, "An entry needs its reason.", entries[j].Factor.Value);
            }
        }
    }
}
