using FluentValidation;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Validates a <see cref="BranchAssessment"/> against its catalogue: same catalogue, only known indicators, each at most
/// once, every indicator that must be scored present, observations that suit each method, an assessor and a date in
/// the assessment year for every record.
/// </summary>
/// <remarks>The catalogue itself is checked by <see cref="IndicatorCatalogueValidator"/>. Thread-safe once built.</remarks>
public sealed class BranchAssessmentValidator : AbstractValidator<BranchAssessment>
{
    /// <summary>Initializes a validator for assessments against a catalogue.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="registry">The scoring methods; <see cref="IndicatorScoringRegistry.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is <see langword="null"/>.</exception>
    public BranchAssessmentValidator(IndicatorCatalogue catalogue, IndicatorScoringRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var methods = registry ?? IndicatorScoringRegistry.Default;
        var indicators = catalogue.AllIndicators().GroupBy(i => i.Id).ToImmutableDictionary(g => g.Key, g => g.First());
        RuleFor(a => a.BranchId).MustBeSetId();
        RuleFor(a => a.CatalogueId)
            .Must(id => id == catalogue.Id)
            .WithErrorCode(StandardizationErrorCodes.CatalogueMismatch)
            .WithMessage($"The assessment must be against catalogue '{catalogue.Id}'.");
        RuleFor(a => a).Custom((assessment, context) =>
        {
            var seen = new HashSet<Common.IndicatorId>();
            for (var i = 0; i < assessment.Scores.Length; i++)
            {
                var score = assessment.Scores[i];
                var path = $"Scores[{i}]";
                if (!indicators.TryGetValue(score.IndicatorId, out var indicator))
                {
                    ValidationFailures.Add(context, path + ".IndicatorId", StandardizationErrorCodes.IndicatorUnknown, $"Catalogue '{catalogue.Id}' has no indicator '{score.IndicatorId}'.", score.IndicatorId.Value);
                }
                else if (!seen.Add(score.IndicatorId))
                {
                    ValidationFailures.Add(context, path + ".IndicatorId", StandardizationErrorCodes.ScoreDuplicate, $"Indicator '{score.IndicatorId}' is scored more than once.", score.IndicatorId.Value);
                }
                else if (methods.TryGet(indicator.Method, out var method) && method.ValidateObservation(score.Observed) is { } problem)
                {
                    ValidationFailures.Add(context, path + ".Observed", StandardizationErrorCodes.ObservationInvalid, $"{problem} (indicator '{score.IndicatorId}', method '{method.Name}')", ValidationFailures.Text(score.Observed));
                }

                if (string.IsNullOrWhiteSpace(score.Assessor))
                {
                    ValidationFailures.Add(context, path + ".Assessor", StandardizationErrorCodes.AssessorMissing, "Every score must name its assessor.", score.Assessor);
                }

                if (!assessment.Year.Contains(score.AssessedOn))
                {
                    ValidationFailures.Add(context, path + ".AssessedOn", StandardizationErrorCodes.DateOutsideYear, $"The score must be dated within {assessment.Year}.", score.AssessedOn);
                }

                if (score.CheckedBy is { } check && !Enum.IsDefined(check))
                {
                    ValidationFailures.Add(context, path + ".CheckedBy", CommonErrorCodes.UndefinedEnumValue, "Not a known way of checking.", check);
                }
            }

            foreach (var indicator in catalogue.AllIndicators())
            {
                if (!seen.Contains(indicator.Id) && methods.TryGet(indicator.Method, out var method) && method.DefaultObservation is null)
                {
                    ValidationFailures.Add(context, "Scores", StandardizationErrorCodes.ScoreMissing, $"Indicator '{indicator.Id}' ({indicator.Method}) must be scored.", indicator.Id.Value);
                }
            }
        });
    }
}
