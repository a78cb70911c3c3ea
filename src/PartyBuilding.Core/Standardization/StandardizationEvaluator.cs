using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Runs the whole of branch standardization for a data set: scores every assessment, names tiers year by year and
/// rolls coverage up per committee, district and department.
/// </summary>
/// <remarks>Every input is validated first and every problem reported together; nothing is computed from invalid input. Independent of input order. Thread-safe.</remarks>
public static class StandardizationEvaluator
{
    /// <summary>Evaluates a data set.</summary>
    /// <param name="catalogue">The catalogue the branches are assessed against.</param>
    /// <param name="scheme">The tier scheme.</param>
    /// <param name="data">The roster and the assessments.</param>
    /// <param name="scoring">The scoring methods; the default registry when <see langword="null"/>.</param>
    /// <param name="tiers">The tier rules; the default registry when <see langword="null"/>.</param>
    /// <returns>The results, naming rounds and coverage reports.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">An input is not valid; every problem is listed.</exception>
    public static StandardizationOutcome Evaluate(
        IndicatorCatalogue catalogue,
        TierScheme scheme,
        StandardizationDataSet data,
        IndicatorScoringRegistry? scoring = null,
        TierRuleRegistry? tiers = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(data);
        var methods = scoring ?? IndicatorScoringRegistry.Default;
        var rules = tiers ?? TierRuleRegistry.Default;
        new IndicatorCatalogueValidator(methods).ValidateOrThrow(catalogue, "standardization catalogue");
        var assessmentValidator = new BranchAssessmentValidator(catalogue, methods);
        var listed = data.Roster.Branches.Select(b => b.BranchId).ToHashSet();
        var seen = new HashSet<(Common.OrganizationId, Common.AssessmentYear)>();
        var problems = new List<ValidationReport>
        {
            new TierSchemeValidator(rules).Check(scheme, "scheme"),
            new BranchRosterValidator().Check(data.Roster, "roster"),
        };
        for (var i = 0; i < data.Assessments.Length; i++)
        {
            var assessment = data.Assessments[i];
            var path = $"assessments[{i}]";
            problems.Add(assessmentValidator.Check(assessment, path));
            var extra = new List<ValidationProblem>();
            if (!listed.Contains(assessment.BranchId))
            {
                extra.Add(new ValidationProblem(path + ".BranchId", StandardizationErrorCodes.BranchNotInRoster, $"Branch '{assessment.BranchId}' is assessed but not on the roster.", assessment.BranchId.Value));
            }

            if (!seen.Add((assessment.BranchId, assessment.Year)))
            {
                extra.Add(new ValidationProblem(path, StandardizationErrorCodes.RoundInvalid, $"Branch '{assessment.BranchId}' is assessed more than once in {assessment.Year}.", assessment.BranchId.Value));
            }

            problems.Add(new ValidationReport([.. extra]));
        }

        ValidationReport.Combine(problems).ThrowIfInvalid("standardization data set");

        var results = data.Assessments
            .Select(a => BranchScorer.ScoreValidated(a, catalogue, methods))
            .OrderBy(r => r.Year)
            .ThenBy(r => r.BranchId)
            .ToImmutableArray();
        var rounds = TierNamer.NameYears(scheme, results, rules);
        var coverage = rounds.Select(r => CoverageCalculator.Compute(data.Roster, r, scheme, rules)).ToImmutableArray();
        return new StandardizationOutcome(results, rounds, coverage);
    }
}
