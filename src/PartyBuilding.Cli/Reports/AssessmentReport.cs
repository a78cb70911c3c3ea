using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Reports;

/// <summary>Maps the Assessment area's result onto the tool's generic report model.</summary>
internal static class AssessmentReport
{
    private static readonly LocalizedText Title = new("年度目标考核统一量化排名", "Annual target assessment: unified ranking");

    /// <summary>Builds the report of one committee's assessment.</summary>
    /// <param name="result">The assessment result.</param>
    /// <param name="data">The data set it was computed from (for organization names).</param>
    /// <param name="scheme">The scheme it was computed under (for component labels and the published scale).</param>
    /// <returns>The ranking, with one column per component, and the distributions by band and by district.</returns>
    public static EvaluationReport From(AssessmentResult result, AssessmentDataSet data, AssessmentScheme scheme)
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
            [.. Enum.GetValues<GradeBand>().Select(b => new DistributionBar(AssessmentLabels.GradeBands[b], result.Organizations.Count(o => o.Band == b)))]);
        var districts = new Distribution(
            new LocalizedText("各责任区参评组织数", "Organizations per district"),
            [.. result.Organizations.GroupBy(o => o.District).OrderBy(g => g.Key)
                .Select(g => new DistributionBar(new LocalizedText($"责任区 {g.Key}", $"District {g.Key}"), g.Count()))]);
        return new EvaluationReport(Title, result.Year.ToString(), columns, rows, [bands, districts]);
    }
}
