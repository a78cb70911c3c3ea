using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// Checks a data set against its scheme and the evaluation date: the same committee and year, the evaluation date, one
/// input per organization and component, the nature of each input, known bonus, deduction and veto items, and no double
/// penalty that the scheme does not allow (a flag whose cause already lowered a component).
/// </summary>
/// <remarks>Behind <see cref="AnnualAssessment.Validate"/>; paths are under <c>Data.</c> (and <c>AsOf</c>).</remarks>
internal static class AssessmentCrossCheck
{
    /// <summary>Checks the data against the scheme.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="problems">Where problems go, positioned at the request (paths <c>Data.…</c>, <c>AsOf</c>).</param>
    public static void Check(AssessmentDataSet data, AssessmentScheme scheme, LocalDate asOf, ProblemCollector problems)
    {
        if (data.CommitteeId != scheme.CommitteeId)
        {
            problems.Add("Data.CommitteeId", AssessmentErrorCodes.CommitteeMismatch,
                $"The data set is for '{data.CommitteeId}', the scheme for '{scheme.CommitteeId}'.", data.CommitteeId.Value);
        }

        if (data.Year != scheme.Year)
        {
            problems.Add("Data.Year", AssessmentErrorCodes.YearMismatch,
                $"The data set is for {data.Year}, the scheme for {scheme.Year}.", data.Year.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (asOf < scheme.EffectiveFrom)
        {
            problems.Add("AsOf", AssessmentErrorCodes.AsOfBeforeScheme,
                string.Create(CultureInfo.InvariantCulture, $"The evaluation date {asOf:uuuu-MM-dd} is before the scheme applies ({scheme.EffectiveFrom:uuuu-MM-dd})."),
                asOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }

        var components = scheme.Components.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First());
        var bonuses = scheme.Bonuses.Select(b => b.Id).ToHashSet();
        var deductions = scheme.Deductions.Select(d => d.Id).ToHashSet();
        var rules = scheme.PrecedenceRules.Select(r => r.Id).ToHashSet();
        var ruleById = scheme.PrecedenceRules.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First());
        for (var i = 0; i < data.Inputs.Length; i++)
        {
            var input = data.Inputs[i];
            var path = $"Data.Inputs[{i}]";
            if (!components.TryGetValue(input.Component, out var component))
            {
                problems.Add(path + ".Component", AssessmentErrorCodes.ComponentUnknown,
                    $"The scheme has no component '{input.Component}'.", input.Component.Value);
            }
            else if (component.Nature == ComponentNature.Quantitative && (input.Score is null || input.Grade is not null))
            {
                problems.Add(path, AssessmentErrorCodes.NatureMismatch,
                    $"The component '{component.Id}' is quantitative: give a score and no grade.", input.Component.Value);
            }
            else if (component.Nature == ComponentNature.Qualitative && (input.Grade is null || input.Score is not null))
            {
                problems.Add(path, AssessmentErrorCodes.NatureMismatch,
                    $"The component '{component.Id}' is qualitative: give a grade and no score.", input.Component.Value);
            }
            else if (input.Grade is { } undefined && !Enum.IsDefined(undefined))
            {
                // A document may give an enumeration as a number; one that names no grade has no score (found by fuzzing).
                problems.Add(path + ".Grade", CommonErrorCodes.UndefinedEnumValue,
                    "Not a known grade.", ((int)undefined).ToString(CultureInfo.InvariantCulture));
            }
            else if (input.Grade is { } grade && input.GivenExplanation is { } explanation
                && scheme.QualitativeScores.FirstOrDefault(g => g.Grade == grade) is { } mapped && mapped.Score.Value != explanation.Value)
            {
                problems.Add(path + ".Explanation", AssessmentErrorCodes.ExplanationMismatch,
                    $"The explanation ends in {explanation.Value.ToString(CultureInfo.InvariantCulture)}, not in the score {mapped.Score} of the grade {grade}.", explanation.Value.ToString(CultureInfo.InvariantCulture));
            }

            Known(problems, input.Bonuses.Select(b => b.Factor), bonuses, path + ".Bonuses", AssessmentErrorCodes.FactorUnknown, "bonus factor");
            Known(problems, input.Deductions.Select(d => d.Factor), deductions, path + ".Deductions", AssessmentErrorCodes.FactorUnknown, "deduction item");
            Known(problems, input.Vetoes.Select(v => v.Rule), rules, path + ".Vetoes", AssessmentErrorCodes.VetoUnknown, "veto or downgrade rule");
            DoublePenalty(problems, input, path, components, ruleById);
        }

        var given = data.Inputs.Select(i => (i.Organization, i.Component)).ToHashSet();
        foreach (var organization in data.Organizations.OrderBy(o => o.Id))
        {
            foreach (var component in scheme.Components.OrderBy(c => c.Id).Where(c => !given.Contains((organization.Id, c.Id))))
            {
                problems.Add("Data.Inputs", AssessmentErrorCodes.ComponentInputMissing,
                    $"'{organization.Id}' has no input for the component '{component.Id}'.", $"{organization.Id}/{component.Id}");
            }
        }
    }

    /// <summary>
    /// A flag whose cause already lowered a component may raise only a rule that allows double penalty (不重复扣分 is the
    /// default); the lowered component must be one of the scheme.
    /// </summary>
    private static void DoublePenalty(
        ProblemCollector problems,
        ComponentInput input,
        string path,
        Dictionary<AssessmentComponentId, SchemeComponent> components,
        Dictionary<AssessmentFactorId, PrecedenceRule> rules)
    {
        for (var j = 0; j < input.Vetoes.Length; j++)
        {
            var flag = input.Vetoes[j];
            if (flag.LoweredComponent is not { } lowered)
            {
                continue;
            }

            if (!components.ContainsKey(lowered))
            {
                problems.Add($"{path}.Vetoes[{j}].LoweredComponent", AssessmentErrorCodes.ComponentUnknown,
                    $"The flag says its cause lowered the component '{lowered}', which the scheme does not define.", lowered.Value);
            }
            else if (rules.TryGetValue(flag.Rule, out var rule) && !rule.AllowDoublePenalty)
            {
                problems.Add($"{path}.Vetoes[{j}]", AssessmentErrorCodes.DoublePenalty,
                    $"The cause of the flag '{flag.Rule}' already lowered the component '{lowered}'; the rule '{flag.Rule}' does not allow the same cause to also {(rule.Kind == PrecedenceRuleKind.Veto ? "veto" : "force a downgrade")} (不重复扣分). Set allowDoublePenalty on the rule, or do not raise the flag.",
                    $"{flag.Rule}/{lowered}");
            }
        }
    }

    private static void Known(
        ProblemCollector problems, IEnumerable<AssessmentFactorId> ids, HashSet<AssessmentFactorId> known, string path, string code, string what)
    {
        var j = 0;
        foreach (var id in ids)
        {
            if (!known.Contains(id))
            {
                problems.Add($"{path}[{j}]", code, $"The scheme has no {what} '{id}'.", id.Value);
            }

            j++;
        }
    }
}
