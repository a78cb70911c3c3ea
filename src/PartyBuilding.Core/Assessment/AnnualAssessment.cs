using PartyBuilding.Core.Common;
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
/// <para>The evaluation is a pure function of its request: it validates everything first and computes nothing from an
/// invalid request, does not depend on the order of inputs, and carries a <see cref="ReproducibilityReceipt"/>.
/// Thread-safe.</para>
/// </remarks>
public static class AnnualAssessment
{
    private static readonly AssessmentRequestValidator Validator = new();

    /// <summary>Validates a request without evaluating it.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The request's data set or scheme is <see langword="null"/>.</exception>
    public static ValidationReport Validate(AssessmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Data is null || request.Scheme is null)
        {
            throw new ArgumentException("The request needs a data set and a scheme.", nameof(request));
        }

        return Validator.Check(request);
    }

    /// <summary>Evaluates every organization of a data set under a scheme as of a date.</summary>
    /// <param name="data">The inputs.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The request is not valid; every problem is listed and nothing is computed.</exception>
    public static AssessmentResult Evaluate(AssessmentDataSet data, AssessmentScheme scheme, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        return Evaluate(new AssessmentRequest(data, scheme, asOf));
    }

    /// <summary>Evaluates a request.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The request is not valid; every problem is listed and nothing is computed.</exception>
    public static AssessmentResult Evaluate(AssessmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request).ThrowIfInvalid("assessment request");

        var scheme = request.Scheme;
        var data = request.Data.Canonical();
        var asOf = request.AsOf;
        var banding = AssessmentStrategies.Banding(scheme, asOf);
        var ranking = AssessmentStrategies.Ranking(scheme, asOf);
        var rounding = ScoreRounding.AtScale(scheme.PublishedScale);
        var inputs = data.Inputs.ToLookup(i => i.Organization);

        var scored = data.Organizations.Select(o => Score(o, [.. inputs[o.Id]], scheme, asOf, rounding)).ToList();

        var policy = scheme.PolicyInForce;
        var count = scored.Count;

        // Bands first, from the published total alone: the rank quota banding uses is the ranking strategy's order of
        // the totals, which no veto or downgrade moves. Then the precedence rules, in ascending precedence.
        var scoreRanks = ranking.Rank([.. scored.Select(s => Entry(s, 0, ranking))]);
        var banded = scored.ToDictionary(
            s => s.Organization.Id,
            s => Apply(s, banding.Band(s.Published, scoreRanks[s.Organization.Id], count), scheme));

        // Then the published ranking, committee and district alike, in the policy's order.
        var entries = scored.ToDictionary(s => s.Organization.Id, s => Entry(s, Group(policy.Order, banded[s.Organization.Id]), ranking));
        var committeeRanks = ranking.Rank(entries.Values);
        var districts = scored.GroupBy(s => s.Organization.District).ToDictionary(g => g.Key, g => g.Count());
        var districtRanks = scored.GroupBy(s => s.Organization.District)
            .SelectMany(g => ranking.Rank([.. g.Select(s => entries[s.Organization.Id])]))
            .ToDictionary(p => p.Key, p => p.Value);

        var organizations = scored
            .Select(s => Finish(
                s,
                banded[s.Organization.Id],
                new Placement(scoreRanks[s.Organization.Id], committeeRanks[s.Organization.Id], districtRanks[s.Organization.Id], count, districts[s.Organization.District]),
                new AssessmentStanding.Context(scheme, banding, ranking, policy)))
            .OrderBy(o => o.CommitteeRank)
            .ThenBy(o => o.Organization)
            .ToImmutableArray();

        return new AssessmentResult(
            scheme.CommitteeId,
            scheme.Year,
            asOf,
            new AppliedStrategy(banding.Name, banding.Parameters),
            new AppliedStrategy(ranking.Name, ranking.Parameters),
            organizations,
            AssessmentReceipts.Compute(request))
        {
            Policy = policy,
        };
    }

    private static Scored Score(AssessedOrganization organization, ImmutableArray<ComponentInput> inputs, AssessmentScheme scheme, LocalDate asOf, ScoreRounding rounding)
    {
        var schemeCitation = scheme.Cite("年度目标考核办法");
        var components = ImmutableArray.CreateBuilder<ComponentLine>();
        var contributionNodes = ImmutableArray.CreateBuilder<Explanation>();
        foreach (var component in scheme.Components.OrderBy(c => c.Id))
        {
            var input = inputs.First(i => i.Component == component.Id);
            var weight = Dated.AsOf(component.Weights, asOf);
            Explanation scoreNode;
            Score score;
            if (component.Nature == ComponentNature.Qualitative)
            {
                var grade = input.Grade!.Value;
                score = scheme.QualitativeScores.First(g => g.Grade == grade).Score;
                scoreNode = input.Explanation ?? Explanation.Formula(
                    new LocalizedText($"{component.Label.ZhCn}（定性：{AssessmentLabels.GradeBands[grade].ZhCn}）", $"{component.Label.English} (qualitative: {AssessmentLabels.GradeBands[grade].English})"),
                    score.Value,
                    "grade-to-score",
                    [new("grade", grade.ToString())],
                    []) with { Key = $"input:{organization.Id}/{component.Id}", Citation = schemeCitation };
            }
            else
            {
                score = input.Score!.Value;
                scoreNode = input.Explanation ?? Explanation.Given(component.Label, score.Value) with { Key = $"input:{organization.Id}/{component.Id}" };
            }

            var contribution = score * weight;
            components.Add(new ComponentLine(component.Id, component.Kind, score, weight, contribution, input.Grade));
            contributionNodes.Add(Explanation.Formula(
                new LocalizedText($"{component.Label.ZhCn}（加权）", $"{component.Label.English} (weighted)"),
                contribution.Value,
                "weighted",
                [new("weight", weight.ToString())],
                [scoreNode]) with
            {
                Key = $"component:{component.Id}",
                Citation = component.Kind == ComponentKind.DoubleReview
                    ? Sources.Article002.At("“双述双评”按比例计入年度考核")
                    : schemeCitation,
            });
        }

        var regular = Explanation.Sum(new LocalizedText("常规因素得分", "Regular score"), contributionNodes.ToImmutable()) with
        {
            Key = "regular",
            Citation = Sources.Article002.At("日常工作与重点工作相结合，定性定量相结合"),
        };

        var (bonusLines, bonusNode) = Factors(
            inputs.SelectMany(i => i.Bonuses.Select(b => (i.Component, Entry: b))), scheme.Bonuses, scheme.BonusCaps, asOf, "bonus",
            new LocalizedText("加分因素", "Bonus factors"), Sources.Article002.At("常规因素与加分因素相结合"), schemeCitation);
        var (deductionLines, deductionCounted) = Factors(
            inputs.SelectMany(i => i.Deductions.Select(d => (i.Component, Entry: d))), scheme.Deductions, scheme.DeductionCaps, asOf, "deduction",
            new LocalizedText("扣分项（扣减分值）", "Deductions (points deducted)"), schemeCitation, schemeCitation);
        var deductionNode = Explanation.Formula(
            new LocalizedText("扣分", "Deduction"), -deductionCounted.Value, "negate", [], [deductionCounted]) with { Key = "deduction" };

        var total = Explanation.Sum(new LocalizedText("年度总分（精确值）", "Annual total (exact)"), [regular, bonusNode, deductionNode]) with { Key = "total" };
        var published = new Score(rounding.Apply(total.Value));

        var lines = components.Select(c => new ScoreLine($"component:{c.Component}", scheme.Components.First(s => s.Id == c.Component).Label, c.Contribution))
            .Append(new ScoreLine("bonus", bonusNode.Label, new Score(bonusNode.Value)))
            .Append(new ScoreLine("deduction", deductionNode.Label, new Score(deductionNode.Value)));

        var triggered = inputs.SelectMany(i => i.Vetoes)
            .GroupBy(v => v.Rule)
            .Select(g => (
                Rule: scheme.PrecedenceRules.First(r => r.Id == g.Key),
                Reason: JoinReasons(g.Select(v => v.Reason)),
                Lowered: g.Select(v => v.LoweredComponent).OfType<AssessmentComponentId>().Distinct().Order().ToImmutableArray()))
            .OrderBy(t => t.Rule.Precedence)
            .ThenBy(t => t.Rule.Id)
            .ToImmutableArray();

        return new Scored(
            organization,
            new Score(regular.Value),
            new Score(bonusNode.Value),
            deductionCounted.Value == 0m ? Common.Score.Zero : new Score(deductionCounted.Value),
            new Score(total.Value),
            published,
            components.ToImmutable(),
            bonusLines,
            deductionLines,
            triggered,
            ScoreBreakdown.FromLines(lines),
            total,
            rounding);
    }

    private static (ImmutableArray<FactorLine> Lines, Explanation Node) Factors(
        IEnumerable<(AssessmentComponentId Component, FactorEntry Entry)> entries,
        ImmutableArray<FactorRule> rules,
        ImmutableArray<DatedSetting<Score>> overallCaps,
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
    /// <summary>Joins the reasons raised for one rule, each once, in ordinal order of each language.</summary>
    private static LocalizedText JoinReasons(IEnumerable<LocalizedText> reasons)
    {
        var all = reasons.ToList();
        return new LocalizedText(
            string.Join("；", all.Select(r => r.ZhCn).Distinct().Order(StringComparer.Ordinal)),
            string.Join("; ", all.Select(r => r.English).Distinct().Order(StringComparer.Ordinal)));
    }

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
                ? (GradeBand)Math.Max((int)before, (int)rule.MaxBand!.Value)
                : (GradeBand)Math.Min((int)GradeBand.Poor, (int)before + rule.Steps);
            var line = new AppliedRule(rule.Id, rule.Kind, rule.Precedence, before, band, reason)
            {
                Label = rule.Label,
                AlsoLowered = lowered,
            };
            applied.Add(line with { Description = AssessmentStanding.Describe(line, rule, scheme) });
        }

        return new Banded(scoreBand, band, applied.ToImmutable());
    }

    private static OrganizationAssessment Finish(Scored s, Banded banded, Placement placement, AssessmentStanding.Context context)
    {
        var standing = AssessmentStanding.Explain(context, s.Organization, s.Published, banded.ScoreBand, banded.Band, banded.Rules, placement);
        var root = Explanation.Formula(
            new LocalizedText("年度考核得分（公布值）", "Annual assessment score (published)"),
            s.Published.Value,
            "round-half-away-from-zero",
            [new("scale", s.Rounding.Scale.ToString(CultureInfo.InvariantCulture))],
            [s.Explanation]) with
        {
            Key = s.Organization.Id.Value,
            Citation = Sources.Article002.At("统一量化排名"),
            Summary = standing,
        };

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
            root)
        {
            ScoreRank = placement.ScoreRank,
            RankedBy = context.Policy.Order,
            Standing = standing,
        };
    }

    private sealed record Banded(GradeBand ScoreBand, GradeBand Band, ImmutableArray<AppliedRule> Rules);

    private sealed record Scored(
        AssessedOrganization Organization,
        Score Regular,
        Score Bonus,
        Score Deduction,
        Score Total,
        Score Published,
        ImmutableArray<ComponentLine> Components,
        ImmutableArray<FactorLine> Bonuses,
        ImmutableArray<FactorLine> Deductions,
        ImmutableArray<(PrecedenceRule Rule, LocalizedText Reason, ImmutableArray<AssessmentComponentId> Lowered)> Triggered,
        ScoreBreakdown Breakdown,
        Explanation Explanation,
        ScoreRounding Rounding);
}
