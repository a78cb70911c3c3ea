using PartyBuilding.Cli.Reports;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Reports;

/// <summary>A hand-made report: three organizations, two components, a grade distribution.</summary>
internal static class SampleReport
{
    public static EvaluationReport Create() => new(
        new LocalizedText("2024年度机关党建考评结果", "2024 party-building evaluation"),
        "2024",
        [new ReportColumn("standardization", new LocalizedText("标准化建设", "Standardization")), new ReportColumn("review", new LocalizedText("双述双评", "Double review"))],
        [
            Row(1, "BZ-001", "市委办公室党支部", "D1", Excellent, 95.50m, 55.50m, 40.00m),
            Row(2, "BZ-021", "R&D <Lab>, \"A\" 'B'", "D2", Good, 88.25m, 50.25m, 38.00m),
            new RankingRow(3, "BZ-041", "市财政局", null, null, 70.00m, ImmutableSortedDictionary<string, decimal>.Empty.Add("standardization", 70.00m)),
        ],
        [
            new Distribution(new LocalizedText("等次分布", "Grades"), [new DistributionBar(Excellent, 1), new DistributionBar(Good, 1), new DistributionBar(new LocalizedText("一般", "Fair"), 0)]),
            new Distribution(new LocalizedText("档次分布", "Tiers"), [new DistributionBar(new LocalizedText("第一档", "Tier 1"), 2), new DistributionBar(new LocalizedText("第二档", "Tier 2"), 1)]),
        ]);

    public static LocalizedText Excellent { get; } = new("好", "Excellent");

    public static LocalizedText Good { get; } = new("较好", "Good");

    private static RankingRow Row(int rank, string id, string name, string district, LocalizedText grade, decimal total, decimal standardization, decimal review) =>
        new(rank, id, name, district, grade, total, ImmutableSortedDictionary<string, decimal>.Empty.Add("standardization", standardization).Add("review", review));
}
