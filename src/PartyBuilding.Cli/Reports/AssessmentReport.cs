using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Evaluation;
using PartyBuilding.Core.MemberPoints;
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
    /// <param name="full">The whole annual evaluation, when a manifest was run: its standardization tiers and member grades become distributions too.</param>
    /// <returns>
    /// The ranking, with one column per component, and the distributions by band and by district, then (from
    /// <paramref name="full"/>) the tiers named to the branches in the year and the grades of the members.
    /// </returns>
    public static EvaluationReport From(AssessmentResult result, AssessmentDataSet data, AssessmentScheme scheme, AnnualEvaluationResult? full = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        var rounding = ScoreRounding.AtScale(scheme.PublishedScale);
        var names = data.Organizations.ToDictionary(o => o.Id, o => o.Name ?? o.Id.Value);
        var columns = scheme.Components.Select(c => new ReportColumn(c.Id.Value, c.Label)).ToImmutableArray();
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
                o.Components.ToImmutableSortedDictionary(c => c.Component.Value, c => c.Score.Round(rounding).Value, StringComparer.Ordinal)))
            .ToImmutableArray();
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

        return new EvaluationReport(Title, result.Year.ToString(), columns, rows, distributions.ToImmutable());
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
