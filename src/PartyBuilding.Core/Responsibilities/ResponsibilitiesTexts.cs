using PartyBuilding.Core.Common;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// The bilingual wording the responsibility explanations are built from (labels and notes), so that engine code holds no
/// <see cref="LocalizedText"/> literals, a Chinese explanation no English built from enum names or strategy vocabulary, and an
/// English one no Chinese. Strategy and parameter names stay machine keys in <see cref="Explanation.Parameters"/>; what they are
/// set to, and whether the scheme set them or the default applied, is said here in words.
/// </summary>
internal static class ResponsibilitiesTexts
{
    /// <summary>The label of a mean completion.</summary>
    public static readonly LocalizedText MeanCompletion = new("平均完成率", "Mean completion");

    /// <summary>The label of the proportional strategy's score.</summary>
    public static readonly LocalizedText ProportionalScore = new("责任清单得分（按完成比例）", "Responsibility score (proportional)");

    /// <summary>The label of the level-weighted strategy's score.</summary>
    public static readonly LocalizedText LevelWeightedScore = new("责任清单得分（按责任层级加权）", "Responsibility score (weighted by level)");

    /// <summary>The label of the overdue-deduction strategy's score.</summary>
    public static readonly LocalizedText OverdueDeductionScore = new("责任清单得分（逾期扣分）", "Responsibility score (deduction per overdue item)");

    /// <summary>The label of the deduction for overdue occurrences.</summary>
    public static readonly LocalizedText OverdueDeduction = new("逾期扣分", "Deduction for overdue occurrences");

    /// <summary>The label of the top of the scale.</summary>
    public static readonly LocalizedText FullPoints = new("满分", "Full points");

    /// <summary>The name of the deduction per overdue occurrence, in a note.</summary>
    public static readonly LocalizedText DeductionPerOverdue = new("每次逾期扣分", "deduction per overdue occurrence");

    /// <summary>The name of the lowest score, in a note.</summary>
    public static readonly LocalizedText Floor = new("最低分", "floor");

    /// <summary>The note of a proportional score with nothing decided.</summary>
    public static readonly LocalizedText NothingDecidedFullPoints = new("尚无已到期事项，按满分计", "no occurrence decided yet: full points");

    /// <summary>The note of a level-weighted score with no weighted level decided.</summary>
    public static readonly LocalizedText NoWeightedLevelDecidedFullPoints = new("各加权层级均无已到期事项，按满分计", "no weighted level has a decided occurrence yet: full points");

    /// <summary>The label of the occurrences done.</summary>
    public static readonly LocalizedText OccurrencesDone = new("已完成次数", "Occurrences done");

    /// <summary>The label of the occurrences decided.</summary>
    public static readonly LocalizedText OccurrencesDecided = new("已到期次数（完成＋逾期）", "Occurrences decided (done + overdue)");

    private static readonly LocalizedText SetByScheme = new("方案规定", "set by the scheme");
    private static readonly LocalizedText ByDefault = new("方案未指定，按默认值", "not set by the scheme: the default");

    /// <summary>The label of an organization's published responsibility score.</summary>
    public static LocalizedText OrganizationScore(OrganizationId organization) => new($"{organization} 责任落实得分", $"Responsibility score of {organization}");

    /// <summary>The label of an item's completion.</summary>
    public static LocalizedText ItemCompletion(ResponsibilityItemId item) => new($"责任事项 {item} 完成率", $"Completion of item {item}");

    /// <summary>The label of an item's overdue occurrences.</summary>
    public static LocalizedText OverdueOccurrencesOf(ResponsibilityItemId item) => new($"{item} 逾期次数", $"Overdue occurrences of {item}");

    /// <summary>The label of an organization's rectification measures.</summary>
    public static LocalizedText RectificationMeasuresOf(OrganizationId organization) => new($"{organization} 整改措施", $"Rectification measures of {organization}");

    /// <summary>The note of an organization's rectification problems.</summary>
    public static LocalizedText ProblemsResolved(int problems, int resolved) => new(
        string.Create(CultureInfo.InvariantCulture, $"问题{problems}个，已解决{resolved}个"),
        string.Create(CultureInfo.InvariantCulture, $"{problems} problems, {resolved} resolved"));

    /// <summary>The label of a rectification measure's status: the measure, its problem, its organization and the status.</summary>
    public static LocalizedText MeasureStatusOf(RectificationMeasureId measure, RectificationProblemId problem, OrganizationId organization, DutyStatus status)
    {
        var label = ResponsibilitiesLabels.DutyStatuses[status];
        return new(
            string.Create(CultureInfo.InvariantCulture, $"整改措施{measure}（问题{problem}，{organization}）：{label.ZhCn}"),
            string.Create(CultureInfo.InvariantCulture, $"Measure {measure} (problem {problem}, {organization}): {label.English.ToLowerInvariant()}"));
    }

    /// <summary>The label of a measure's due date: the class's date, or the explicit date that wins over the class.</summary>
    public static LocalizedText MeasureDue(DeadlineClass deadline, LocalDate? due, bool isExplicit)
    {
        var preset = ResponsibilitiesLabels.DeadlineClasses[deadline];
        var zhDate = due is { } z ? z.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "无固定期限";
        var enDate = due is { } e ? e.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "no fixed date";
        return isExplicit
            ? new($"整改期限：{zhDate}（明确日期，优先于期限类别“{preset.ZhCn}”）", $"Due: {enDate} (an explicit date, which wins over the class \"{preset.English.ToLowerInvariant()}\")")
            : new($"整改期限：{zhDate}（期限类别“{preset.ZhCn}”）", $"Due: {enDate} (the class \"{preset.English.ToLowerInvariant()}\")");
    }

    /// <summary>The label of a measure's completion with its evidence.</summary>
    public static LocalizedText MeasureCompleted(RectificationCompletion completion)
    {
        var date = completion.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        return new($"{date}完成整改，佐证：{completion.Evidence}", $"Completed on {date}, evidence: {completion.Evidence}");
    }

    /// <summary>The label of a look-back re-check: its date, outcome and, when named, the origin it re-checks.</summary>
    public static LocalizedText Recheck(LookBackCheck check)
    {
        var date = check.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        var outcome = ResponsibilitiesLabels.RecheckOutcomes[check.Outcome];
        var (zh, en) = check.Origin is { } o
            ? ($"（复查{ResponsibilitiesLabels.OriginKinds[o.Kind].ZhCn}{o.Key}）", $" (re-checking {ResponsibilitiesLabels.OriginKinds[o.Kind].English.ToLowerInvariant()} {o.Key})")
            : (string.Empty, string.Empty);
        return new($"{date}回头看：{outcome.ZhCn}{zh}", $"Look-back on {date}: {outcome.English.ToLowerInvariant()}{en}");
    }

    /// <summary>The label of where a problem comes from.</summary>
    public static LocalizedText Origin(ProblemOrigin origin)
    {
        var kind = ResponsibilitiesLabels.OriginKinds[origin.Kind];
        return new($"问题来源：{kind.ZhCn}{origin.Key}", $"Origin: {kind.English.ToLowerInvariant()} {origin.Key}");
    }

    /// <summary>The label of a contact branch's status: the member, the branch and the organization.</summary>
    public static LocalizedText ContactPointOf(DutyHolder member, OrganizationId branch, OrganizationId organization) => new(
        $"联系点：{member.Name}（{member.Member}，{organization}班子成员）联系{branch}",
        $"Contact branch: {member.Name} ({member.Member}, leading group of {organization}) at {branch}");

    /// <summary>The label of the tasks done at a contact branch.</summary>
    public static readonly LocalizedText ContactTasksDone = new("已完成任务数", "Tasks done");

    /// <summary>The label of a contact task: its name (or its kind's label).</summary>
    public static LocalizedText ContactTaskOf(ContactTask task)
    {
        var name = task.Name ?? ResponsibilitiesLabels.ContactTaskKinds[task.Kind];
        return new($"联系点任务：{name.ZhCn}", $"Contact task: {name.English}");
    }

    /// <summary>The note of a contact task: done, or short by how many, and whether the year is over.</summary>
    public static LocalizedText ContactTaskNote(int required, int done, DutyStatus status) => status switch
    {
        DutyStatus.Done => new(
            string.Create(CultureInfo.InvariantCulture, $"应完成{required}次，已完成{done}次：已完成"),
            string.Create(CultureInfo.InvariantCulture, $"{done} of {required} required: done")),
        DutyStatus.Overdue => new(
            string.Create(CultureInfo.InvariantCulture, $"应完成{required}次，已完成{done}次：年度结束仍差{required - done}次，已逾期"),
            string.Create(CultureInfo.InvariantCulture, $"{done} of {required} required: {required - done} short after the year ended, overdue")),
        _ => new(
            string.Create(CultureInfo.InvariantCulture, $"应完成{required}次，已完成{done}次：尚差{required - done}次，年底前完成"),
            string.Create(CultureInfo.InvariantCulture, $"{done} of {required} required: {required - done} short, due by the end of the year")),
    };

    /// <summary>The note of a deduction that would go below the floor.</summary>
    public static LocalizedText FloorApplies(Score raw, Score floor) => new(
        string.Create(CultureInfo.InvariantCulture, $"{raw}低于最低分，按最低分{floor}计"),
        string.Create(CultureInfo.InvariantCulture, $"{raw} is below the floor; the floor {floor} applies"));

    /// <summary>Says a parameter's value and whether the scheme set it or the default applied: <c>满分100（方案规定）</c>.</summary>
    public static LocalizedText Setting(LocalizedText name, string value, bool isDefault)
    {
        var source = isDefault ? ByDefault : SetByScheme;
        return new($"{name.ZhCn}{value}（{source.ZhCn}）", $"{name.English} {value} ({source.English})");
    }

    /// <summary>Says the level weights in force and where they come from: <c>层级权重：主体责任0.5、…（方案规定）</c>.</summary>
    public static LocalizedText Weights(IEnumerable<(ResponsibilityLevel Level, Proportion Weight, bool IsDefault)> weights)
    {
        var list = weights.ToList();
        var mixed = list.Select(w => w.IsDefault).Distinct().Count() > 1;
        string Zh((ResponsibilityLevel Level, Proportion Weight, bool IsDefault) w) =>
            ResponsibilitiesLabels.Levels[w.Level].ZhCn + Number(w.Weight.Value) + (mixed ? "（" + Source(w.IsDefault).ZhCn + "）" : string.Empty);
        string En((ResponsibilityLevel Level, Proportion Weight, bool IsDefault) w) =>
            ResponsibilitiesLabels.Levels[w.Level].English + " " + Number(w.Weight.Value) + (mixed ? " (" + Source(w.IsDefault).English + ")" : string.Empty);
        var suffix = mixed || list.Count == 0 ? null : Source(list[0].IsDefault);
        return new(
            "层级权重：" + string.Join("、", list.Select(Zh)) + (suffix is null ? string.Empty : "（" + suffix.ZhCn + "）"),
            "level weights: " + string.Join(", ", list.Select(En)) + (suffix is null ? string.Empty : " (" + suffix.English + ")"));
    }

    /// <summary>Joins the parts of a note that are present: <c>；</c> in Chinese, <c>; </c> in English.</summary>
    public static LocalizedText? Join(params LocalizedText?[] parts)
    {
        var present = parts.OfType<LocalizedText>().ToList();
        return present.Count == 0 ? null : new(string.Join("；", present.Select(p => p.ZhCn)), string.Join("; ", present.Select(p => p.English)));
    }

    /// <summary>The names, among some, of the parameters whose default is in force.</summary>
    public static IEnumerable<string> DefaultsOf(StrategyParameters parameters, params string[] names) => names.Where(parameters.IsDefault).ToList();

    /// <summary>Formats a decimal invariantly (for parameters).</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static LocalizedText Source(bool isDefault) => isDefault ? ByDefault : SetByScheme;
}
