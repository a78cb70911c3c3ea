using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Cli.Reports;

/// <summary>Maps the Assessment area's result onto the tool's generic report model.</summary>
internal static class AssessmentReport
{
    private static readonly LocalizedText Title = new("年度目标考核统一量化排名", "Annual target assessment: unified ranking");

    /// <summary>Builds the report of one committee's assessment.</summary>
    /// <param name="result">The assessment result.</param>
    /// <param name="data">The data set it was computed from (for organization names).</param>
    /// <param name="scheme">The scheme it was computed under (for component labels and the published scale).</param>
    /// <param name="full">The whole annual evaluation, when a manifest was run: its standardization tiers and member grades become distributions too, and its missing components the organizations not ranked.</param>
    /// <param name="registry">The organization registry as of the evaluation date, when the data came with one: it names the committee and the organizations not ranked.</param>
    /// <param name="life">The compliance check of the organizational-life records, when the manifest listed them: the report's organizational-life compliance section.</param>
    /// <returns>
    /// The committee, year, evaluation date and receipt; the ranking, with the grade the total earns, the vetoes and
    /// downgrades applied and one column per component; the organizations not ranked with their reasons; notes on the
    /// marks and the ranking order; and the distributions by band and by district, then (from <paramref name="full"/>)
    /// the tiers named to the branches in the year and the grades of the members.
    /// </returns>
    public static EvaluationReport From(
        AssessmentResult result, AssessmentDataSet data, AssessmentScheme scheme, AnnualEvaluationResult? full = null, OrganizationTree? registry = null, OrganizationalLifeResult? life = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        var rounding = ScoreRounding.AtScale(scheme.PublishedScale);
        var names = data.Organizations.ToDictionary(o => o.Id, o => o.Name ?? registry?.Find(o.Id)?.Name ?? o.Id.Value);
        var illustrative = IllustrativeComponents(scheme, full);
        var columns = scheme.Components
            .Select(c => new ReportColumn(c.Id.Value, illustrative.Contains(c.Id) ? ReportLabels.MarkedIllustrative(c.Label) : c.Label))
            .ToImmutableArray();
        var rules = scheme.PrecedenceRules.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First().Label);
        var rows = result.Organizations
            .OrderBy(o => o.CommitteeRank)
            .ThenBy(o => o.Organization)
            .Select(o => new RankingRow(
                o.CommitteeRank,
                o.Organization.Value,
                names.GetValueOrDefault(o.Organization, o.Organization.Value),
                o.District.Value,
                AssessmentLabels.GradeBands[o.Band],
                o.PublishedTotal.Value,
                o.Components.ToImmutableSortedDictionary(c => c.Component.Value, c => c.Score.Round(rounding).Value, StringComparer.Ordinal))
            {
                ScoreGrade = AssessmentLabels.GradeBands[o.ScoreBand],
                Precedence = [.. o.Rules.Select(r => Mark(r, rules))],
                Contributions = o.Components.ToImmutableSortedDictionary(c => c.Component.Value, c => c.Contribution.Value, StringComparer.Ordinal),
            })
            .ToImmutableArray();
        var notRanked = NotRanked(full, scheme, registry);
        var bands = new Distribution(
            new LocalizedText("考核档次分布", "Bands"),
            [.. Enum.GetValues<GradeBand>().Select(b => new DistributionBar(AssessmentLabels.GradeBands[b], result.Organizations.Count(o => o.Band == b)))],
            "bands");
        var districts = new Distribution(
            new LocalizedText("各责任区参评组织数", "Organizations per district"),
            [.. result.Organizations.GroupBy(o => o.District).OrderBy(g => g.Key)
                .Select(g => new DistributionBar(new LocalizedText($"责任区 {g.Key}", $"District {g.Key}"), g.Count()))],
            "districts");
        var distributions = ImmutableArray.CreateBuilder<Distribution>();
        distributions.Add(bands);
        distributions.Add(districts);
        if (full?.Standardization is { } standardization && Tiers(standardization, result.Year) is { } tiers)
        {
            distributions.Add(tiers);
        }

        if (full?.MemberPoints is { } points && points.Members.Length > 0)
        {
            distributions.Add(Grades(points));
        }

        return new EvaluationReport(Title, result.Year.ToString(), columns, rows, distributions.ToImmutable())
        {
            Provenance = new ReportProvenance(
                result.CommitteeId.Value,
                registry?.Find(result.CommitteeId)?.Name,
                result.Year.ToString(),
                result.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                result.Receipt.Algorithm,
                result.Receipt.Sha256,
                result.Receipt.LibraryVersion),
            NotRanked = notRanked,
            Notes = Notes(result, scheme, notRanked.Length > 0, [.. scheme.Components.Where(c => illustrative.Contains(c.Id)).Select(c => c.Label)]),
            Life = life is null ? null : LifeCompliance.From(life, registry),
        };
    }

    /// <summary>
    /// The components whose scores rest on an illustrative figure (示例): an area's result whose explanations cite an
    /// illustrative scheme, catalogue or standard (the whole evaluation tells), or a qualitative component scored by the
    /// grade scores of an illustrative assessment scheme.
    /// </summary>
    private static HashSet<AssessmentComponentId> IllustrativeComponents(AssessmentScheme scheme, AnnualEvaluationResult? full)
    {
        var marked = new HashSet<AssessmentComponentId>();
        foreach (var component in scheme.Components)
        {
            var illustrative = component.Kind switch
            {
                ComponentKind.DoubleReview => full?.DoubleReview is { } review && review.Results.Any(r => CitesIllustrative(r.Explanation)),
                ComponentKind.Standardization => full?.Standardization is { } standardization && standardization.Results.Any(r => CitesIllustrative(r.Explanation)),
                ComponentKind.MemberPoints => full?.MemberPoints is { } points && points.Organizations.Any(o => CitesIllustrative(o.Explanation)),
                ComponentKind.Responsibilities => full?.Responsibilities is { } responsibilities && responsibilities.Organizations.Any(o => CitesIllustrative(o.Explanation)),
                _ => false,
            };
            if (illustrative || (component.Nature == ComponentNature.Qualitative && scheme.Illustrative))
            {
                marked.Add(component.Id);
            }
        }

        return marked;
    }

    /// <summary>Whether a node or one of its descendants cites an illustrative source.</summary>
    private static bool CitesIllustrative(Explanation node) =>
        node.Citation is { IsIllustrative: true } || node.Children.Any(CitesIllustrative);

    /// <summary>A rule applied, labelled as the scheme labels it (its identifier when the scheme has no such rule).</summary>
    private static PrecedenceMark Mark(AppliedRule rule, Dictionary<AssessmentFactorId, LocalizedText> labels) => new(
        rule.Kind == PrecedenceRuleKind.Veto,
        rule.Rule.Value,
        labels.GetValueOrDefault(rule.Rule) ?? new LocalizedText(rule.Rule.Value, rule.Rule.Value),
        AssessmentLabels.GradeBands[rule.Before],
        AssessmentLabels.GradeBands[rule.After],
        rule.Reason);

    /// <summary>The organizations the evaluation left out of the ranking, one line per missing component, named from the registry.</summary>
    private static ImmutableArray<NotRankedRow> NotRanked(AnnualEvaluationResult? full, AssessmentScheme scheme, OrganizationTree? registry)
    {
        if (full is null)
        {
            return [];
        }

        var excluded = full.Excluded.ToHashSet();
        var labels = scheme.Components.ToDictionary(c => c.Id, c => c.Label);
        return [.. full.Missing
            .Where(m => excluded.Contains(m.Organization))
            .OrderBy(m => m.Organization)
            .ThenBy(m => m.Component)
            .Select(m => new NotRankedRow(
                m.Organization.Value,
                registry?.Find(m.Organization)?.Name ?? m.Organization.Value,
                registry is not null && registry.Contains(m.Organization) ? registry.DistrictOf(m.Organization)?.Id.Value : null,
                m.Component.Value,
                labels.GetValueOrDefault(m.Component) ?? new LocalizedText(m.Component.Value, m.Component.Value),
                Reason(m)))];
    }

    /// <summary>Why a component has no input, in both languages, as the evaluation gave it.</summary>
    private static LocalizedText Reason(MissingComponent missing) =>
        string.IsNullOrWhiteSpace(missing.Reason.ZhCn) && string.IsNullOrWhiteSpace(missing.Reason.English) ? ReportLabels.None : missing.Reason;

    /// <summary>The notes of the report: the precedence marks, the ranking order, the organizations not ranked, the receipt.</summary>
    private static ImmutableArray<LocalizedText> Notes(AssessmentResult result, AssessmentScheme scheme, bool anyNotRanked, IReadOnlyList<LocalizedText> illustrative)
    {
        var notes = ImmutableArray.CreateBuilder<LocalizedText>();
        notes.Add(ReportLabels.PrecedenceNote);
        notes.Add(RankingOrder(result, scheme));
        if (anyNotRanked)
        {
            notes.Add(ReportLabels.NotRankedNote);
        }

        if (scheme.Illustrative)
        {
            notes.Add(ReportLabels.IllustrativeSchemeNote);
        }

        if (illustrative.Count > 0)
        {
            notes.Add(ReportLabels.IllustrativeComponentsNote(illustrative));
        }

        notes.Add(ReportLabels.ReceiptNote);
        return notes.ToImmutable();
    }

    /// <summary>
    /// The ranking order in words: the published order of the precedence policy the result applied, then the ranking
    /// strategy's tie-breakers (its <c>tie-breakers</c> parameter) by their components' labels.
    /// </summary>
    private static LocalizedText RankingOrder(AssessmentResult result, AssessmentScheme scheme)
    {
        var labels = scheme.Components.ToDictionary(c => c.Id.Value, c => c.Label, StringComparer.Ordinal);
        var tieBreakers = result.Ranking.Parameters.TryGetValue("tie-breakers", out var text)
            ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(id => labels.GetValueOrDefault(id) ?? new LocalizedText(id, id)).ToList()
            : [];
        return ReportLabels.RankingOrderNote(AssessmentLabels.PublishedRankOrders[result.Policy.Order], tieBreakers);
    }

    /// <summary>The tiers named to the branches in the year (党支部标准化等级), lowest first; <see langword="null"/> when no branch was named.</summary>
    private static Distribution? Tiers(StandardizationOutcome outcome, AssessmentYear year)
    {
        var round = outcome.Rounds.FirstOrDefault(r => r.Year == year);
        return round is null || round.Namings.IsEmpty ? null : new Distribution(
            new LocalizedText("党支部标准化建设等级分布（支部数）", "Branch standardization tiers (branches)"),
            [.. Enum.GetValues<BranchTier>().Select(t => new DistributionBar(StandardizationLabels.BranchTiers[t], round.Namings.Count(n => n.Tier == t)))],
            "tiers");
    }

    /// <summary>The members' annual grades from their points (党员积分评定等次), with the ungraded members last when there are any.</summary>
    private static Distribution Grades(MemberPointsYearResult points)
    {
        var bars = Enum.GetValues<MemberGrade>()
            .Select(g => new DistributionBar(MemberPointsLabels.MemberGrades[g], points.Members.Count(m => m.Grade == g)))
            .ToList();
        var ungraded = points.Members.Count(m => m.Grade is null);
        if (ungraded > 0)
        {
            bars.Add(new DistributionBar(new LocalizedText("未评定", "Not graded"), ungraded));
        }

        return new Distribution(new LocalizedText("党员积分评定等次分布（党员数）", "Member grades from points (members)"), [.. bars], "member-grades");
    }
}
