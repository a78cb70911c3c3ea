using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>The texts of standardization's explanations that are built from figures, in Simplified Chinese and English; fixed labels are in <see cref="StandardizationLabels"/>.</summary>
internal static class StandardizationTexts
{
    public static LocalizedText NotMet { get; } = new("未达标：0", "not met: 0");

    public static LocalizedText VetoTriggered { get; } = new("触发：支部被一票否决", "triggered: the branch is vetoed");

    public static LocalizedText VetoNotTriggered { get; } = new("未触发", "not triggered");

    public static LocalizedText TargetReached { get; } = new("达到目标", "target reached");

    public static LocalizedText TargetNotReached { get; } = new("未达到目标", "target not reached");

    public static LocalizedText NoTarget { get; } = new("未设目标", "no target applies");

    public static LocalizedText Veto { get; } = new("一票否决", "veto");

    public static LocalizedText Vetoed { get; } = new("被一票否决", "vetoed");

    /// <summary>Formats a figure as written in the invariant culture (<c>1.5</c>).</summary>
    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static LocalizedText Met(Score maxPoints) => new($"达标：{maxPoints}", $"met: {maxPoints}");

    public static LocalizedText RateAtOrBelow(string rate, string zeroRate) => new($"比例{rate} ≤ {zeroRate}：0", $"rate {rate} ≤ {zeroRate}: 0");

    public static LocalizedText RateAtOrAbove(string rate, string fullRate, Score maxPoints) => new($"比例{rate} ≥ {fullRate}：{maxPoints}", $"rate {rate} ≥ {fullRate}: {maxPoints}");

    public static LocalizedText RaisedToFloor(string formula, string floor) => new($"{formula}低于最低分，按最低分{floor}计", $"{formula} is below the floor, raised to the floor {floor}");

    public static LocalizedText Capped(string reason, Score maxPoints) => new($"{reason}，以{maxPoints}为上限", $"{reason}, capped at {maxPoints}");

    public static LocalizedText Reaches(Score score, BranchTier tier, string tierKey, Score threshold) =>
        new($"{score} ≥ {StandardizationLabels.BranchTiers[tier].ZhCn}分数线{threshold}", $"{score} ≥ {tierKey} {threshold}");

    public static LocalizedText BelowStandard(Score score, Score standard) =>
        new($"{score} < {StandardizationLabels.BranchTiers[BranchTier.Standard].ZhCn}分数线{standard}", $"{score} < {StandardizationStrategies.Standard} {standard}");

    public static LocalizedText BelowAspectFloor(string floor, IReadOnlyList<string> failing) =>
        new($"单项得分低于下限（满分的{floor}）：{string.Join("、", failing)}", $"below the aspect floor {floor} in {string.Join(", ", failing)}");

    public static LocalizedText VetoedBy(IEnumerable<IndicatorId> vetoes)
    {
        var list = vetoes.ToList();
        return new("一票否决：" + string.Join("、", list), "vetoed: " + string.Join(", ", list));
    }

    public static LocalizedText NamedLaggingByVeto(IEnumerable<IndicatorId> vetoes)
    {
        var list = vetoes.ToList();
        return new(
            "一票否决（" + string.Join("、", list) + "），评为" + Tier(BranchTier.Lagging, DisplayLanguage.ZhCn),
            "vetoed by " + string.Join(", ", list) + ": named " + Tier(BranchTier.Lagging, DisplayLanguage.English));
    }

    public static LocalizedText HeldByClimbingLimit(BranchTier eligible, BranchTier start, int maxRise, BranchTier ceiling) => new(
        string.Create(CultureInfo.InvariantCulture, $"按得分可评{Tier(eligible, DisplayLanguage.ZhCn)}，但每年从{Tier(start, DisplayLanguage.ZhCn)}起最多晋升{maxRise}级，评为{Tier(ceiling, DisplayLanguage.ZhCn)}"),
        string.Create(CultureInfo.InvariantCulture, $"eligible {Tier(eligible, DisplayLanguage.English)}, but rises at most {maxRise} tier(s) a year from {Tier(start, DisplayLanguage.English)}: named {Tier(ceiling, DisplayLanguage.English)}"));

    public static LocalizedText Named(BranchTier tier, BranchTier? previous) => new(
        $"评为{Tier(tier, DisplayLanguage.ZhCn)}（上次{(previous is { } p ? "评为" + Tier(p, DisplayLanguage.ZhCn) : "未评定")}）",
        $"named {Tier(tier, DisplayLanguage.English)} (previously {(previous is { } q ? Tier(q, DisplayLanguage.English) : "not named")})");

    public static LocalizedText CoverageOf(CoverageLevel level, string key) =>
        new($"{StandardizationLabels.CoverageLevels[level].ZhCn}覆盖率 {key}", $"{StandardizationLabels.CoverageLevels[level].English} coverage {key}");

    public static LocalizedText PointsOf(Score points, Score maxPoints) =>
        new(string.Create(CultureInfo.InvariantCulture, $"满分{maxPoints}，得{points}"), string.Create(CultureInfo.InvariantCulture, $"{points} of {maxPoints}"));

    public static LocalizedText NamedIn(AssessmentYear year, BranchTier tier) =>
        new($"{year}年评为{StandardizationLabels.BranchTiers[tier].ZhCn}", $"named {StandardizationLabels.BranchTiers[tier].English} in {year}");

    public static LocalizedText NotNamedIn(AssessmentYear year) => new($"{year}年未评定等级", $"not named in {year}");

    private static string Tier(BranchTier tier, DisplayLanguage language) => StandardizationLabels.BranchTiers[tier].In(language);
}
