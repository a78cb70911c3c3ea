using PartyBuilding.Cli.Reports;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Reports;

/// <summary>
/// A hand-made report: three organizations (the second downgraded by a precedence rule), two components, an
/// organization not ranked, the provenance, one note and two distributions.
/// </summary>
internal static class SampleReport
{
    public const string Hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    public static EvaluationReport Create() => new(
        new LocalizedText("2024年度机关党建考评结果", "2024 party-building evaluation"),
        "2024",
        [new ReportColumn("standardization", new LocalizedText("标准化建设", "Standardization")), new ReportColumn("review", new LocalizedText("双述双评", "Double review"))],
        [
            Row(1, "BZ-001", "市直单位001党支部", "D1", Excellent, 95.50m, 55.50m, 40.00m) with { ScoreGrade = Excellent, Contributions = Contributions(33.30m, 16.00m) },
            Row(2, "BZ-021", "R&D <Lab>, \"A\" 'B'", "D2", Good, 88.25m, 50.25m, 38.00m) with { ScoreGrade = Excellent, Precedence = [Overdue], Contributions = Contributions(30.15m, 15.20m) },
            new RankingRow(3, "BZ-041", "市直单位041", null, null, 70.00m, ImmutableSortedDictionary<string, decimal>.Empty.Add("standardization", 70.00m))
            {
                Contributions = ImmutableSortedDictionary<string, decimal>.Empty.Add("standardization", 42.00m),
            },
        ],
        [
            new Distribution(new LocalizedText("等次分布", "Grades"), [new DistributionBar(Excellent, 1), new DistributionBar(Good, 1), new DistributionBar(new LocalizedText("一般", "Fair"), 0)]),
            new Distribution(new LocalizedText("档次分布", "Tiers"), [new DistributionBar(new LocalizedText("第一档", "Tier 1"), 2), new DistributionBar(new LocalizedText("第二档", "Tier 2"), 1)]),
        ])
    {
        Provenance = new ReportProvenance("BZ-WC", "滨州市委市直机关工委", "2024", "2025-01-15", "SHA-256/canonical-json-v2", Hash, "0.1.0"),
        NotRanked = [new NotRankedRow("BZ-097", "市直单位097机关党总支", "D5", "review", new LocalizedText("双述双评", "Double review"), new LocalizedText("参评人数未达到规定比例", "Quorum not reached"))],
        Notes = [ReportLabels.PrecedenceNote],
    };

    public static LocalizedText Excellent { get; } = new("好", "Excellent");

    public static LocalizedText Good { get; } = new("较好", "Good");

    /// <summary>A forced downgrade from 好 to 较好 for an overdue rectification measure.</summary>
    public static PrecedenceMark Overdue { get; } = new(false, "DOWN-RECT", new LocalizedText("整改措施逾期未完成", "Rectification measure overdue"), Excellent, Good, new LocalizedText("2项整改措施中1项逾期", "1 of 2 measures overdue"));

    /// <summary>The weighted contributions of a row under the weights 0.6 (standardization) and 0.4 (review).</summary>
    private static ImmutableSortedDictionary<string, decimal> Contributions(decimal standardization, decimal review) =>
        ImmutableSortedDictionary<string, decimal>.Empty.Add("standardization", standardization).Add("review", review);

    private static RankingRow Row(int rank, string id, string name, string district, LocalizedText grade, decimal total, decimal standardization, decimal review) =>
        new(rank, id, name, district, grade, total, ImmutableSortedDictionary<string, decimal>.Empty.Add("standardization", standardization).Add("review", review));
}
