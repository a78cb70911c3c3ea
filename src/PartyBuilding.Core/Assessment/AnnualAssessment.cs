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
/// <para>Organizations are ranked by the scheme's ranking strategy on the published total; the banding strategy gives
/// the band the total earns; vetoes and forced downgrades then apply in order of precedence, whatever the score.</para>
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

        var entries = scored.ToDictionary(
            s => s.Organization.Id,
            s => new RankingEntry(
                s.Organization.Id,
                s.Triggered.Any(t => t.Rule.Kind == PrecedenceRuleKind.Veto),
                s.Published,
                [.. ranking.TieBreakers.Select(id => s.Components.First(c => c.Component == id).Score)]));
        var committeeRanks = ranking.Rank(entries.Values);
        var districtRanks = scored.GroupBy(s => s.Organization.District)
            .SelectMany(g => ranking.Rank([.. g.Select(s => entries[s.Organization.Id])]))
            .ToDictionary(p => p.Key, p => p.Value);

        var organizations = scored
            .Select(s => Finish(s, banding, committeeRanks[s.Organization.Id], districtRanks[s.Organization.Id], scored.Count, scheme))
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
            AssessmentReceipts.Compute(request));
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
            .Select(g => (Rule: scheme.PrecedenceRules.First(r => r.Id == g.Key), Reason: string.Join("; ", g.Select(v => v.Reason).Distinct().Order(StringComparer.Ordinal))))
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
                .Select(e => Explanation.Given(rule.Label, e.Entry.Points.Value) with { Key = $"input:{e.Component}", Note = e.Entry.Reason })
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

    private static OrganizationAssessment Finish(Scored s, IBandingStrategy banding, int committeeRank, int districtRank, int count, AssessmentScheme scheme)
    {
        var scoreBand = banding.Band(s.Published, committeeRank, count);
        var band = scoreBand;
        var applied = ImmutableArray.CreateBuilder<AppliedRule>();
        foreach (var (rule, reason) in s.Triggered)
        {
            var before = band;
            band = rule.Kind == PrecedenceRuleKind.Veto
                ? (GradeBand)Math.Max((int)before, (int)rule.MaxBand!.Value)
                : (GradeBand)Math.Min((int)GradeBand.Poor, (int)before + rule.Steps);
            applied.Add(new AppliedRule(rule.Id, rule.Kind, rule.Precedence, before, band, reason));
        }

        var note = string.Create(
            CultureInfo.InvariantCulture,
            $"{banding.Name} → {scoreBand}{string.Concat(applied.Select(a => $"; {a.Kind} {a.Rule} ({a.Reason}): {a.Before} → {a.After}"))}; rank {committeeRank} in committee, {districtRank} in {s.Organization.District}");
        var root = Explanation.Formula(
            new LocalizedText("年度考核得分（公布值）", "Annual assessment score (published)"),
            s.Published.Value,
            "round-half-away-from-zero",
            [new("scale", s.Rounding.Scale.ToString(CultureInfo.InvariantCulture))],
            [s.Explanation]) with
        {
            Key = s.Organization.Id.Value,
            Citation = Sources.Article002.At("统一量化排名"),
            Note = note,
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
            applied.ToImmutable(),
            scoreBand,
            band,
            committeeRank,
            districtRank,
            s.Breakdown,
            root);
    }

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
        ImmutableArray<(PrecedenceRule Rule, string Reason)> Triggered,
        ScoreBreakdown Breakdown,
        Explanation Explanation,
        ScoreRounding Rounding);
}
