using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Scores a branch's assessment against a catalogue (支部量化打分), a step of <see cref="StandardizationEngine.Evaluate"/>:
/// each indicator by its method, aspects as exact sums, the total normalised to the 100-point scale (百分制,
/// <see cref="StandardizationRules.HundredPointScale"/>) and vetoes collected.
/// </summary>
/// <remarks>A pure function of its inputs: the order of the score records does not matter. Thread-safe.</remarks>
internal static class BranchScorer
{
    /// <summary>Checks a catalogue and an assessment, then scores it (for a caller without a whole data set).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="catalogue">The catalogue it is against.</param>
    /// <param name="strategies">The strategies; <see cref="StandardizationStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>The branch's result.</returns>
    /// <exception cref="PartyBuildingValidationException">The catalogue or the assessment is not valid; every problem is listed.</exception>
    public static BranchScoreResult Score(BranchAssessment assessment, IndicatorCatalogue catalogue, StandardizationStrategies? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(catalogue);
        var catalogueProblems = new ProblemCollector();
        var methods = StandardizationChecks.Catalogue(catalogue, strategies ?? StandardizationStrategies.Default, catalogueProblems);
        catalogueProblems.ThrowIfErrors("standardization catalogue");
        var problems = new ProblemCollector();
        StandardizationChecks.Assessment(assessment, catalogue, methods!, null, problems);
        problems.ThrowIfErrors("branch assessment");
        return ScoreValidated(assessment, catalogue, methods!);
    }

    /// <summary>Scores an assessment already checked against its catalogue.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="methods">The method of each indicator.</param>
    /// <param name="derived">The observations derived from records, by indicator; none when <see langword="null"/>.</param>
    public static BranchScoreResult ScoreValidated(
        BranchAssessment assessment, IndicatorCatalogue catalogue, ImmutableDictionary<IndicatorId, IIndicatorScoringMethod> methods,
        IReadOnlyDictionary<IndicatorId, (DerivedObservation Item, MeasuredValue Value)>? derived = null)
    {
        var citation = catalogue.GetCitation();
        var scale = catalogue.IsIllustrative ? StandardizationRules.HundredPointScale.AsIllustrative() : StandardizationRules.HundredPointScale;
        var records = assessment.Scores.ToImmutableDictionary(s => s.IndicatorId);
        var aspects = catalogue.Aspects
            .Select(aspect => ScoreAspect(aspect, records, derived ?? NoDerived, methods, citation))
            .ToImmutableArray();
        var vetoes = aspects.SelectMany(a => a.Indicators).Where(i => i.VetoTriggered).Select(i => i.IndicatorId).ToImmutableArray();

        var sum = Explanation.Sum(StandardizationLabels.RawPoints, aspects.Select(a => a.Explanation)) with { Key = "raw" };
        var exact = sum.Value * 100m / catalogue.DeclaredTotal.Value;
        var scaled = Explanation.Formula(
            StandardizationLabels.ScaledTo100,
            exact,
            "scale-to-100",
            [new("declared-total", StandardizationTexts.Format(catalogue.DeclaredTotal.Value))],
            [sum]) with { Citation = scale };
        var published = new Score(exact).Round();
        var root = Explanation.Formula(
            StandardizationLabels.BranchScore,
            published.Value,
            "round-half-away-from-zero",
            [new("scale", ScoreRounding.DefaultScale.ToString(CultureInfo.InvariantCulture))],
            [scaled]) with
        {
            Key = assessment.BranchId.Value,
            Citation = scale,
            Note = vetoes.IsEmpty ? null : StandardizationTexts.VetoedBy(vetoes),
        };

        return new BranchScoreResult(
            assessment.BranchId,
            assessment.Year,
            catalogue.Id,
            new Score(sum.Value),
            catalogue.DeclaredTotal,
            published,
            vetoes,
            aspects,
            root);
    }

    private static readonly Dictionary<IndicatorId, (DerivedObservation, MeasuredValue)> NoDerived = [];

    private static AspectResult ScoreAspect(
        Aspect aspect, ImmutableDictionary<IndicatorId, IndicatorScore> records, IReadOnlyDictionary<IndicatorId, (DerivedObservation Item, MeasuredValue Value)> derived,
        ImmutableDictionary<IndicatorId, IIndicatorScoringMethod> methods, Citation? citation)
    {
        var indicators = aspect.Indicators.Select(i => ScoreIndicator(i, records, derived, methods[i.Id], citation)).ToImmutableArray();
        var explanation = Explanation.Sum(aspect.Title, indicators.Select(i => i.Explanation)) with { Key = aspect.Id.Value, Citation = citation };
        var max = Common.Score.Sum(indicators.Where(i => i.CountsTowardsTotal).Select(i => i.MaxPoints));
        return new AspectResult(aspect.Id, aspect.Title, max, new Score(explanation.Value), indicators, explanation);
    }

    private static IndicatorResult ScoreIndicator(
        Indicator indicator, ImmutableDictionary<IndicatorId, IndicatorScore> records, IReadOnlyDictionary<IndicatorId, (DerivedObservation Item, MeasuredValue Value)> derived,
        IIndicatorScoringMethod method, Citation? citation)
    {
        Explanation observation;
        decimal observed;
        if (derived.TryGetValue(indicator.Id, out var fromRecords))
        {
            observed = fromRecords.Value.Value;
            observation = Explanation.Formula(StandardizationLabels.ObservedFromRecords, observed, "derived-from-records", [], [fromRecords.Value.Explanation]) with
            {
                Key = "records:" + indicator.Id.Value,
                Note = LocalizedText.AsGiven(string.Create(CultureInfo.InvariantCulture, $"{fromRecords.Item.Assessor}, {fromRecords.Item.AssessedOn:uuuu-MM-dd}")),
                Summary = fromRecords.Value.Explanation.Summary,
            };
        }
        else if (records.TryGetValue(indicator.Id, out var record))
        {
            observed = record.Observed;
            observation = Explanation.Given(StandardizationLabels.Observed, observed) with
            {
                Citation = StandardizationRules.OnSiteScoring,
                Note = LocalizedText.AsGiven(DescribeRecord(record)),
            };
        }
        else
        {
            observed = method.DefaultObservation ?? throw new ArgumentException($"Indicator '{indicator.Id}' is not scored.", nameof(records));
            observation = Explanation.Given(StandardizationLabels.ObservedByDefault, observed);
        }

        var outcome = method.Score(indicator.MaxPoints, observed);

        // The parameters as the catalogue wrote them, and the maximum points: the figures the computation shows.
        var parameters = indicator.Scoring.Parameters
            .Append(KeyValuePair.Create("max-points", StandardizationTexts.Format(indicator.MaxPoints.Value)))
            .OrderBy(p => p.Key, StringComparer.Ordinal);
        var explanation = Explanation.Formula(indicator.Title, outcome.Points.Value, method.Name, parameters, [observation]) with
        {
            Key = indicator.Id.Value,
            Citation = citation,
            Note = outcome.Text ?? LocalizedText.AsGiven(outcome.Reason),
        };
        return new IndicatorResult(indicator.Id, method.Name, indicator.MaxPoints, outcome.Points, method.CountsTowardsTotal, outcome.VetoTriggered, explanation);
    }

    private static string DescribeRecord(IndicatorScore record)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{record.Assessor}, {record.AssessedOn:uuuu-MM-dd}");
        if (record.CheckedBy is { } check)
        {
            text += ", " + StandardizationLabels.CheckMethods[check].ZhCn;
        }

        return record.Evidence is null ? text : text + ": " + record.Evidence;
    }
}
