using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>The bilingual wording of values derived from records, and the kebab-case keys of their explanation parameters.</summary>
internal static class RecordTexts
{
    /// <summary>Gets the label of a derived value: derived from records, and what it counts.</summary>
    public static LocalizedText Derived(RecordMeasure measure)
    {
        var kinds = measure.Meetings.Distinct().Order().Select(k => OrganizationalLifeLabels.MeetingKinds[k]).ToArray();
        var zh = string.Join("、", kinds.Select(k => k.ZhCn));
        var en = string.Join(", ", kinds.Select(k => k.English.ToLowerInvariant()));
        var (zhPeriod, enPeriod) = measure.Period switch
        {
            LifePeriod.Month => ("月", "month"),
            LifePeriod.Quarter => ("季度", "quarter"),
            _ => ("年度", "year"),
        };
        var what = measure.Kind switch
        {
            RecordMeasureKind.PeriodsWithoutValidMeeting => new LocalizedText($"未有效召开{zh}的{zhPeriod}数", $"{enPeriod}s without a valid meeting ({en})"),
            RecordMeasureKind.ShareOfPeriodsWithValidMeeting => new LocalizedText($"有效召开{zh}的{zhPeriod}占比", $"share of {enPeriod}s with a valid meeting ({en})"),
            RecordMeasureKind.HeldInYear => new LocalizedText($"本年度是否均已有效召开{zh}（是为1，否为0）", $"whether each was validly held this year, 1 or 0 ({en})"),
            _ => new LocalizedText($"{zh}到会率（实到人数÷记录的应到人数）", $"attendance rate, present over recorded ({en})"),
        };
        return new($"由组织生活记录得出：{what.ZhCn}", $"Derived from organizational-life records: {what.English}");
    }

    /// <summary>Gets the summary naming the records a value came from.</summary>
    public static LocalizedText From(ImmutableArray<LifeRecordId> records) => records.IsEmpty
        ? new("本项数值由组织生活记录得出，期间无相关记录。", "Derived from organizational-life records; no record of these kinds.")
        : new($"本项数值由组织生活记录得出，依据记录：{string.Join("、", records)}。", $"Derived from organizational-life records: {string.Join(", ", records)}.");

    /// <summary>Gets the label of a record with its attendance.</summary>
    public static LocalizedText Attendance(MeetingRecord record)
    {
        var label = OrganizationalLifeTexts.Record(record);
        var present = record.Attendees.Length.ToString(CultureInfo.InvariantCulture);
        var absent = record.Absentees.Length.ToString(CultureInfo.InvariantCulture);
        return new($"{label.ZhCn}：实到{present}人，缺席{absent}人", $"{label.English}: {present} present, {absent} absent");
    }

    /// <summary>Gets the kebab-case key of a kind of meeting (an explanation parameter).</summary>
    public static string Key(MeetingKind kind) => kind switch
    {
        MeetingKind.MembersMeeting => "members-meeting",
        MeetingKind.BranchCommitteeMeeting => "branch-committee-meeting",
        MeetingKind.PartyGroupMeeting => "party-group-meeting",
        MeetingKind.PartyLesson => "party-lesson",
        MeetingKind.ThemePartyDay => "theme-party-day",
        MeetingKind.OrganizationalLifeMeeting => "organizational-life-meeting",
        MeetingKind.DemocraticAppraisal => "democratic-appraisal",
        _ => "heart-to-heart-talk",
    };

    /// <summary>Gets the kebab-case key of a period.</summary>
    public static string Key(LifePeriod period) => period switch
    {
        LifePeriod.Month => "month",
        LifePeriod.Quarter => "quarter",
        _ => "year",
    };

    /// <summary>Gets the kebab-case name of a measure (the explanation's formula).</summary>
    public static string Key(RecordMeasureKind kind) => kind switch
    {
        RecordMeasureKind.PeriodsWithoutValidMeeting => "periods-without-valid-meeting",
        RecordMeasureKind.ShareOfPeriodsWithValidMeeting => "share-of-periods-with-valid-meeting",
        RecordMeasureKind.HeldInYear => "held-in-year",
        _ => "attendance-rate",
    };
}
