using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// Scores a branch's assessment against a catalogue (支部量化打分): each indicator by its method, aspects as exact sums,
/// the total normalised to the 100-point scale (百分制) and vetoes collected.
/// </summary>
/// <remarks>
/// A pure function of its inputs: the order of the score records does not matter. The catalogue and the assessment are
/// validated first; nothing is scored from invalid input. Thread-safe.
/// </remarks>
public static class BranchScorer
{
    /// <summary>Where the 100-point scale comes from: Binzhou's organ committees score their branches out of 100 (article 002).</summary>
    public static Citation HundredPointScale { get; } = Sources.Article002.At("对所辖党支部实行百分制考核");

    /// <summary>Where on-site scoring by report, files and materials comes from (article 002).</summary>
    public static Citation OnSiteScoring { get; } = Sources.Article002.At("听汇报、查档案、看材料，现场量化打分");

    /// <summary>Scores one branch's assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="catalogue">The catalogue it is against.</param>
    /// <param name="registry">The scoring methods; <see cref="IndicatorScoringRegistry.Default"/> when <see langword="null"/>.</param>
    /// <returns>The branch's result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> or <paramref name="catalogue"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The catalogue or the assessment is not valid; every problem is listed.</exception>
    public static BranchScoreResult Score(BranchAssessment assessment, IndicatorCatalogue catalogue, IndicatorScoringRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(catalogue);
        var methods = registry ?? IndicatorScoringRegistry.Default;
        new IndicatorCatalogueValidator(methods).ValidateOrThrow(catalogue, "standardization catalogue");
        new BranchAssessmentValidator(catalogue, methods).ValidateOrThrow(assessment, "branch assessment");
        return ScoreValidated(assessment, catalogue, methods);
    }

    internal static BranchScoreResult ScoreValidated(BranchAssessment assessment, IndicatorCatalogue catalogue, IndicatorScoringRegistry methods)
    {
        var citation = catalogue.GetCitation();
        var scale = catalogue.IsIllustrative ? HundredPointScale.AsIllustrative() : HundredPointScale;
        var records = assessment.Scores.ToImmutableDictionary(s => s.IndicatorId);
        var aspects = catalogue.Aspects
            .Select(aspect => ScoreAspect(aspect, records, methods, citation))
            .ToImmutableArray();
        var vetoes = aspects.SelectMany(a => a.Indicators).Where(i => i.VetoTriggered).Select(i => i.IndicatorId).ToImmutableArray();

        var sum = Explanation.Sum(new LocalizedText("原始得分", "Raw points"), aspects.Select(a => a.Explanation)) with { Key = "raw" };
        var exact = sum.Value * 100m / catalogue.DeclaredTotal.Value;
        var scaled = Explanation.Formula(
            new LocalizedText("百分制折算", "Scaled to 100 points"),
            exact,
            "scale-to-100",
            [new("declared-total", ValidationFailures.Text(catalogue.DeclaredTotal.Value))],
            [sum]) with { Citation = scale };
        var published = new Score(exact).Round();
        var root = Explanation.Formula(
            new LocalizedText("支部标准化得分", "Branch standardization score"),
            published.Value,
            "round-half-away-from-zero",
            [new("scale", ScoreRounding.DefaultScale.ToString(CultureInfo.InvariantCulture))],
            [scaled]) with
        {
            Key = assessment.BranchId.Value,
            Citation = scale,
            Note = vetoes.IsEmpty ? null : new LocalizedText("一票否决：" + string.Join("、", vetoes), "vetoed: " + string.Join(", ", vetoes)),
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

    private static AspectResult ScoreAspect(
        Aspect aspect, ImmutableDictionary<IndicatorId, IndicatorScore> records, IndicatorScoringRegistry methods, Citation? citation)
    {
        var indicators = aspect.Indicators.Select(i => ScoreIndicator(i, records, methods, citation)).ToImmutableArray();
        var explanation = Explanation.Sum(aspect.Title, indicators.Select(i => i.Explanation)) with { Key = aspect.Id.Value, Citation = citation };
        var max = Common.Score.Sum(indicators.Where(i => i.CountsTowardsTotal).Select(i => i.MaxPoints));
        return new AspectResult(aspect.Id, aspect.Title, max, new Score(explanation.Value), indicators, explanation);
    }

    private static IndicatorResult ScoreIndicator(
        Indicator indicator, ImmutableDictionary<IndicatorId, IndicatorScore> records, IndicatorScoringRegistry methods, Citation? citation)
    {
        var method = methods.Get(indicator.Method);
        Explanation observation;
        decimal observed;
        if (records.TryGetValue(indicator.Id, out var record))
        {
            observed = record.Observed;
            observation = Explanation.Given(new LocalizedText("观测值", "Observed"), observed) with
            {
                Citation = OnSiteScoring,
                Note = LocalizedText.AsGiven(DescribeRecord(record)),
            };
        }
        else
        {
            observed = method.DefaultObservation ?? throw new ArgumentException($"Indicator '{indicator.Id}' is not scored.", nameof(records));
            observation = Explanation.Given(new LocalizedText("观测值（未记录，取默认）", "Observed (not recorded, default)"), observed);
        }

        var outcome = method.Score(indicator.MaxPoints, indicator.Parameters, observed);
        var explanation = Explanation.Formula(
            indicator.Title,
            outcome.Points.Value,
            method.Name,
            MethodParameters.ToText(indicator.Parameters, indicator.MaxPoints),
            [observation]) with
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
