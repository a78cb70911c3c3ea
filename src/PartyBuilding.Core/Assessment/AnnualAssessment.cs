using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// The annual target assessment engine (年度目标考核): combines each organization's component inputs under the scheme
/// into one total, one band and one unified ranking (统一量化排名) across the committee and within each district.
/// </summary>
/// <remarks>
/// <para>For each organization: the regular score is Σ component score × weight in force (常规因素); the bonus is
/// Σ min(claimed, item cap) limited by the overall bonus cap (加分因素); the deduction likewise; the total is regular +
/// bonus − deduction, exact, published rounded half away from zero at the scheme's scale (article 002: 常规因素与加分因素
/// 相结合, 统一量化排名).</para>
/// <para>The banding strategy gives the band the published total earns (quota banding on the rank by published total and
/// the ranking strategy's tie rules alone); vetoes and forced downgrades then apply in order of precedence, whatever the
/// score. The published ranking, committee and district alike, follows the scheme's <see cref="PrecedencePolicy"/>
/// (by default: final band, then total, then the tie rules), and each organization's <see cref="OrganizationAssessment.Standing"/>
/// says in words why it stands where it stands.</para>
/// <para>The engine is a pure function of (data set, scheme, as-of date, strategies). <see cref="Validate"/> lists every
/// problem; <see cref="Evaluate"/> runs the same checks first and throws one <see cref="PartyBuildingValidationException"/>
/// listing them before computing anything. The scheme's strategies are created once, while the scheme is checked, and the
/// entry of each dated series in force on the as-of date applies. The result does not depend on the order of inputs and
/// carries a <see cref="ReproducibilityReceipt"/>. Thread-safe.</para>
/// </remarks>
public static class AnnualAssessment
{
    /// <summary>What <see cref="Evaluate"/>'s exception says was not valid.</summary>
    private const string Subject = "assessment scheme and data set";

    /// <summary>Checks a data set and the scheme it is evaluated with, as of a date, without computing anything.</summary>
    /// <param name="data">The organizations and their component inputs.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The evaluation date; the scheme must apply by then.</param>
    /// <param name="strategies">The strategies the scheme may name; <see cref="AssessmentStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>
    /// Every problem, with a path under <c>Scheme.</c> or <c>Data.</c> (or <c>AsOf</c>) and a code of
    /// <see cref="AssessmentErrorCodes"/> or <see cref="CommonErrorCodes"/>: the scheme on its own (its strategies at
    /// <c>Scheme.Banding[0].Value.Parameters.good</c>, say), the data set on its own, and the data against the scheme.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="scheme"/> is <see langword="null"/>.</exception>
    public static ValidationReport Validate(AssessmentDataSet data, AssessmentScheme scheme, LocalDate asOf, AssessmentStrategies? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        Check(data, scheme, asOf, strategies ?? AssessmentStrategies.Default, problems);
        return problems.ToReport();
    }

    /// <summary>Checks a scheme alone (a scheme document before any data set is at hand).</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="strategies">The strategies the scheme may name; <see cref="AssessmentStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>Every problem, with a path relative to the scheme (e.g. <c>Banding[0].Value.Parameters.good</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is <see langword="null"/>.</exception>
    public static ValidationReport ValidateScheme(AssessmentScheme scheme, AssessmentStrategies? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        AssessmentSchemeValidator.Check(scheme, strategies ?? AssessmentStrategies.Default, problems);
        return problems.ToReport();
    }

    /// <summary>Evaluates every organization of a data set under a scheme as of a date.</summary>
    /// <param name="data">The organizations and their component inputs.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The evaluation date; the scheme's dated settings and strategies in force on it apply.</param>
    /// <param name="strategies">The strategies the scheme may name; <see cref="AssessmentStrategies.Default"/> when <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="scheme"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The scheme or the data set is not valid; every problem of <see cref="Validate"/> is listed and nothing is computed.</exception>
    public static AssessmentResult Evaluate(AssessmentDataSet data, AssessmentScheme scheme, LocalDate asOf, AssessmentStrategies? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        var created = Check(data, scheme, asOf, strategies ?? AssessmentStrategies.Default, problems);
        problems.ThrowIfErrors(Subject);
        return Compute(data.Canonical(), scheme, asOf, created!, default);
    }

    /// <summary>Checks a data set against a scheme already checked by its caller (the composition root), without checking the scheme again.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="scheme">The scheme, already checked.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The problems of the data set alone (<c>Data.</c>) and of the data against the scheme.</returns>
    internal static ValidationReport ValidateData(AssessmentDataSet data, AssessmentScheme scheme, LocalDate asOf)
    {
        var problems = new ProblemCollector();
        AssessmentDataSetValidator.Check(data, problems.At("Data"));
        AssessmentCrossCheck.Check(data, scheme, asOf, problems);
        return problems.ToReport();
    }

    /// <summary>
    /// Evaluates a canonical data set (<see cref="AssessmentDataSet.Canonical"/>) under a scheme its caller has checked and
    /// whose strategies it created: the data is checked once here, the scheme not again, and nothing is canonicalised again.
    /// </summary>
    /// <param name="canonical">The canonical data set.</param>
    /// <param name="scheme">The scheme, already checked.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="created">The scheme's strategies, created while it was checked.</param>
    /// <param name="documents">The digests of the documents the data set was made from, by name, for the receipt.</param>
    /// <returns>The result, identical to <see cref="Evaluate"/>'s but for the receipt, which covers <paramref name="documents"/> too.</returns>
    /// <exception cref="PartyBuildingValidationException">The data set is not valid under the scheme.</exception>
    internal static AssessmentResult EvaluateChecked(AssessmentDataSet canonical, AssessmentScheme scheme, LocalDate asOf, SchemeStrategies created, ValueDictionary<string> documents)
    {
        ValidateData(canonical, scheme, asOf).ThrowIfInvalid(Subject);
        return Compute(canonical, scheme, asOf, created, documents);
    }

    /// <summary>
    /// Each organization's position by rank: one more than the number of organizations ranked strictly ahead of it, so
    /// tied organizations share a position and the next one skips (1-2-2-4) whatever the ranking strategy; for
    /// standard-competition ranking it is the rank itself.
    /// </summary>
    internal static Dictionary<OrganizationId, int> Positions(IReadOnlyDictionary<OrganizationId, int> ranks)
    {
        var positionOfRank = new Dictionary<int, int>();
        var ahead = 0;
        foreach (var tied in ranks.Values.GroupBy(r => r).OrderBy(g => g.Key))
        {
            positionOfRank[tied.Key] = ahead + 1;
            ahead += tied.Count();
        }

        return ranks.ToDictionary(p => p.Key, p => positionOfRank[p.Value]);
    }

    private static AssessmentResult Compute(AssessmentDataSet canonical, AssessmentScheme scheme, LocalDate asOf, SchemeStrategies created, ValueDictionary<string> documents)
    {
        var banding = created.Banding[Dated.IndexAsOf(scheme.Banding, asOf)];
        var ranking = created.Ranking[Dated.IndexAsOf(scheme.Ranking, asOf)];
        var rounding = ScoreRounding.AtScale(scheme.PublishedScale);
        var inputs = canonical.Inputs.ToLookup(i => i.Organization);
        var scored = canonical.Organizations.Select(o => Score(o, [.. inputs[o.Id]], scheme, asOf, rounding, withInputTrees: false).Scored).ToList();
        var policy = scheme.PolicyInForce;
        var count = scored.Count;

        // Bands first, from the published total alone: the rank quota banding uses is the ranking strategy's order of
        // the totals, which no veto or downgrade moves. Then the precedence rules, in ascending precedence.
        // Banding sees each organization's position (one more than the organizations ranked ahead of it), not the dense
        // rank: under dense ranking a tie anywhere above would otherwise lift every organization below it into a quota.
        var scoreRanks = ranking.Rank([.. scored.Select(s => Entry(s, 0, ranking))]);
        var positions = Positions(scoreRanks);
        var banded = scored.ToDictionary(
            s => s.Organization.Id,
            s => Apply(s, banding.Band(s.Published, positions[s.Organization.Id], count), scheme));

        // Then the published ranking, committee and district alike, in the policy's order.
        var entries = scored.ToDictionary(s => s.Organization.Id, s => Entry(s, Group(policy.Order, banded[s.Organization.Id]), ranking));
        var committeeRanks = ranking.Rank([.. entries.Values]);
        var districts = scored.GroupBy(s => s.Organization.District).ToDictionary(g => g.Key, g => g.Count());
        var districtRanks = scored.GroupBy(s => s.Organization.District)
            .SelectMany(g => ranking.Rank([.. g.Select(s => entries[s.Organization.Id])]))
            .ToDictionary(p => p.Key, p => p.Value);

        var organizations = scored
            .Select(s => Finish(
                s,
                banded[s.Organization.Id],
                new Placement(scoreRanks[s.Organization.Id], positions[s.Organization.Id], committeeRanks[s.Organization.Id], districtRanks[s.Organization.Id], count, districts[s.Organization.District]),
                new AssessmentStanding.Context(scheme, banding, ranking, policy)))
            .OrderBy(o => o.CommitteeRank)
            .ThenBy(o => o.Organization)
            .ToValueArray();

        return new AssessmentResult(
            scheme.CommitteeId,
            scheme.Year,
            asOf,
            new AppliedStrategy(banding.Name, banding.Parameters),
            new AppliedStrategy(ranking.Name, ranking.Parameters),
            organizations,
            AssessmentReceipts.OfCanonical(canonical, scheme, asOf, documents),
            policy);
    }

    /// <summary>Checks the scheme (creating its strategies), the data set, and the data against the scheme.</summary>
    /// <returns>The scheme's strategies, or <see langword="null"/> when the scheme's strategies could not all be created.</returns>
    private static SchemeStrategies? Check(AssessmentDataSet data, AssessmentScheme scheme, LocalDate asOf, AssessmentStrategies strategies, ProblemCollector problems)
    {
        var created = AssessmentSchemeValidator.Check(scheme, strategies, problems.At("Scheme"));
        AssessmentDataSetValidator.Check(data, problems.At("Data"));
        AssessmentCrossCheck.Check(data, scheme, asOf, problems);
        return created;
    }

    /// <summary>
    /// Scores one organization. The assessment's own nodes are few and cheap and make the figures; the areas' trees under
    /// them are read only <paramref name="withInputTrees"/>, when the organization's explanation is asked for (the figures
    /// never depend on them).
    /// </summary>
    /// <returns>The figures, and the exact total's node (whose value is the total).</returns>
    private static (Scored Scored, Explanation Total) Score(AssessedOrganization organization, ImmutableArray<ComponentInput> inputs, AssessmentScheme scheme, LocalDate asOf, ScoreRounding rounding, bool withInputTrees)
    {
        var schemeCitation = scheme.Cite("年度目标考核办法");
        var parts = scheme.Components.OrderBy(c => c.Id)
            .Select(c => Weighted(organization, c, inputs.First(i => i.Component == c.Id), scheme, asOf, schemeCitation, withInputTrees))
            .ToList();
        var regular = Explanation.Sum(AssessmentLabels.RegularScore, [.. parts.Select(p => p.Node)]) with
        {
            Key = "regular",
            Citation = Sources.Article002.At("日常工作与重点工作相结合,定性定量相结合"),
        };

        var (bonusLines, bonusNode) = Factors(
            inputs.SelectMany(i => i.Bonuses.Select(b => (i.Component, Entry: b))), scheme.Bonuses, scheme.BonusCaps, asOf, "bonus",
            AssessmentLabels.BonusFactors, Sources.Article002.At("常规因素与加分因素相结合"), schemeCitation);
        var (deductionLines, deductionCounted) = Factors(
            inputs.SelectMany(i => i.Deductions.Select(d => (i.Component, Entry: d))), scheme.Deductions, scheme.DeductionCaps, asOf, "deduction",
            AssessmentLabels.DeductionItems, schemeCitation, schemeCitation);
        var deductionNode = Explanation.Formula(
            AssessmentLabels.Deduction, -deductionCounted.Value, "negate", [], [deductionCounted]) with { Key = "deduction" };

        var total = Explanation.Sum(AssessmentLabels.ExactTotal, [regular, bonusNode, deductionNode]) with { Key = "total" };
        var lines = parts.Select(p => new ScoreLine($"component:{p.Line.Component}", scheme.Components.First(s => s.Id == p.Line.Component).Label, p.Line.Contribution))
            .Append(new ScoreLine("bonus", bonusNode.Label, new Score(bonusNode.Value)))
            .Append(new ScoreLine("deduction", deductionNode.Label, new Score(deductionNode.Value)));

        return (new Scored(
            organization,
            new Score(regular.Value),
            new Score(bonusNode.Value),
            deductionCounted.Value == 0m ? Common.Score.Zero : new Score(deductionCounted.Value),
            new Score(total.Value),
            new Score(rounding.Apply(total.Value)),
            [.. parts.Select(p => p.Line)],
            bonusLines,
            deductionLines,
            Triggered(inputs, scheme),
            ScoreBreakdown.FromLines(lines),
            rounding,
            inputs,
            scheme,
            asOf), total);
    }

    /// <summary>One component of an organization: its score (a qualitative grade's mapped score), the weight in force and the weighted contribution.</summary>
    private static (ComponentLine Line, Explanation Node) Weighted(
        AssessedOrganization organization, SchemeComponent component, ComponentInput input, AssessmentScheme scheme, LocalDate asOf, Citation schemeCitation, bool withInputTrees)
    {
        var given = withInputTrees ? input.Explanation : null;
        var weight = Dated.AsOf(component.Weights, asOf);
        Explanation scoreNode;
        Score score;
        if (component.Nature == ComponentNature.Qualitative)
        {
            var grade = input.Grade!.Value;
            score = scheme.QualitativeScores.First(g => g.Grade == grade).Score;
            scoreNode = given ?? Explanation.Formula(
                AssessmentLabels.Qualitative(component.Label, grade),
                score.Value,
                "grade-to-score",
                [new("grade", grade.ToString())],
                []) with { Key = $"input:{organization.Id}/{component.Id}", Citation = schemeCitation };
        }
        else
        {
            score = input.Score!.Value;
            scoreNode = given ?? Explanation.Given(component.Label, score.Value) with { Key = $"input:{organization.Id}/{component.Id}" };
        }

        var contribution = score * weight;
        var node = Explanation.Formula(
            AssessmentLabels.Weighted(component.Label),
            contribution.Value,
            "weighted",
            [new("weight", weight.ToString())],
            [scoreNode]) with
        {
            Key = $"component:{component.Id}",
            Citation = component.Kind == ComponentKind.DoubleReview
                ? Sources.Article002.At("“双述双评”按比例计入年度考核")
                : schemeCitation,
        };
        return (new ComponentLine(component.Id, component.Kind, score, weight, contribution, input.Grade), node);
    }

    /// <summary>The precedence rules raised for an organization, each once with its reasons joined, in ascending precedence.</summary>
    private static ImmutableArray<(PrecedenceRule Rule, LocalizedText Reason, ValueArray<AssessmentComponentId> Lowered)> Triggered(
        ImmutableArray<ComponentInput> inputs, AssessmentScheme scheme) =>
        [.. inputs.SelectMany(i => i.Vetoes)
            .GroupBy(v => v.Rule)
            .Select(g => (
                Rule: scheme.PrecedenceRules.First(r => r.Id == g.Key),
                Reason: AssessmentStanding.JoinReasons(g.Select(v => v.Reason)),
                Lowered: g.Select(v => v.LoweredComponent).OfType<AssessmentComponentId>().Distinct().Order().ToValueArray()))
            .OrderBy(t => t.Rule.Precedence)
            .ThenBy(t => t.Rule.Id)];

    private static (ImmutableArray<FactorLine> Lines, Explanation Node) Factors(
        IEnumerable<(AssessmentComponentId Component, FactorEntry Entry)> entries,
        ValueArray<FactorRule> rules,
        ValueArray<DatedValue<Score>> overallCaps,
        LocalDate asOf,
        string key,
        LocalizedText label,
        Citation citation,
        Citation itemCitation)
    {
        var lines = ImmutableArray.CreateBuilder<FactorLine>();
        var nodes = ImmutableArray.CreateBuilder<Explanation>();
        foreach (var group in entries.GroupBy(e => e.Entry.Factor).OrderBy(g => g.Key))
        {
            var rule = rules.First(r => r.Id == group.Key);
            var entryNodes = group
                .OrderBy(e => e.Component).ThenBy(e => e.Entry.Points).ThenBy(e => e.Entry.Reason, StringComparer.Ordinal)
                .Select(e => Explanation.Given(rule.Label, e.Entry.Points.Value) with { Key = $"input:{e.Component}", Note = LocalizedText.AsGiven(e.Entry.Reason) })
                .ToImmutableArray();
            var claimed = Common.Score.Sum(group.Select(e => e.Entry.Points));
            var counted = Common.Score.Min(claimed, rule.Cap);
            lines.Add(new FactorLine(rule.Id, claimed, rule.Cap, counted));
            nodes.Add(Explanation.Formula(rule.Label, counted.Value, "capped-sum", [new("cap", rule.Cap.ToString())], entryNodes) with
            {
                Key = $"{key}:{rule.Id}",
                Citation = itemCitation,
            });
        }

        var sum = nodes.Sum(n => n.Value);
        var hasCap = Dated.TryAsOf(overallCaps, asOf, out var cap);
        var value = hasCap ? Math.Min(sum, cap.Value) : sum;
        var node = Explanation.Formula(label, value, "capped-sum", [new("cap", hasCap ? cap.ToString() : "none")], nodes.ToImmutable()) with
        {
            Key = key,
            Citation = citation,
        };
        return (lines.ToImmutable(), node);
    }

    private static RankingEntry Entry(Scored s, int group, IRankingStrategy ranking) => new(
        s.Organization.Id,
        group,
        s.Published,
        [.. ranking.TieBreakers.Select(id => s.Components.First(c => c.Component == id).Score)]);

    /// <summary>The group of the published order: a lower group ranks first, whatever the total.</summary>
    private static int Group(PublishedRankOrder order, Banded banded) => order switch
    {
        PublishedRankOrder.BandThenTotal => (int)banded.Band,
        PublishedRankOrder.VetoedLast => banded.Rules.Any(r => r.Kind == PrecedenceRuleKind.Veto) ? 1 : 0,
        _ => 0,
    };

    /// <summary>Applies the precedence rules raised, in ascending precedence, to the band the total earns.</summary>
    private static Banded Apply(Scored s, GradeBand scoreBand, AssessmentScheme scheme)
    {
        var band = scoreBand;
        var applied = ImmutableArray.CreateBuilder<AppliedRule>();
        foreach (var (rule, reason, lowered) in s.Triggered)
        {
            var before = band;
            band = rule.Kind == PrecedenceRuleKind.Veto
                ? before.CappedAt(rule.MaxBand!.Value)
                : before.LoweredBy(rule.Steps);
            var line = new AppliedRule(rule.Id, rule.Kind, rule.Precedence, before, band, reason, rule.Label, lowered);
            var description = AssessmentStanding.Describe(line, rule, scheme);
            applied.Add(new AppliedRule(rule.Id, rule.Kind, rule.Precedence, before, band, reason, rule.Label, lowered, description));
        }

        return new Banded(scoreBand, band, applied.ToImmutable());
    }

    private static OrganizationAssessment Finish(Scored s, Banded banded, Placement placement, AssessmentStanding.Context context)
    {
        var standing = AssessmentStanding.Explain(context, s.Organization, s.Published, banded.ScoreBand, banded.Band, banded.Rules, placement);
        var root = new DeferredExplanation(() => Explanation.Formula(
            AssessmentLabels.PublishedTotal,
            s.Published.Value,
            "round-half-away-from-zero",
            [new("scale", s.Rounding.Scale.ToString(CultureInfo.InvariantCulture))],
            [Score(s.Organization, s.Inputs, s.Scheme, s.AsOf, s.Rounding, withInputTrees: true).Total]) with
        {
            Key = s.Organization.Id.Value,
            Citation = Sources.Article002.At("统一量化排名"),
            Summary = standing,
        });

        return new OrganizationAssessment(
            s.Organization.Id,
            s.Organization.District,
            s.Regular,
            s.Bonus,
            s.Deduction,
            s.Total,
            s.Published,
            s.Components,
            s.Bonuses,
            s.Deductions,
            banded.Rules,
            banded.ScoreBand,
            banded.Band,
            placement.CommitteeRank,
            placement.DistrictRank,
            s.Breakdown,
            null,
            placement.ScoreRank,
            context.Policy.Order,
            standing)
        {
            Tree = root,
        };
    }

    private sealed record Banded(GradeBand ScoreBand, GradeBand Band, ValueArray<AppliedRule> Rules);

    private sealed record Scored(
        AssessedOrganization Organization,
        Score Regular,
        Score Bonus,
        Score Deduction,
        Score Total,
        Score Published,
        ValueArray<ComponentLine> Components,
        ValueArray<FactorLine> Bonuses,
        ValueArray<FactorLine> Deductions,
        ImmutableArray<(PrecedenceRule Rule, LocalizedText Reason, ValueArray<AssessmentComponentId> Lowered)> Triggered,
        ScoreBreakdown Breakdown,
        ScoreRounding Rounding,
        ImmutableArray<ComponentInput> Inputs,
        AssessmentScheme Scheme,
        LocalDate AsOf);
}
