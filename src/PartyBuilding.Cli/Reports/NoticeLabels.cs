using NodaTime;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Cli.Reports;

/// <summary>The labels, headings and cells of <c>notices</c> in both languages (the states and deadline classes are the library's labels).</summary>
internal static class NoticeLabels
{
    /// <summary>The heading of the notice items of a group.</summary>
    public static LocalizedText Items { get; } = new("整改通知书未销号事项", "Open items of rectification notices");

    /// <summary>The heading of the overdue measures of a group.</summary>
    public static LocalizedText Measures { get; } = new("逾期整改措施（整改台账）", "Overdue measures (rectification ledger)");

    private static LocalizedText NotNamed { get; } = new("未指定", "not named");

    /// <summary>The title: the committee, year and date, marked illustrative when the records are.</summary>
    public static LocalizedText Title(NoticeList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var committee = list.OrganizationName(list.Committee) is { } name ? $"{name}（{list.Committee}）" : list.Committee.Value;
        var committeeEn = list.OrganizationName(list.Committee) is { } nameEn ? $"{nameEn} ({list.Committee})" : list.Committee.Value;
        return new(
            $"整改通知书未销号事项和逾期整改措施：{committee}，{list.Year}年，截至 {Date(list.AsOf)}{(list.IsIllustrative ? "（示例）" : string.Empty)}",
            $"Open rectification notices and overdue measures: {committeeEn}, {list.Year}, as of {Date(list.AsOf)}{(list.IsIllustrative ? " (illustrative)" : string.Empty)}");
    }

    /// <summary>The grouping and the counts; without the ledger, what a past due date says.</summary>
    public static LocalizedText Totals(NoticeList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var items = list.Rows.Count(r => r.Kind == NoticeRowKind.NoticeItem);
        var measures = list.Rows.Count(r => r.Kind == NoticeRowKind.OverdueMeasure);
        var person = list.Grouping == NoticeGrouping.Person;
        return new(
            $"按{(person ? "整改责任人" : "整改责任单位")}分组；未销号事项 {items} 项，逾期整改措施 {measures} 项"
                + (list.WithLedger ? "。" : "；未给出整改台账：“已过整改期限”只说明期限已过，是否已整改由台账说明。"),
            $"grouped by {(person ? "responsible person" : "responsible department")}; {items} open item(s), {measures} overdue measure(s)"
                + (list.WithLedger ? "." : "; no rectification ledger given: \"past its due date\" says the date passed, the ledger says whether it was rectified."));
    }

    /// <summary>The heading of a group: the department or the person, with the name the structure gives.</summary>
    public static LocalizedText GroupHeading(NoticeList list, string? key)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (list.Grouping == NoticeGrouping.Organization)
        {
            var id = OrganizationId.Parse(key!);
            return new($"【整改责任单位 {Named(key!, list.OrganizationName(id))}】", $"Responsible department {Named(key!, list.OrganizationName(id))}");
        }

        return key is null
            ? new("【未指定整改责任人】", "Responsible person not named")
            : new($"【整改责任人 {Named(key, list.PersonName(MemberId.Parse(key)))}】", $"Responsible person {Named(key, list.PersonName(MemberId.Parse(key)))}");
    }

    /// <summary>The columns of the notice items in text and HTML.</summary>
    public static ImmutableArray<string> ItemHeaders(NoticeList list, DisplayLanguage language) =>
    [
        L("通知书", "Notice", language), L("下发日期", "Issued", language), L("问题", "Finding", language), L("问题内容", "What was found", language),
        Other(list, language), L("整改期限", "Due", language), L("期限依据", "Due by", language), L("状态", "State", language), L("逾期天数", "Days overdue", language),
    ];

    /// <summary>The columns of the overdue measures in text and HTML.</summary>
    public static ImmutableArray<string> MeasureHeaders(NoticeList list, DisplayLanguage language) =>
    [
        L("台账问题", "Problem", language), L("整改措施", "Measure", language), L("督导问题", "Finding", language), L("措施内容", "What is to be done", language),
        Other(list, language), L("整改期限", "Due", language), L("期限依据", "Due by", language), L("状态", "State", language), L("逾期天数", "Days overdue", language),
    ];

    /// <summary>The cells of a row in text and HTML, in the order of its kind's headers.</summary>
    public static ImmutableArray<string> TextCells(NoticeList list, NoticeRow row, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(row);
        var other = list.Grouping == NoticeGrouping.Person
            ? Named(row.Department.Value, list.OrganizationName(row.Department))
            : row.Person is { } person ? Named(person.Value, list.PersonName(person)) : NotNamed.In(language);
        var first = row.Kind == NoticeRowKind.NoticeItem
            ? new[] { row.Notice!, Date(row.IssuedOn), row.Finding! }
            : [row.Problem!, row.Measure!, row.Finding ?? string.Empty];
        return [.. first, row.Description.In(language), other, Date(row.DueOn), row.DueBasis.In(language), row.State.In(language), Days(row)];
    }

    /// <summary>The columns of the CSV: one table for both kinds of row.</summary>
    public static ImmutableArray<string> CsvHeaders(DisplayLanguage language) =>
    [
        L("类别", "Kind", language), L("整改责任单位", "Responsible department", language), L("责任单位名称", "Department name", language),
        L("整改责任人", "Responsible person", language), L("责任人姓名", "Person's name", language), L("单位（通知书下发或台账问题所在）", "Organization (notified, or of the ledger problem)", language),
        L("通知书", "Notice", language), L("下发日期", "Issued", language), L("督导问题", "Finding", language), L("台账问题", "Problem", language),
        L("整改措施", "Measure", language), L("内容", "Text", language), L("整改期限", "Due", language), L("期限依据", "Due by", language),
        L("状态", "State", language), L("逾期天数", "Days overdue", language),
    ];

    /// <summary>The cells of a row in the CSV, in the order of <see cref="CsvHeaders"/>.</summary>
    public static ImmutableArray<string> CsvCells(NoticeList list, NoticeRow row, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            (row.Kind == NoticeRowKind.NoticeItem ? Items : Measures).In(language), row.Department.Value, list.OrganizationName(row.Department) ?? string.Empty,
            row.Person?.Value ?? string.Empty, list.PersonName(row.Person) ?? string.Empty, row.Organization.Value,
            row.Notice ?? string.Empty, Date(row.IssuedOn), row.Finding ?? string.Empty, row.Problem ?? string.Empty,
            row.Measure ?? string.Empty, row.Description.In(language), Date(row.DueOn), row.DueBasis.In(language),
            row.State.In(language), Days(row),
        ];
    }

    /// <summary>The properties of a row in the JSON: identifiers and dates as written, the states' and kinds' codes beside their labels.</summary>
    public static IEnumerable<(string Property, object? Value)> JsonFields(NoticeList list, NoticeRow row, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(row);
        yield return ("organization", row.Organization.Value);
        yield return ("notice", row.Notice);
        yield return ("issuedOn", row.IssuedOn is null ? null : Date(row.IssuedOn));
        yield return ("finding", row.Finding);
        yield return ("problem", row.Problem);
        yield return ("measure", row.Measure);
        yield return ("text", row.Description.In(language));
        yield return ("department", row.Department.Value);
        yield return ("departmentName", list.OrganizationName(row.Department));
        yield return ("person", row.Person?.Value);
        yield return ("personName", list.PersonName(row.Person));
        yield return ("dueOn", row.DueOn is null ? null : Date(row.DueOn));
        yield return ("dueBy", row.DueBasis.In(language));
        yield return ("state", row.StateCode);
        yield return ("stateLabel", row.State.In(language));
        yield return ("daysOverdue", row.DaysOverdue);
    }

    /// <summary>The provenance lines under the CSV.</summary>
    public static IEnumerable<(string Label, string Value)> Provenance(NoticeList list, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(list);
        yield return (ReportLabels.Committee.In(language), list.Committee.Value);
        yield return (ReportLabels.AssessmentYear.In(language), list.Year.ToString(CultureInfo.InvariantCulture));
        yield return (L("截至日期", "As of", language), Date(list.AsOf));
        yield return (ReportLabels.Notes.In(language), Totals(list).In(language));
    }

    /// <summary>A date as <c>yyyy-MM-dd</c>, or empty.</summary>
    public static string Date(LocalDate? date) => date is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : string.Empty;

    private static string Days(NoticeRow row) => row.DaysOverdue is { } days && days > 0 ? days.ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static string Other(NoticeList list, DisplayLanguage language) =>
        list.Grouping == NoticeGrouping.Person ? L("整改责任单位", "Responsible department", language) : L("整改责任人", "Responsible person", language);

    private static string Named(string id, string? name) => name is null ? id : $"{id} {name}";

    private static string L(string zh, string en, DisplayLanguage language) => language == DisplayLanguage.English ? en : zh;
}
