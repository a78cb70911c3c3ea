using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// The words of the area's explanations and failures, in Simplified Chinese and English: no enumeration names, counts as
/// whole numbers, quorums as the scheme wrote them (<c>2/3</c>, <c>80%</c>), weights and proportions at two places.
/// </summary>
internal static class DoubleReviewTexts
{
    /// <summary>Gets the label of the exact combined score.</summary>
    public static LocalizedText Combined { get; } = new("双述双评综合得分（精确值）", "Double review combined score (exact)");

    /// <summary>Gets the label of the published score.</summary>
    public static LocalizedText Published { get; } = new("双述双评得分", "Double review score");

    /// <summary>Gets the label of a secretary's exact combined score (述职评议).</summary>
    public static LocalizedText PersonCombined { get; } = new("书记述职评议综合得分（精确值）", "Secretary's report-and-review combined score (exact)");

    /// <summary>The label of a secretary's published score, naming the person and the organization they lead.</summary>
    /// <param name="person">The secretary.</param>
    /// <param name="organization">The organization they lead.</param>
    /// <returns>For example <c>书记述职评议得分：徐国娟（BZ-001-B01-M001，BZ-001书记）</c>.</returns>
    public static LocalizedText PersonPublished(ReviewedPerson person, OrganizationId organization) => new(
        $"书记述职评议得分：{person.Name}（{person.Member}，{organization}书记）",
        $"Secretary's report-and-review score: {person.Name} ({person.Member}, secretary of {organization})");

    /// <summary>Gets the label of a group's participation.</summary>
    public static LocalizedText Participation { get; } = new("参评人数", "Raters who took part");

    /// <summary>Gets the label of the ballots cast.</summary>
    public static LocalizedText Cast { get; } = new("实际投票数", "Ballots cast");

    /// <summary>Gets the label of the eligible raters.</summary>
    public static LocalizedText Eligible { get; } = new("应参评人数", "Eligible raters");

    /// <summary>The label of one rater's rating.</summary>
    /// <param name="raterKey">The rater's key.</param>
    /// <returns>The label.</returns>
    public static LocalizedText RatingBy(string raterKey) => new("评分：" + raterKey, "Rating by " + raterKey);

    /// <summary>Joins the notes of a ballot into one.</summary>
    /// <param name="notes">The notes, in order.</param>
    /// <returns>The notes separated by <c>；</c> / <c>; </c>.</returns>
    public static LocalizedText Notes(IReadOnlyCollection<LocalizedText> notes) =>
        new(string.Join("；", notes.Select(n => n.ZhCn)), string.Join("; ", notes.Select(n => n.English)));

    /// <summary>Gets the note of a ballot left out by the aggregation.</summary>
    public static LocalizedText Excluded { get; } = new("已剔除", "excluded by the aggregation");

    /// <summary>Describes an aggregation strategy and its parameters in words.</summary>
    /// <param name="aggregation">The strategy.</param>
    /// <returns>For example <c>去掉最高分和最低分各1个后取平均</c> / <c>mean after dropping the 1 highest and the 1 lowest</c>.</returns>
    public static LocalizedText Describe(IRatingAggregation aggregation) => aggregation switch
    {
        WeightedMeanAggregation => new("加权平均（各项权重相同时即算术平均）", "weighted mean (the plain mean when every weight is equal)"),
        MedianAggregation => new("取中位数", "median"),
        TrimmedMeanAggregation { DropCount: { } count } => new(
            Invariant($"去掉最高分和最低分各{count}个后取平均"),
            Invariant($"mean after dropping the {count} highest and the {count} lowest")),
        TrimmedMeanAggregation { DropShare: { } share } => new(
            $"去掉最高分和最低分各{share.ToDisplayString()}（向下取整）后取平均",
            $"mean after dropping {share.ToDisplayString()} of the ratings at each end (rounded down)"),
        _ => new(
            $"自定义汇总方法“{aggregation.Name}”{ParameterText(aggregation)}",
            $"custom aggregation '{aggregation.Name}'{ParameterText(aggregation)}"),
    };

    /// <summary>Describes the participation of a valid group and the aggregation applied, for the group's node.</summary>
    /// <param name="rule">The group's rule.</param>
    /// <param name="aggregation">The group's strategy.</param>
    /// <param name="cast">The ballots cast.</param>
    /// <param name="eligible">The eligible raters.</param>
    /// <param name="excluded">The ballots the aggregation left out.</param>
    /// <returns>The description.</returns>
    public static LocalizedText GroupNote(RaterGroupRule rule, IRatingAggregation aggregation, int cast, int eligible, int excluded)
    {
        var unit = UnitOf(rule.Group);
        var method = Describe(aggregation);
        var quorum = Quorum(rule.Quorum, eligible, unit);
        return new(
            Invariant($"汇总方法：{method.ZhCn}，本次剔除{excluded}个评分；参评：{eligible}{unit.ZhCount}中{cast}{unit.ZhShort}（{cast}/{eligible}）；{quorum.ZhCn}"),
            Invariant($"aggregation: {method.English}, ratings left out here: {excluded}; participation: {cast} of {eligible} {unit.English} ({cast}/{eligible}); {quorum.English}"));
    }

    /// <summary>Describes the combination of the group and component scores, for the combined node.</summary>
    /// <param name="combination">The combination strategy.</param>
    /// <param name="parts">Each part's label and weight, in order.</param>
    /// <returns>The description.</returns>
    public static LocalizedText CombinationNote(IRatingAggregation combination, IEnumerable<(LocalizedText Label, Proportion Weight)> parts)
    {
        var method = Describe(combination);
        var list = parts.ToList();
        return new(
            $"合成方法：{method.ZhCn}；权重：{string.Join("，", list.Select(p => p.Label.ZhCn + p.Weight.ToPercentString()))}",
            $"combination: {method.English}; weights: {string.Join(", ", list.Select(p => p.Label.English + " " + p.Weight.ToPercentString()))}");
    }

    /// <summary>Describes the grade, the bands, the rounding and the annual proportion, for the published node.</summary>
    /// <param name="grade">The grade given.</param>
    /// <param name="bands">The scheme's bands.</param>
    /// <param name="rounding">The rounding of the published score.</param>
    /// <param name="annualProportion">The proportion by which the score enters the annual assessment.</param>
    /// <returns>The description.</returns>
    public static LocalizedText PublishedNote(ReviewGrade grade, ValueArray<ReviewGradeBand> bands, ScoreRounding rounding, Proportion annualProportion)
    {
        var ordered = bands.OrderBy(b => b.Grade).ToList();
        var label = DoubleReviewLabels.ReviewGrades[grade];
        var proportion = annualProportion.ToPercentString();
        return new(
            Invariant($"等次：{label.ZhCn}（等次线：{string.Join("，", ordered.Select(b => DoubleReviewLabels.ReviewGrades[b.Grade].ZhCn + "≥" + Points(b.MinimumScore)))}）；得分四舍五入保留{rounding.Scale}位小数；按{proportion}计入年度考核"),
            Invariant($"grade: {label.English} (bands: {string.Join(", ", ordered.Select(b => DoubleReviewLabels.ReviewGrades[b.Grade].English + " ≥ " + Points(b.MinimumScore)))}); score rounded half away from zero to {rounding.Scale} decimal places; enters the annual assessment at {proportion}"));
    }

    /// <summary>Describes why a round is invalid.</summary>
    /// <param name="failure">The failure.</param>
    /// <returns>The description, e.g. <c>党员民主测评参评人数未达规定比例：31人中21人参评，应达4/5（至少25人），本轮无效</c>.</returns>
    public static LocalizedText FailureDescription(RoundFailure failure)
    {
        var group = DoubleReviewLabels.RaterGroups.All.TryGetValue(failure.Group, out var label) ? label : new(failure.Group.ToString(), failure.Group.ToString());
        var unit = UnitOf(failure.Group);
        if (failure.Reason == RoundFailureReason.NoBallots || failure.Cast <= 0)
        {
            return new(
                Invariant($"{group.ZhCn}无人参评：应参评{failure.Eligible}{unit.ZhCount}，实际0{unit.ZhShort}，本轮无效"),
                Invariant($"{group.English}: no ballot cast, {failure.Eligible} {unit.English} eligible; the round is invalid"));
        }

        return new(
            Invariant($"{group.ZhCn}{unit.ZhNoun}未达规定比例：{failure.Eligible}{unit.ZhCount}中{failure.Cast}{unit.ZhShort}参评，应达{failure.Quorum.ToDisplayString()}（至少{failure.MinimumCast}{unit.ZhShort}），本轮无效"),
            Invariant($"{group.English}: participation below the quorum, {failure.Cast} of {failure.Eligible} {unit.English} took part, {failure.Quorum.ToDisplayString()} required (at least {failure.MinimumCast}); the round is invalid"));
    }

    private static LocalizedText Quorum(Share quorum, int eligible, Unit unit) =>
        quorum == Share.Zero
            ? new("未设参评比例（规定比例为0）", "no quorum (quorum 0)")
            : new(
                Invariant($"规定比例：{quorum.ToDisplayString()}（至少{Math.Max(1, quorum.MinimumCountOf(eligible))}{unit.ZhShort}）"),
                Invariant($"quorum: {quorum.ToDisplayString()} (at least {Math.Max(1, quorum.MinimumCountOf(eligible))})"));

    private static string Points(Score score) => score.Round().Value.ToString(CultureInfo.InvariantCulture);

    private static string ParameterText(IRatingAggregation aggregation) =>
        aggregation.Parameters.IsEmpty ? string.Empty : "(" + string.Join(", ", aggregation.Parameters.Select(p => p.Key + "=" + p.Value)) + ")";

    private static Unit UnitOf(RaterGroup group) =>
        DoubleReviewRules.RatesAsOrganization(group)
            ? new("个党组织", "个", "参评党组织数", "organizations")
            : new("人", "人", "参评人数", "raters");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private readonly record struct Unit(string ZhCount, string ZhShort, string ZhNoun, string English);
}
