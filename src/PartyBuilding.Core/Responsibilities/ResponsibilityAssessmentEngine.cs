using FluentValidation.Results;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// Scores every organization's responsibility lists as of a date under a scheme: the status of each item
/// (<see cref="ResponsibilityStatusEngine"/>), then the scheme's scoring strategy, then the published rounding.
/// </summary>
/// <remarks>
/// Inputs are validated first (the scheme, the data set, and that list items name responsibilities the scheme defines at the same level);
/// nothing is computed from invalid input. Pure and thread-safe; the result does not depend on the order of lists or evidence.
/// </remarks>
public static class ResponsibilityAssessmentEngine
{
    /// <summary>Scores every organization that has a list in the data set.</summary>
    /// <param name="data">The lists, evidence and chains of the year.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>One result per organization, ordered by organization.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The scheme or data set is not valid; every problem is listed.</exception>
    public static ResponsibilityAssessment Evaluate(ResponsibilityDataSet data, ResponsibilityScheme scheme, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        Check(data, scheme).ThrowIfInvalid("responsibility data set and scheme");

        var strategy = ResponsibilityScoringStrategies.Create(scheme.Scoring);
        var evidence = data.Evidence.ToLookup(e => (e.ListId, e.ItemId));
        var results = data.Lists
            .GroupBy(l => l.Owner)
            .OrderBy(g => g.Key)
            .Select(g => Score(g.Key, data.Year, [.. g.OrderBy(l => l.Id)], evidence, strategy, asOf, scheme.IsIllustrative))
            .ToImmutableArray();
        return new ResponsibilityAssessment(scheme.Code, data.Year, asOf, results);
    }

    /// <summary>Checks a data set against a scheme without computing anything.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="scheme">The scheme.</param>
    /// <returns>Every problem found.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ValidationReport Check(ResponsibilityDataSet data, ResponsibilityScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        var schemeReport = new ResponsibilitySchemeValidator().Check(scheme);
        var dataReport = new ResponsibilityDataSetValidator().Check(data);
        var cross = new ValidationResult();
        if (schemeReport.IsValid && dataReport.IsValid)
        {
            var definitions = scheme.Responsibilities.ToDictionary(r => r.Id);
            for (var l = 0; l < data.Lists.Length; l++)
            {
                for (var i = 0; i < data.Lists[l].Items.Length; i++)
                {
                    var item = data.Lists[l].Items[i];
                    if (item.DefinitionId is not { } definitionId)
                    {
                        continue;
                    }

                    var path = $"Lists[{l}].Items[{i}].DefinitionId";
                    if (!definitions.TryGetValue(definitionId, out var definition))
                    {
                        cross.Errors.Add(new ValidationFailure(path, $"The scheme defines no responsibility '{definitionId}'.", definitionId.Value)
                        {
                            ErrorCode = ResponsibilitiesErrorCodes.DefinitionUnknown,
                        });
                    }
                    else if (definition.Level != item.Level)
                    {
                        cross.Errors.Add(new ValidationFailure(path, $"The item is at level {item.Level} but '{definitionId}' is at level {definition.Level}.", definitionId.Value)
                        {
                            ErrorCode = ResponsibilitiesErrorCodes.DefinitionLevel,
                        });
                    }
                }
            }
        }

        return ValidationReport.Combine([schemeReport, dataReport, ValidationReport.From(cross)]);
    }

    private static OrganizationResponsibilityResult Score(
        OrganizationId organization,
        AssessmentYear year,
        ImmutableArray<ResponsibilityList> lists,
        ILookup<(ResponsibilityListId, ResponsibilityItemId), EvidenceRecord> evidence,
        IResponsibilityScoringStrategy strategy,
        LocalDate asOf,
        bool illustrative)
    {
        var statuses = lists
            .Select(l => ResponsibilityStatusEngine.EvaluateValid(
                l, l.Items.SelectMany(i => evidence[(l.Id, i.Id)]).ToLookup(e => e.ItemId), asOf))
            .ToImmutableArray();
        var exact = strategy.Score(statuses.SelectMany(s => s.Items));
        var published = exact.Value.Round(ScoreRounding.Default);
        var explanation = Explanation.Formula(
            new LocalizedText($"{organization} 责任落实得分", $"Responsibility score of {organization}"),
            published.Value,
            "round-half-away-from-zero",
            [new("scale", ScoreRounding.Default.Scale.ToString(CultureInfo.InvariantCulture))],
            [exact.Explanation]) with
        {
            Key = organization.Value,
            Citation = illustrative ? ResponsibilityCitations.ThreeLevelSplit.AsIllustrative() : ResponsibilityCitations.ThreeLevelSplit,
        };
        return new OrganizationResponsibilityResult(organization, year, asOf, published, strategy.MaxPoints, strategy.Name, statuses, explanation);
    }
}
