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
    /// node and no record per score: the branch keeps one row per indicator (points, veto, the score record it was read
    /// from) in one <see cref="BranchExplanations"/>, which makes the aspects' and indicators' results when they are first
    /// read (<see cref="DeferredList{T}"/>) and builds the trees from the assessment whenever they are read (issue 23,
    /// columnar engines).
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="layout">The catalogue, its indicators in order and their methods.</param>
    /// <param name="derived">The observations derived from records, by indicator; none when <see langword="null"/>.</param>
    public static BranchScoreResult ScoreValidated(
        BranchAssessment assessment, CatalogueLayout layout, IReadOnlyDictionary<IndicatorId, (DerivedObservation Item, MeasuredValue Value)>? derived = null)
    {
        var catalogue = layout.Catalogue;
        var source = new BranchExplanations(assessment, layout, derived ?? NoDerived);
        var (raw, vetoes) = source.ScoreRows();
        var exact = raw * 100m / catalogue.DeclaredTotal.Value;
        return new BranchScoreResult(
            assessment.BranchId,
            assessment.Year,
            catalogue.Id,
            new Score(raw),
            catalogue.DeclaredTotal,
            new Score(exact).Round(),
            vetoes,
            default,
            null)
        {
            AspectRows = new DeferredList<AspectResult>(source, 0),
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
            var maxima = new Score[catalogue.Aspects.Length];
            for (var a = 0; a < maxima.Length; a++)
            {
                var max = Common.Score.Zero;
                for (var row = start[a]; row < start[a + 1]; row++)
                {
                    if (Methods[row].CountsTowardsTotal)
                    {
                        max += Indicators[row].MaxPoints;
                    }
                }

                maxima[a] = max;
            }

            AspectMaxima = [.. maxima];
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

        /// <summary>Gets the maximum points of each aspect: the sum of its counting indicators' maxima, in catalogue order.</summary>
        public ImmutableArray<Score> AspectMaxima { get; }

        /// <summary>Gets the row of each indicator.</summary>
        public FrozenDictionary<IndicatorId, int> RowOf { get; }

        /// <summary>Gets the catalogue's citation.</summary>
        public Citation? Citation { get; }

        /// <summary>Gets the citation of the 100-point scale, illustrative with the catalogue.</summary>
        public Citation Scale { get; }
    }

    /// <summary>
    /// One branch's compact outcome and what makes its public parts when they are read, from its assessment: rows
    /// <c>0 … n − 1</c> are the indicators in catalogue order (one <see cref="Row"/> each), the next rows the aspects, and
    /// <see cref="Root"/> the branch. It makes the aspects' results (list 0) and each aspect's indicators' results (list
    /// <c>a</c>) once, when first read, and builds a tree on every read. Written only while the branch is scored, before
    /// the result is published; read-only after, so thread-safe. Every list and tree is the one the engine made at once
    /// before (issue 23).
    /// </summary>
    internal sealed class BranchExplanations : IExplanationSource, IListSource<AspectResult>, IListSource<IndicatorResult>
    {
        /// <summary>The row of the branch's own tree.</summary>
        public const int Root = -1;

        private readonly BranchAssessment assessment;
        private readonly CatalogueLayout layout;
        private readonly IReadOnlyDictionary<IndicatorId, (DerivedObservation Item, MeasuredValue Value)> derived;
        private readonly Row[] rows;

        /// <summary>Lays a branch out: each indicator row finds its score record (the last given, as before).</summary>
        /// <param name="assessment">The assessment.</param>
        /// <param name="layout">The catalogue laid out.</param>
        /// <param name="derived">The observations derived from records, by indicator.</param>
        public BranchExplanations(
            BranchAssessment assessment,
            CatalogueLayout layout,
            IReadOnlyDictionary<IndicatorId, (DerivedObservation Item, MeasuredValue Value)> derived)
        {
            this.assessment = assessment;
            this.layout = layout;
            this.derived = derived;
            rows = new Row[layout.Indicators.Length];
            for (var row = 0; row < rows.Length; row++)
            {
                rows[row].Record = -1;
            }

            for (var i = 0; i < assessment.Scores.Length; i++)
            {
                if (layout.RowOf.TryGetValue(assessment.Scores[i].IndicatorId, out var row))
                {
                    rows[row].Record = i;
                }
            }
        }

        /// <summary>Scores every row by its method: the points and vetoes the branch's result is made of.</summary>
        /// <returns>The exact raw points (aspect by aspect, as the aspects' sums add up) and the vetoes triggered, in catalogue order.</returns>
        public (decimal Raw, ImmutableArray<IndicatorId> Vetoes) ScoreRows()
        {
            var raw = 0m;
            ImmutableArray<IndicatorId>.Builder? vetoes = null;
            for (var a = 0; a < layout.Catalogue.Aspects.Length; a++)
            {
                var points = 0m;
                for (var row = layout.AspectStart[a]; row < layout.AspectStart[a + 1]; row++)
                {
                    var indicator = layout.Indicators[row];
                    var (earned, veto) = layout.Methods[row].ScoreValue(indicator.MaxPoints, Observed(row));
                    rows[row].Points = earned;
                    rows[row].Veto = veto;
                    points += earned.Value;
                    if (veto)
                    {
                        (vetoes ??= ImmutableArray.CreateBuilder<IndicatorId>()).Add(indicator.Id);
                    }
                }

                raw += points;
            }

            return (raw, vetoes?.ToImmutable() ?? []);
        }

        /// <summary>Makes the aspects' results (list 0), each with its indicators' results deferred.</summary>
        ImmutableArray<AspectResult> IListSource<AspectResult>.Build(int index)
        {
            var catalogue = layout.Catalogue;
            var aspects = ImmutableArray.CreateBuilder<AspectResult>(catalogue.Aspects.Length);
            for (var a = 0; a < catalogue.Aspects.Length; a++)
            {
                var aspect = catalogue.Aspects[a];
                var points = 0m;
                for (var row = layout.AspectStart[a]; row < layout.AspectStart[a + 1]; row++)
                {
                    points += rows[row].Points.Value;
                }

                aspects.Add(new AspectResult(aspect.Id, aspect.Title, layout.AspectMaxima[a], new Score(points), default, null)
                {
                    IndicatorRows = new DeferredList<IndicatorResult>(this, a),
                    Tree = new DeferredExplanation(this, layout.Indicators.Length + a),
                });
            }

            return aspects.MoveToImmutable();
        }

        /// <summary>Makes the indicators' results of aspect <paramref name="index"/>, in catalogue order.</summary>
        ImmutableArray<IndicatorResult> IListSource<IndicatorResult>.Build(int index)
        {
            var first = layout.AspectStart[index];
            var results = ImmutableArray.CreateBuilder<IndicatorResult>(layout.AspectStart[index + 1] - first);
            for (var row = first; row < layout.AspectStart[index + 1]; row++)
            {
                var indicator = layout.Indicators[row];
                var method = layout.Methods[row];
                results.Add(new IndicatorResult(indicator.Id, method.Name, indicator.MaxPoints, rows[row].Points, method.CountsTowardsTotal, rows[row].Veto, null)
                {
                    Tree = new DeferredExplanation(this, row),
                });
            }

            return results.MoveToImmutable();
        }

        /// <summary>The observation of an indicator row: derived from records, scored on site, or the method's default.</summary>
        public decimal Observed(int row)
        {
            var indicator = layout.Indicators[row];
            if (derived.Count > 0 && derived.TryGetValue(indicator.Id, out var fromRecords))
            {
                return fromRecords.Value.Value;
            }

            return rows[row].Record >= 0
                ? assessment.Scores[rows[row].Record].Observed
                : layout.Methods[row].DefaultObservation ?? throw new InvalidOperationException($"Indicator '{indicator.Id}' is not scored.");
        }

        /// <inheritdoc />
        public Explanation Explain(int index)
        {
            var count = layout.Indicators.Length;
            return index == Root ? Branch()
                : index >= count ? Aspect(index - count, null)
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
            else if (rows[row].Record >= 0)
            {
                var record = assessment.Scores[rows[row].Record];
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

    /// <summary>One indicator's outcome for a branch: the points earned, whether it vetoed, and the score record it was read from (−1 for none).</summary>
    private struct Row
    {
        /// <summary>The points earned, as the method gave them.</summary>
        public Score Points;

        /// <summary>The index of the score record in the assessment, or −1.</summary>
        public int Record;

        /// <summary>Whether the indicator vetoed the branch.</summary>
        public bool Veto;
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
