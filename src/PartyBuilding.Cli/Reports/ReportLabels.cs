using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Reports;

/// <summary>The fixed labels of the reports, in Chinese and English, and the cells and lines built from them.</summary>
internal static class ReportLabels
{
    public static LocalizedText Rank { get; } = new("排名", "Rank");

    public static LocalizedText OrganizationId { get; } = new("组织编号", "Organization ID");

    public static LocalizedText OrganizationName { get; } = new("组织名称", "Organization");

    public static LocalizedText District { get; } = new("责任区", "District");

    public static LocalizedText Grade { get; } = new("等次", "Grade");

    public static LocalizedText Total { get; } = new("总分", "Total");

    /// <summary>The band the total earns before any veto or downgrade.</summary>
    public static LocalizedText ScoreGrade { get; } = new("按总分档次", "Grade by total");

    /// <summary>The precedence column: the vetoes and forced downgrades applied.</summary>
    public static LocalizedText Precedence { get; } = new("否决/降档", "Veto/downgrade");

    /// <summary>The mark of a veto (一票否决) in the precedence column.</summary>
    public static LocalizedText Veto { get; } = new("否决", "veto");

    /// <summary>The mark of a forced downgrade (强制降档) in the precedence column.</summary>
    public static LocalizedText Downgrade { get; } = new("降档", "downgrade");

    public static LocalizedText Period { get; } = new("考评年度", "Period");

    public static LocalizedText Ranking { get; } = new("排名表", "Ranking");

    public static LocalizedText Distributions { get; } = new("分布", "Distributions");

    public static LocalizedText Breakdown { get; } = new("得分构成", "Component breakdown");

    /// <summary>The caption of the stacked chart: what each component adds to the regular score (score × weight).</summary>
    public static LocalizedText BreakdownCaption { get; } = new(
        "各考核项加权得分（得分×权重）之和为常规得分，条形末端数字为总分（含加分、减分）",
        "Each component's weighted contribution (score × weight); together they make the regular score. The figure at the end of a bar is the total (bonuses and deductions included).");

    /// <summary>The page-number line of a printed page: <c>{0}</c> is the page, <c>{1}</c> the number of pages.</summary>
    public static LocalizedText PageOf { get; } = new("第 {0} 页，共 {1} 页", "Page {0} of {1}");

    /// <summary>The heading of the signature and seal area (签章栏) at the end of a printed report.</summary>
    public static LocalizedText Signatures { get; } = new("签章", "Signatures");

    /// <summary>The line for the issuing body's seal.</summary>
    public static LocalizedText IssuedBy { get; } = new("制表单位（盖章）", "Issued by (seal)");

    /// <summary>The line for the signature of the person responsible.</summary>
    public static LocalizedText ResponsiblePerson { get; } = new("负责人（签字）", "Person responsible (signature)");

    /// <summary>The line for the person who compiled the table.</summary>
    public static LocalizedText CompiledBy { get; } = new("制表人（签字）", "Compiled by (signature)");

    /// <summary>The line for the date of issue.</summary>
    public static LocalizedText IssueDate { get; } = new("日期", "Date");

    public static LocalizedText Count { get; } = new("数量", "Count");

    /// <summary>The section of the organizations left out of the ranking.</summary>
    public static LocalizedText NotRanked { get; } = new("未参加排名的组织", "Organizations not ranked");

    /// <summary>The column of the component an organization not ranked has no input for.</summary>
    public static LocalizedText MissingComponent { get; } = new("缺少的考核项", "Missing component");

    /// <summary>The column of why a component has no input.</summary>
    public static LocalizedText Reason { get; } = new("原因", "Reason");

    /// <summary>The CSV column that says why an organization was not ranked (empty for a ranked one).</summary>
    public static LocalizedText NotRankedBecause { get; } = new("未排名原因", "Not ranked because");

    /// <summary>Written where a list is empty.</summary>
    public static LocalizedText None { get; } = new("无", "None");

    /// <summary>The section of notes (说明) on the marks and the ranking order.</summary>
    public static LocalizedText Notes { get; } = new("说明", "Notes");

    /// <summary>The committee that ran the evaluation.</summary>
    public static LocalizedText Committee { get; } = new("考评单位", "Committee");

    public static LocalizedText AssessmentYear { get; } = new("考核年度", "Assessment year");

    public static LocalizedText EvaluationDate { get; } = new("考评日期", "Evaluation date");

    /// <summary>The reproducibility receipt (algorithm and hash).</summary>
    public static LocalizedText Receipt { get; } = new("复核凭据", "Receipt");

    /// <summary>What the precedence column and the two grade columns mean.</summary>
    public static LocalizedText PrecedenceNote { get; } = new(
        "“否决/降档”列出适用的一票否决和强制降档事项，写明事项及其适用前后的等次（前→后）；否决、降档事项按考核方案规定的先后顺序逐项适用。“按总分档次”是总分所得的档次，“等次”是适用否决、降档后的最终等次。",
        "\"Veto/downgrade\" lists the vetoes and forced downgrades applied, each with the grade before and after it (before → after); they apply one after another in the order the scheme sets. \"Grade by total\" is the grade the total earns; \"Grade\" is the final grade after them.");

    /// <summary>What the not-ranked section means.</summary>
    public static LocalizedText NotRankedNote { get; } = new(
        "未参加排名的组织缺少考核方案中某一考核项的得分，不计名次；缺少的考核项及原因随该组织列出。",
        "An organization not ranked has no score for a component of the scheme and takes no rank; the component and the reason are given with the organization.");

    /// <summary>What the receipt is for.</summary>
    /// <summary>A component's column header marked illustrative (示例): its scores rest on figures no source gives.</summary>
    /// <param name="label">The component's label.</param>
    /// <returns>The label followed by the mark in each language.</returns>
    public static LocalizedText MarkedIllustrative(LocalizedText label) =>
        new(label.ZhCn + Citation.IllustrativeMarkZhCn, label.English + " " + Citation.IllustrativeMarkEnglish);

    /// <summary>The note on the components marked illustrative: which they are and what the mark means.</summary>
    /// <param name="components">The labels of the marked components, in column order.</param>
    /// <returns>The note.</returns>
    public static LocalizedText IllustrativeComponentsNote(IReadOnlyList<LocalizedText> components) => new(
        $"标注“（示例）”的考核项（{string.Join("、", components.Select(c => c.ZhCn))}）的得分所依据的分值、权重、阈值或评分规则为示例，不是任何机关公布的规定；其结果说明中引用这些数值的节点同样标注“（示例）”。",
        $"The components marked \"(illustrative)\" ({string.Join(", ", components.Select(c => c.English))}) are scored on points, weights, thresholds or rules that are illustrative, not any committee's published rules; the nodes of their explanations that use these figures carry the same mark.");

    /// <summary>The note on an illustrative assessment scheme: its weights, bands, quotas and precedence rules are a sample.</summary>
    public static LocalizedText IllustrativeSchemeNote { get; } = new(
        "本考核办法为示例：各考核项的权重、定性等次分值、档次比例、加减分上限和否决、降档规则不是任何机关公布的考核办法，总分、等次和排名仅作示例。",
        "The assessment scheme is illustrative: its component weights, qualitative grade scores, band quotas, bonus and deduction caps, vetoes and downgrades are not any committee's published scheme, so totals, grades and ranks are illustrative too.");

    public static LocalizedText ReceiptNote { get; } = new(
        "复核凭据是对全部输入、考核方案、考评日期和程序库版本计算的校验值：用同样的数据重新计算，得到同样的凭据和结果。",
        "The receipt is a hash over every input, the scheme, the evaluation date and the library version: re-running the evaluation on the same data gives the same receipt and the same result.");

    /// <summary>The HTML <c>lang</c> of a display language.</summary>
    public static string HtmlLanguage(DisplayLanguage language) => language == DisplayLanguage.English ? "en" : "zh-CN";

    /// <summary>
    /// The ranking order in words: the published order of the precedence policy, higher totals first, equal totals by the
    /// tie-breaking components in turn.
    /// </summary>
    /// <param name="order">The label of the published order (<c>AssessmentLabels.PublishedRankOrders</c>).</param>
    /// <param name="tieBreakers">The labels of the tie-breaking components, in order; empty when none.</param>
    public static LocalizedText RankingOrderNote(LocalizedText order, IReadOnlyList<LocalizedText> tieBreakers)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(tieBreakers);
        var zh = $"排名：{order.ZhCn}（总分高者在前）";
        var en = $"Ranking: {order.English} (higher totals first)";
        if (tieBreakers.Count > 0)
        {
            zh += $"；总分相同的，依次比较{string.Join('、', tieBreakers.Select(t => t.ZhCn))}的得分";
            en += $"; equal totals are ordered by the score of {string.Join(", then of ", tieBreakers.Select(t => $"\"{t.English}\""))}";
        }

        return new LocalizedText(zh + "。", en + ".");
    }

    /// <summary>The headers of the ranking: the fixed columns, the grade by total and the precedence column, then the components.</summary>
    public static ImmutableArray<string> Headers(EvaluationReport report, DisplayLanguage language) =>
    [
        Rank.In(language), OrganizationId.In(language), OrganizationName.In(language), District.In(language), Grade.In(language), Total.In(language),
        ScoreGrade.In(language), Precedence.In(language),
        .. report.Components.Select(c => c.Label.In(language)),
    ];

    /// <summary>The cells of a row, in the order of <see cref="Headers"/>.</summary>
    public static ImmutableArray<string> Cells(EvaluationReport report, RankingRow row, DisplayLanguage language) =>
    [
        row.Rank.ToString(CultureInfo.InvariantCulture), row.OrganizationId, row.OrganizationName, row.District ?? string.Empty,
        row.Grade?.In(language) ?? string.Empty, Number(row.Total), row.ScoreGrade?.In(language) ?? string.Empty, PrecedenceCell(row, language),
        .. report.Components.Select(c => row.Components.TryGetValue(c.Key, out var value) ? Number(value) : string.Empty),
    ];

    /// <summary>Whether a column of <see cref="Headers"/> holds figures (aligned right): the rank, the total and the components.</summary>
    public static bool IsNumeric(int column) => column is 0 or 5 or >= 8;

    /// <summary>The precedence cell: each rule applied as its mark, label and grades, e.g. <c>否决：发生严重违纪问题（好→一般）</c>; empty when none.</summary>
    public static string PrecedenceCell(RankingRow row, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(row);
        return string.Join(language == DisplayLanguage.English ? "; " : "；", row.Precedence.Select(m => Mark(m, language)));
    }

    /// <summary>One rule applied, e.g. <c>降档：整改措施逾期未完成（一般→差）</c> or <c>downgrade: Rectification measure overdue (Average → Poor)</c>.</summary>
    public static string Mark(PrecedenceMark mark, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(mark);
        var kind = (mark.Veto ? Veto : Downgrade).In(language);
        return language == DisplayLanguage.English
            ? $"{kind}: {mark.Label.English} ({mark.Before.English} → {mark.After.English})"
            : $"{kind}：{mark.Label.ZhCn}（{mark.Before.ZhCn}→{mark.After.ZhCn}）";
    }

    /// <summary>The headers of the not-ranked section.</summary>
    public static ImmutableArray<string> NotRankedHeaders(DisplayLanguage language) =>
        [OrganizationId.In(language), OrganizationName.In(language), District.In(language), MissingComponent.In(language), Reason.In(language)];

    /// <summary>The cells of a line of the not-ranked section, in the order of <see cref="NotRankedHeaders"/>.</summary>
    public static ImmutableArray<string> NotRankedCells(NotRankedRow row, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(row);
        return [row.OrganizationId, row.OrganizationName, row.District ?? string.Empty, row.Component.In(language), row.Reason.In(language)];
    }

    /// <summary>Why an organization was not ranked, in one cell: each missing component with its reason, e.g. <c>双述双评：…</c>.</summary>
    public static string NotRankedBecauseCell(IEnumerable<NotRankedRow> rows, DisplayLanguage language) =>
        string.Join(
            language == DisplayLanguage.English ? "; " : "；",
            rows.Select(r => language == DisplayLanguage.English ? $"{r.Component.English}: {r.Reason.English}" : $"{r.Component.ZhCn}：{r.Reason.ZhCn}"));

    /// <summary>The provenance as label and value pairs: committee, assessment year, evaluation date, receipt; empty when the report has none.</summary>
    public static ImmutableArray<(string Label, string Value)> ProvenanceLines(EvaluationReport report, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Provenance is not { } p ? [] :
        [
            (Committee.In(language), CommitteeText(p, language)),
            (AssessmentYear.In(language), p.Year),
            (EvaluationDate.In(language), p.EvaluationDate),
            (Receipt.In(language), $"{p.ReceiptAlgorithm} {p.ReceiptHash}"),
        ];
    }

    /// <summary>The committee's name with its identifier, e.g. <c>滨州市委市直机关工委（BZ-WC）</c>; the identifier alone when the name is unknown.</summary>
    public static string CommitteeText(ReportProvenance provenance, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        return provenance.CommitteeName is not { } name ? provenance.CommitteeId
            : language == DisplayLanguage.English ? $"{name} ({provenance.CommitteeId})" : $"{name}（{provenance.CommitteeId}）";
    }

    /// <summary>A label followed by its value, e.g. <c>考评日期：2019-01-15</c> or <c>Evaluation date: 2019-01-15</c>.</summary>
    public static string Labelled(string label, string value, DisplayLanguage language) =>
        language == DisplayLanguage.English ? $"{label}: {value}" : $"{label}：{value}";

    /// <summary>Formats a published figure as it is (invariant, its own scale).</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The title with the period.</summary>
    public static string Heading(EvaluationReport report, DisplayLanguage language) =>
        report.Period is null ? report.Title.In(language) : $"{report.Title.In(language)} ({report.Period})";
}
