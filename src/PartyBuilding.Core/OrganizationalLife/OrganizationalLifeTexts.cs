using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>The bilingual wording of the organizational-life explanations, with no enumeration names in either language.</summary>
internal static class OrganizationalLifeTexts
{
    private static readonly string[] ChineseQuarters = ["一", "二", "三", "四"];

    /// <summary>Gets the label of a month.</summary>
    public static LocalizedText Month(YearMonth month) =>
        new(I($"{month.Year}年{month.Month}月"), I($"{month.Year}-{month.Month:00}"));

    /// <summary>Gets the label of a period of a kind that starts on a date.</summary>
    public static LocalizedText Period(LifePeriod period, LocalDate start) => period switch
    {
        LifePeriod.Month => Month(start.ToYearMonth()),
        LifePeriod.Quarter => new(I($"{start.Year}年第{ChineseQuarters[(start.Month - 1) / 3]}季度"), I($"{start.Year} Q{((start.Month - 1) / 3) + 1}")),
        _ => new(I($"{start.Year}年"), I($"{start.Year}")),
    };

    /// <summary>Gets the label of a record: its kind and date.</summary>
    public static LocalizedText Record(MeetingRecord record)
    {
        var kind = OrganizationalLifeLabels.MeetingKinds[record.Kind];
        var date = record.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        return new($"{kind.ZhCn}（{date}）", $"{kind.English} ({date})");
    }

    /// <summary>Gets the label of a record that was not valid for want of its quorum.</summary>
    public static LocalizedText InvalidRecord(MeetingRecord record)
    {
        var label = Record(record);
        return new($"{label.ZhCn}：到会人数不足，会议无效", $"{label.English}: without quorum, not valid");
    }

    /// <summary>Gets the label of a finding about a kind of meeting in a period.</summary>
    public static LocalizedText Finding(LifeFindingKind kind, MeetingKind? meeting, LocalizedText period)
    {
        var what = OrganizationalLifeLabels.FindingKinds[kind];
        if (meeting is not { } m)
        {
            return new($"{period.ZhCn}：{what.ZhCn}", $"{period.English}: {what.English}");
        }

        var label = OrganizationalLifeLabels.MeetingKinds[m];
        return new($"{period.ZhCn}{label.ZhCn}：{what.ZhCn}", $"{period.English}, {label.English}: {what.English}");
    }

    /// <summary>Gets the summary of a missed-meeting finding.</summary>
    public static LocalizedText Missed(MeetingKind kind, LocalizedText period, int held, int minimum)
    {
        var label = OrganizationalLifeLabels.MeetingKinds[kind];
        return new(
            I($"{period.ZhCn}有效召开{label.ZhCn}{held}次，应至少{minimum}次。"),
            I($"{period.English}: {held} valid {label.English.ToLowerInvariant()}(s) held, at least {minimum} required."));
    }

    /// <summary>Gets the summary of a meeting held without its quorum.</summary>
    public static LocalizedText WithoutQuorum(MeetingRecord record, int present, int entitled)
    {
        var label = Record(record);
        return new(
            I($"{label.ZhCn}应到{entitled}人，实到{present}人，未超过半数，会议有记录但无效。"),
            I($"{label.English}: {present} of {entitled} present, not more than half; recorded but not valid."));
    }

    /// <summary>Gets the summary of the missing secretary's lesson.</summary>
    public static LocalizedText SecretaryLesson(int given, int minimum) => new(
        I($"本年度党支部书记讲党课{given}次，应至少{minimum}次。"),
        I($"The branch secretary gave {given} party lesson(s) this year; at least {minimum} required."));

    /// <summary>Gets the summary of the members without a talk.</summary>
    public static LocalizedText MissingTalks(int members) => new(
        I($"本年度有{members}名党员未与支部委员开展谈心谈话。"),
        I($"{members} member(s) had no heart-to-heart talk with a committee member this year."));

    /// <summary>Gets the summary of a leading cadre's attendance in a quarter.</summary>
    public static LocalizedText LeadingCadre(MemberId cadre, LocalizedText period, int attended, int minimum) => new(
        I($"党员领导干部{cadre}在{period.ZhCn}参加所在支部组织生活{attended}次，应至少{minimum}次（示例）。"),
        I($"Leading cadre {cadre} took part in the branch's life {attended} time(s) in {period.English}; at least {minimum} expected (illustrative)."));

    /// <summary>Gets the summary of a member's unpaid months.</summary>
    public static LocalizedText DuesUnpaid(MemberId member, int months) => new(
        I($"党员{member}有{months}个月未交纳党费。"),
        I($"Member {member} paid no party dues for {months} month(s)."));

    /// <summary>Gets the summary of the six-month rule.</summary>
    public static LocalizedText Article9(MemberId member, int absent, int unpaid, int limit) => new(
        I($"党员{member}没有正当理由连续{absent}个月未参加党的组织生活、连续{unpaid}个月未交纳党费（达到{limit}个月）。依党章第九条，应由党支部研究认定是否属于自行脱党，本库不作除名处理。"),
        I($"Member {member}: {absent} consecutive month(s) without organizational life and {unpaid} without dues, without a proper reason (limit {limit}). Under article 9 of the constitution the branch decides whether the member is regarded as having left the party; the library removes no one."));

    /// <summary>Gets the label of a month without organizational life.</summary>
    public static LocalizedText MonthAbsent(YearMonth month)
    {
        var label = Month(month);
        return new($"{label.ZhCn}：无正当理由未参加组织生活", $"{label.English}: no organizational life, no proper reason");
    }

    /// <summary>Gets the label of a month without dues.</summary>
    public static LocalizedText MonthUnpaid(YearMonth month)
    {
        var label = Month(month);
        return new($"{label.ZhCn}：未交纳党费", $"{label.English}: dues unpaid");
    }

    /// <summary>Gets the label of a member.</summary>
    public static LocalizedText Member(MemberId member) => new(I($"党员{member}"), I($"Member {member}"));

    /// <summary>Gets the label of the members present who count for a quorum.</summary>
    public static LocalizedText Present { get; } = new("实到人数", "Present");

    /// <summary>Gets the label of those a quorum is counted of.</summary>
    public static LocalizedText Entitled(MeetingKind kind) => kind == MeetingKind.MembersMeeting
        ? new("应到有表决权的党员（正式党员）人数", "Members with a vote (full members)")
        : new("支部委员人数", "Committee members");

    /// <summary>Gets the label of the full members left out of a members' meeting's quorum because they are on probation within the party.</summary>
    public static LocalizedText OnPartyProbation { get; } = new("留党察看期间无表决权、不计入应到人数的正式党员", "Full members on probation within the party, without a vote and not counted");

    /// <summary>Gets the label of a party lesson with who gave it.</summary>
    public static LocalizedText Lesson(MeetingRecord record)
    {
        var label = Record(record);
        var giver = record.Giver is { } g ? OrganizationalLifeLabels.LessonGivers[g] : new LocalizedText("未记录", "not recorded");
        return new($"{label.ZhCn}：{giver.ZhCn}讲授", $"{label.English}: given by {giver.English.ToLowerInvariant()}");
    }

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
