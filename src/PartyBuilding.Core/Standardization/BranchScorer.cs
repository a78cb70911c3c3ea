using System.Collections.Frozen;
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
        StandardizationChecks.Assessment(assessment, catalogue, methods!, null, new ProblemSite(problems, null, 0));
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
        IReadOnlyDictionary<IndicatorId, (DerivedObservation Item, MeasuredValue Value)>? derived = null) =>
        ScoreValidated(assessment, new CatalogueLayout(catalogue, methods), derived);

    /// <summary>
    /// Scores an assessment already checked against the catalogue laid out once per run. The hot path builds no explanation
    /// node: each indicator, aspect and the branch keep a row of one <see cref="BranchExplanations"/> per branch, which
    /// builds the tree from the assessment when it is read.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="layout">The catalogue, its indicators in order and their methods.</param>
    /// <param name="derived">The observations derived from records, by indicator; none when <see langword="null"/>.</param>
    public static BranchScoreResult ScoreValidated(
        BranchAssessment assessment, CatalogueLayout layout, IReadOnlyDictionary<IndicatorId, (DerivedObservation Item, MeasuredValue Value)>? derived = null)
    {
        var catalogue = layout.Catalogue;
        var indicators = layout.Indicators;
        var records = new int[indicators.Length];
        Array.Fill(records, -1);
        for (var i = 0; i < assessment.Scores.Length; i++)
        {
            if (layout.RowOf.TryGetValue(assessment.Scores[i].IndicatorId, out var row))
            {
                records[row] = i;
            }
        }

        var source = new BranchExplanations(assessment, layout, records, derived ?? NoDerived);
        var aspects = ImmutableArray.CreateBuilder<AspectResult>(catalogue.Aspects.Length);
        var vetoes = ImmutableArray.CreateBuilder<IndicatorId>();
        var raw = 0m;
        for (var a = 0; a < catalogue.Aspects.Length; a++)
        {
            var aspect = catalogue.Aspects[a];
            var results = ImmutableArray.CreateBuilder<IndicatorResult>(aspect.Indicators.Length);
            var points = 0m;
            var max = Common.Score.Zero;
            for (var row = layout.AspectStart[a]; row < layout.AspectStart[a + 1]; row++)
            {
                var indicator = indicators[row];
                var method = layout.Methods[row];
                var (earned, veto) = method.ScoreValue(indicator.MaxPoints, source.Observed(row));
                results.Add(new IndicatorResult(indicator.Id, method.Name, indicator.MaxPoints, earned, method.CountsTowardsTotal, veto, null) { Tree = new DeferredExplanation(source, row) });
                points += earned.Value;
                if (method.CountsTowardsTotal)
                {
                    max += indicator.MaxPoints;
                }

                if (veto)
                {
                    vetoes.Add(indicator.Id);
                }
            }

            raw += points;
            aspects.Add(new AspectResult(aspect.Id, aspect.Title, max, new Score(points), results.MoveToImmutable(), null) { Tree = new DeferredExplanation(source, indicators.Length + a) });
        }

        var exact = raw * 100m / catalogue.DeclaredTotal.Value;
        return new BranchScoreResult(
            assessment.BranchId,
            assessment.Year,
            catalogue.Id,
            new Score(raw),
            catalogue.DeclaredTotal,
            new Score(exact).Round(),
            vetoes.ToImmutable(),
            aspects.MoveToImmutable(),
            null)
        {
            Tree = new DeferredExplanation(source, BranchExplanations.Root),
        };
    }

    private static readonly Dictionary<IndicatorId, (DerivedObservation, MeasuredValue)> NoDerived = [];

    /// <summary>A catalogue laid out once per run: its indicators in order, each with its method, and where each aspect's begin.</summary>
    internal sealed class CatalogueLayout
    {
        /// <summary>Lays a catalogue out.</summary>
        /// <param name="catalogue">The catalogue, in the order results list it.</param>
        /// <param name="methods">The method of each indicator.</param>
        public CatalogueLayout(IndicatorCatalogue catalogue, ImmutableDictionary<IndicatorId, IIndicatorScoringMethod> methods)
        {
            Catalogue = catalogue;
            Indicators = [.. catalogue.Aspects.SelectMany(a => a.Indicators)];
            Methods = [.. Indicators.Select(i => methods[i.Id])];
            var start = new int[catalogue.Aspects.Length + 1];
            for (var a = 0; a < catalogue.Aspects.Length; a++)
            {
                start[a + 1] = start[a] + catalogue.Aspects[a].Indicators.Length;
            }

            AspectStart = [.. start];
            var rows = new Dictionary<IndicatorId, int>(Indicators.Length);
            for (var row = 0; row < Indicators.Length; row++)
            {
                rows[Indicators[row].Id] = row;
            }

            RowOf = rows.ToFrozenDictionary();
            Citation = catalogue.GetCitation();
            Scale = catalogue.IsIllustrative ? StandardizationRules.HundredPointScale.AsIllustrative() : StandardizationRules.HundredPointScale;
        }

        /// <summary>Gets the catalogue.</summary>
        public IndicatorCatalogue Catalogue { get; }

        /// <summary>Gets the indicators of all aspects, in order: the rows of a branch.</summary>
        public ImmutableArray<Indicator> Indicators { get; }

        /// <summary>Gets the method of each row.</summary>
        public ImmutableArray<IIndicatorScoringMethod> Methods { get; }

        /// <summary>Gets the first row of each aspect, and the number of rows last.</summary>
        public ImmutableArray<int> AspectStart { get; }

        /// <summary>Gets the row of each indicator.</summary>
        public FrozenDictionary<IndicatorId, int> RowOf { get; }

        /// <summary>Gets the catalogue's citation.</summary>
        public Citation? Citation { get; }

        /// <summary>Gets the citation of the 100-point scale, illustrative with the catalogue.</summary>
        public Citation Scale { get; }
    }

    /// <summary>
    /// Builds the trees of one branch's result when they are read, from its assessment: rows <c>0 … n − 1</c> are the
    /// indicators in catalogue order, the next rows the aspects, and <see cref="Root"/> the branch. Holds only immutable
    /// inputs; every build is the tree the engine built at once before (issue 23).
    /// </summary>
    internal sealed class BranchExplanations(
        BranchAssessment assessment,
        CatalogueLayout layout,
        int[] records,
        IReadOnlyDictionary<IndicatorId, (DerivedObservation Item, MeasuredValue Value)> derived) : IExplanationSource
    {
        /// <summary>The row of the branch's own tree.</summary>
        public const int Root = -1;

        /// <summary>The observation of an indicator row: derived from records, scored on site, or the method's default.</summary>
        public decimal Observed(int row)
        {
            var indicator = layout.Indicators[row];
            if (derived.Count > 0 && derived.TryGetValue(indicator.Id, out var fromRecords))
            {
                return fromRecords.Value.Value;
            }

            return records[row] >= 0
                ? assessment.Scores[records[row]].Observed
                : layout.Methods[row].DefaultObservation ?? throw new InvalidOperationException($"Indicator '{indicator.Id}' is not scored.");
        }

        /// <inheritdoc />
        public Explanation Explain(int index)
        {
            var rows = layout.Indicators.Length;
            return index == Root ? Branch()
                : index >= rows ? Aspect(index - rows, null)
                : Indicator(index, out _);
        }

        private Explanation Branch()
        {
            var catalogue = layout.Catalogue;
            var vetoes = new List<IndicatorId>();
            var sum = Explanation.Sum(StandardizationLabels.RawPoints, catalogue.Aspects.Select((_, a) => Aspect(a, vetoes)).ToList()) with { Key = "raw" };
            var exact = sum.Value * 100m / catalogue.DeclaredTotal.Value;
            var scaled = Explanation.Formula(
                StandardizationLabels.ScaledTo100,
                exact,
                "scale-to-100",
                [new("declared-total", StandardizationTexts.Format(catalogue.DeclaredTotal.Value))],
                [sum]) with { Citation = layout.Scale };
            var published = new Score(exact).Round();
            return Explanation.Formula(
                StandardizationLabels.BranchScore,
                published.Value,
                "round-half-away-from-zero",
                [new("scale", ScoreRounding.DefaultScale.ToString(CultureInfo.InvariantCulture))],
                [scaled]) with
            {
                Key = assessment.BranchId.Value,
                Citation = layout.Scale,
                Note = vetoes.Count == 0 ? null : StandardizationTexts.VetoedBy(vetoes),
            };
        }

        private Explanation Aspect(int a, List<IndicatorId>? vetoes)
        {
            var aspect = layout.Catalogue.Aspects[a];
            var indicators = new List<Explanation>(aspect.Indicators.Length);
            for (var row = layout.AspectStart[a]; row < layout.AspectStart[a + 1]; row++)
            {
                indicators.Add(Indicator(row, out var veto));
                if (veto)
                {
                    vetoes?.Add(layout.Indicators[row].Id);
                }
            }

            return Explanation.Sum(aspect.Title, indicators) with { Key = aspect.Id.Value, Citation = layout.Citation };
        }

        private Explanation Indicator(int row, out bool veto)
        {
            var indicator = layout.Indicators[row];
            var method = layout.Methods[row];
            Explanation observation;
            decimal observed;
            if (derived.TryGetValue(indicator.Id, out var fromRecords))
            {
                observed = fromRecords.Value.Value;
                var measured = fromRecords.Value.Explanation;
                observation = Explanation.Formula(StandardizationLabels.ObservedFromRecords, observed, "derived-from-records", [], [measured]) with
                {
                    Key = "records:" + indicator.Id.Value,
                    Note = LocalizedText.AsGiven(string.Create(CultureInfo.InvariantCulture, $"{fromRecords.Item.Assessor}, {fromRecords.Item.AssessedOn:uuuu-MM-dd}")),
                    Summary = measured.Summary,
                };
            }
            else if (records[row] >= 0)
            {
                var record = assessment.Scores[records[row]];
                observed = record.Observed;
                observation = Explanation.Given(StandardizationLabels.Observed, observed) with
                {
                    Citation = StandardizationRules.OnSiteScoring,
                    Note = LocalizedText.AsGiven(DescribeRecord(record)),
                };
            }
            else
            {
                observed = Observed(row);
                observation = Explanation.Given(StandardizationLabels.ObservedByDefault, observed);
            }

            var outcome = method.Score(indicator.MaxPoints, observed);
            veto = outcome.VetoTriggered;

            // The parameters as the catalogue wrote them, and the maximum points: the figures the computation shows.
            var parameters = indicator.Scoring.Parameters
                .Append(KeyValuePair.Create("max-points", StandardizationTexts.Format(indicator.MaxPoints.Value)))
                .OrderBy(p => p.Key, StringComparer.Ordinal);
            return Explanation.Formula(indicator.Title, outcome.Points.Value, method.Name, parameters, [observation]) with
            {
                Key = indicator.Id.Value,
                Citation = layout.Citation,
                Note = outcome.Text ?? LocalizedText.AsGiven(outcome.Reason),
            };
        }
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
