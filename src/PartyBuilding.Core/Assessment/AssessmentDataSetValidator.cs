using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Checks an <see cref="AssessmentDataSet"/> on its own: organizations listed once with a district, inputs for listed
/// organizations only and once per component, scores on the scale 0..100, explanations that end in their score and add
/// up, non-negative points and a reason for every entry and flag.
/// </summary>
/// <remarks>Behind <see cref="AnnualAssessment.Validate"/>, which also checks the data against the scheme (<see cref="AssessmentCrossCheck"/>).</remarks>
internal static class AssessmentDataSetValidator
{
    /// <summary>Checks a data set.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="problems">Where problems go, positioned at the data set.</param>
    public static void Check(AssessmentDataSet data, ProblemCollector problems)
    {
        if (data.CommitteeId.IsEmpty)
        {
            problems.Add("CommitteeId", CommonErrorCodes.IdentifierEmpty, "'Committee Id' must be a non-empty identifier.", string.Empty);
        }

        if (data.Organizations.IsEmpty)
        {
            problems.Add("Organizations", AssessmentErrorCodes.OrganizationsEmpty, "The data set lists no organization.", null);
        }

        var organizations = new HashSet<OrganizationId>();
        for (var i = 0; i < data.Organizations.Length; i++)
        {
            var o = data.Organizations[i];
            if (!organizations.Add(o.Id))
            {
                problems.Add($"Organizations[{i}]", CommonErrorCodes.DuplicateIdentifier, $"'{o.Id}' appears more than once in 'Organizations'.", o.Id.Value);
            }

            if (o.Id.IsEmpty)
            {
                problems.Add($"Organizations[{i}].Id", CommonErrorCodes.IdentifierEmpty, "'Id' must be a non-empty identifier.", string.Empty);
            }

            if (o.District.IsEmpty)
            {
                problems.Add($"Organizations[{i}].District", CommonErrorCodes.IdentifierEmpty, "'District' must be a non-empty identifier.", string.Empty);
            }
        }

        var seen = new HashSet<(OrganizationId, AssessmentComponentId)>();
        for (var i = 0; i < data.Inputs.Length; i++)
        {
            var input = data.Inputs[i];
            var at = problems.At($"Inputs[{i}]");
            if (!organizations.Contains(input.Organization))
            {
                at.Add("Organization", AssessmentErrorCodes.OrganizationUnknown,
                    $"The organization '{input.Organization}' is not listed in the data set.", input.Organization.Value);
            }

            if (input.Component.IsEmpty)
            {
                at.Add("Component", CommonErrorCodes.IdentifierEmpty, "The input needs a component.", null);
            }

            if (!seen.Add((input.Organization, input.Component)))
            {
                at.Add(string.Empty, AssessmentErrorCodes.ComponentInputDuplicate,
                    $"'{input.Organization}' has two inputs for the component '{input.Component}'.", input.Component.Value);
            }

            if (input.Score is { } score && (score.Value < 0m || score.Value > AssessmentScheme.ComponentScaleMaximum))
            {
                at.Add("Score", AssessmentErrorCodes.ScoreRange, "A component score must be on the scale 0..100.", score.ToString());
            }

            CheckExplanation(input, at);
            Entries(input.Bonuses, at.At("Bonuses"));
            Entries(input.Deductions, at.At("Deductions"));
            for (var j = 0; j < input.Vetoes.Length; j++)
            {
                if (input.Vetoes[j].Reason is null)
                {
                    at.Add($"Vetoes[{j}].Reason", AssessmentErrorCodes.ReasonRequired, "A veto or downgrade flag needs its reason.", input.Vetoes[j].Rule.Value);
                }
            }
        }
    }

    private static void CheckExplanation(ComponentInput input, ProblemCollector at)
    {
        // A tree an area builds on demand ends in the score it was made with by construction; only a given one is checked.
        if (input.GivenExplanation is not { } explanation)
        {
            return;
        }

        if (input.Score is { } s && explanation.Value != s.Value)
        {
            at.Add("Explanation", AssessmentErrorCodes.ExplanationMismatch,
                $"The explanation ends in {explanation.Value.ToString(CultureInfo.InvariantCulture)}, not in the score {s}.", explanation.Value.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var problem in explanation.Verify())
        {
            at.Add("Explanation", AssessmentErrorCodes.ExplanationMismatch, "The explanation does not add up: " + problem, problem.ToString());
        }
    }

    private static void Entries(ValueArray<FactorEntry> entries, ProblemCollector problems)
    {
        for (var j = 0; j < entries.Length; j++)
        {
            if (entries[j].Points.Value < 0m)
            {
                problems.Add($"[{j}].Points", AssessmentErrorCodes.FactorPointsNegative,
                    "Points are not negative; a deduction gives the points deducted.", entries[j].Points.ToString());
            }

            if (string.IsNullOrWhiteSpace(entries[j].Reason))
            {
                problems.Add($"[{j}].Reason", AssessmentErrorCodes.ReasonRequired, "An entry needs its reason.", entries[j].Factor.Value);
            }
        }
    }
}
