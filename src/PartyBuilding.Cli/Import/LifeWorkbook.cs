using DocumentFormat.OpenXml.Packaging;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Cli.Import.ImportWorkbook;

namespace PartyBuilding.Cli.Import;

/// <summary>
/// The organizational-life workbook (组织生活台账) a branch keeps in a spreadsheet: the members (党员名册), the meetings
/// (会议记录), who attended or was absent and why (出缺席) and the dues (党费), one row per entry. <see cref="Write"/> writes
/// it — empty as a template, or filled from records; <see cref="Read"/> turns a filled workbook into
/// <see cref="OrganizationalLifeRecords"/> checked by the library, every problem named by sheet, row and column
/// (<c>会议记录!D5</c>).
/// </summary>
/// <remarks>
/// Sheets and column headers are written in the chosen language and read in either; kinds, statuses and reasons are the
/// library's labels (<see cref="OrganizationalLifeLabels"/>) in either language. Dates are <c>yyyy-MM-dd</c> text or cells
/// typed as dates; months <c>yyyy-MM</c>; yes/no cells 是/否 or yes/no; topics separated by <c>；</c> or <c>;</c>.
/// </remarks>
internal static class LifeWorkbook
{
    private static readonly WorkbookSheet Members = new(new("党员名册", "Members"), [
        new("支部", "Branch"), new("党员", "Member"), new("身份", "Status"), new("支部委员", "Committee member"),
        new("党员领导干部", "Leading cadre"), new("党小组", "Party group"), new("转入日期", "From"), new("转出日期", "To")]);

    private static readonly WorkbookSheet Meetings = new(new("会议记录", "Meetings"), [
        new("记录编号", "Record"), new("类型", "Kind"), new("组织", "Organization"), new("日期", "Date"), new("主持人", "Chair"),
        new("议题", "Topics"), new("第一议题", "First topic"), new("会议记录", "Minutes"), new("授课人", "Lesson giver")]);

    private static readonly WorkbookSheet Attendance = new(new("出缺席", "Attendance"), [
        new("记录编号", "Record"), new("党员", "Member"), new("出缺席", "Attendance")]);

    private static readonly WorkbookSheet Dues = new(new("党费", "Dues"), [new("党员", "Member"), new("月份", "Month"), new("交纳日期", "Paid on")]);

    private static readonly LocalizedText Present = new("出席", "Present");

    private static readonly ImmutableArray<LocalizedText> Instructions =
    [
        new("组织生活台账：每个工作表一行一条，第 1 行为表头，请勿改动表头和工作表名称。", "Organizational-life workbook: one entry per row on each sheet; row 1 is the header; keep the headers and sheet names."),
        new("党员名册：支部、党员编号、身份（正式党员/预备党员）、是否支部委员、是否党员领导干部（是/否）、所在党小组；年内接收或转入、转出的党员填写转入、转出日期（yyyy-MM-dd）。", "Members: branch, member, status (Full member / Probationary member), committee member and leading cadre (yes/no), party group; for a member admitted, transferred in or out during the year, the first and last day in the branch (yyyy-MM-dd)."),
        new("会议记录：记录编号（唯一）、类型（党员大会、支委会、党小组会、党课、主题党日、组织生活会、民主评议党员、谈心谈话）、组织（支部或党小组）、日期（yyyy-MM-dd）、主持人、议题（用“；”分隔）、第一议题、会议记录页码、党课授课人（党支部书记/党员领导干部/其他人员）。", "Meetings: record (unique), kind (Members' meeting, Branch committee meeting, Party-group meeting, Party lesson, Theme party day, Organizational-life meeting, Democratic appraisal of members, Heart-to-heart talk), organization (branch or party group), date (yyyy-MM-dd), chair, topics (separated by ';'), first topic, minutes, lesson giver (Branch secretary / Leading cadre / Other speaker)."),
        new("出缺席：记录编号、党员编号、出缺席（出席、请假、因公、无故缺席）；谈心谈话记录谈话对象为“出席”。", "Attendance: record, member, attendance (Present, On leave, On official duty, Absent without reason); for a talk, the member talked with is Present."),
        new("党费：党员编号、月份（yyyy-MM）、交纳日期（yyyy-MM-dd）。", "Dues: member, month (yyyy-MM), paid on (yyyy-MM-dd)."),
        new("导入：pbeval import organizational-life 台账.xlsx --committee 工委编号 --year 年度 --out 记录.json；每个问题都指明工作表、行和列。", "Import: pbeval import organizational-life book.xlsx --committee ID --year YEAR --out records.json; every problem names its sheet, row and column."),
    ];

    /// <summary>Writes the workbook: the sheets with their headers and, when records are given, one row per entry.</summary>
    /// <param name="stream">Where to write (seekable).</param>
    /// <param name="language">The language of sheet names, headers and labels.</param>
    /// <param name="records">The records to fill it with, or <see langword="null"/> for an empty template.</param>
    public static void Write(Stream stream, DisplayLanguage language, OrganizationalLifeRecords? records = null) => ImportWorkbook.Write(
        stream,
        language,
        Instructions,
        (Members, records?.Branches.SelectMany(b => b.Members.Select(m => MemberCells(b, m, language))) ?? []),
        (Meetings, records?.Meetings.Select(m => MeetingCells(m, language)) ?? []),
        (Attendance, records?.Meetings.SelectMany(m => AttendanceCells(m, language)) ?? []),
        (Dues, records?.Dues.Select(d => (string?[])[d.MemberId.Value, Month(d.Month), Date(d.PaidOn)]) ?? []));

    /// <summary>Reads a filled workbook.</summary>
    /// <param name="stream">The workbook.</param>
    /// <param name="committee">The working committee the records are for.</param>
    /// <param name="year">The year.</param>
    /// <returns>The records when every cell was read and the library finds no error (its problems are mapped to cells too), and the problems.</returns>
    public static (OrganizationalLifeRecords? Records, ImmutableArray<ValidationProblem> Problems) Read(Stream stream, OrganizationId committee, AssessmentYear year)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var document = SpreadsheetDocument.Open(stream, false);
        var reading = new Reading(XlsxSheetReader.Open(document));
        var records = new LifeReading(reading).Records(committee, year);
        if (records is null || reading.Problems.Count > 0)
        {
            return (null, [.. reading.Problems]);
        }

        var report = OrganizationalLifeEngine.Validate(records, new OrganizationalLifeScheme(year, committee), year.LastDay);
        return (report.IsValid ? records : null, [.. report.Problems.Select(p => p with { Path = reading.CellOf(p.Path) })]);
    }

    private static string?[] MemberCells(LifeBranch branch, LifeMember member, DisplayLanguage language) =>
    [
        branch.Id.Value, member.Id.Value, OrganizationsLabels.MembershipStatuses.Get(member.Status, language),
        YesNo(member.CommitteeMember, language), YesNo(member.LeadingCadre, language), member.GroupId?.Value,
        member.From is { } from ? Date(from) : null, member.To is { } to ? Date(to) : null,
    ];

    private static string?[] MeetingCells(MeetingRecord meeting, DisplayLanguage language) =>
    [
        meeting.Id.Value, OrganizationalLifeLabels.MeetingKinds.Get(meeting.Kind, language), meeting.OrganizationId.Value, Date(meeting.Date),
        meeting.Chair?.Value, string.Join("；", meeting.Topics), meeting.FirstTopic, meeting.Minutes,
        meeting.Giver is { } giver ? OrganizationalLifeLabels.LessonGivers.Get(giver, language) : null,
    ];

    private static IEnumerable<string?[]> AttendanceCells(MeetingRecord meeting, DisplayLanguage language) =>
        meeting.Attendees.Select(a => (string?[])[meeting.Id.Value, a.Value, Present.In(language)])
            .Concat(meeting.Absentees.Select(a => (string?[])[meeting.Id.Value, a.MemberId.Value, OrganizationalLifeLabels.AbsenceReasons.Get(a.Reason, language)]));

    private static string At(string collection, int index) => string.Create(CultureInfo.InvariantCulture, $"{collection}[{index}]");

    /// <summary>The organizational-life sheets of one reading.</summary>
    private sealed class LifeReading(Reading reading)
    {
        private readonly HashSet<LifeRecordId> _unread = [];

        public OrganizationalLifeRecords? Records(OrganizationId committee, AssessmentYear year)
        {
            var members = reading.Find(Members);
            var meetings = reading.Find(Meetings);
            var attendance = reading.Find(Attendance);
            var dues = reading.Find(Dues);
            if (members is null || meetings is null || attendance is null || dues is null)
            {
                return null;
            }

            var branches = ReadMembers(members);
            var (records, order) = ReadMeetings(meetings);
            ReadAttendance(attendance, records);
            var payments = ReadDues(dues);
            var lifeBranches = branches.Select(b => new LifeBranch(
                b.Key,
                [.. b.Value.Select(m => m.Member)],
                [.. b.Value.Select(m => m.Member.GroupId).OfType<OrganizationId>().Distinct().Order()])).ToArray();
            for (var b = 0; b < lifeBranches.Length; b++)
            {
                var rows = branches[lifeBranches[b].Id];
                reading.Origin(At("Branches", b), members, rows[0].Row, p => p == "Id" ? 0 : null);
                for (var m = 0; m < rows.Count; m++)
                {
                    reading.Origin($"{At("Branches", b)}.{At("Members", m)}", members, rows[m].Row, p => p switch { "Id" => 1, "Status" => 2, "From" => 6, "To" => 7, _ => null });
                }
            }

            return new OrganizationalLifeRecords(year, committee, [.. lifeBranches], [.. order.Select(m => m.Build())], [.. payments]);
        }

        private Dictionary<OrganizationId, List<(LifeMember Member, int Row)>> ReadMembers(ReadSheet sheet)
        {
            var branches = new Dictionary<OrganizationId, List<(LifeMember, int)>>();
            foreach (var (row, values) in sheet.Rows)
            {
                var cells = reading.Row(sheet, row, values);
                var branch = cells.Id<OrganizationId>(0, OrganizationId.TryParse, required: true);
                var member = cells.Id<MemberId>(1, MemberId.TryParse, required: true);
                var status = cells.Label(2, OrganizationsLabels.MembershipStatuses) ?? MembershipStatus.Full;
                var committee = cells.YesNo(3);
                var leading = cells.YesNo(4);
                var group = cells.Id<OrganizationId>(5, OrganizationId.TryParse, required: false);
                var from = cells.Date(6, required: false);
                var to = cells.Date(7, required: false);
                if (branch is { } b && member is { } m)
                {
                    if (!branches.TryGetValue(b, out var list))
                    {
                        branches[b] = list = [];
                    }

                    list.Add((new LifeMember(m, status, committee, leading, group) { From = from, To = to }, row));
                }
            }

            return branches;
        }

        private (Dictionary<LifeRecordId, MeetingRow> Records, List<MeetingRow> Order) ReadMeetings(ReadSheet sheet)
        {
            var records = new Dictionary<LifeRecordId, MeetingRow>();
            var order = new List<MeetingRow>();
            foreach (var (row, values) in sheet.Rows)
            {
                var cells = reading.Row(sheet, row, values);
                var id = cells.Id<LifeRecordId>(0, LifeRecordId.TryParse, required: true);
                var kind = cells.Label(1, OrganizationalLifeLabels.MeetingKinds, required: true);
                var organization = cells.Id<OrganizationId>(2, OrganizationId.TryParse, required: true);
                var date = cells.Date(3, required: true);
                var chair = cells.Id<MemberId>(4, MemberId.TryParse, required: false);
                var topics = cells.Text(5)?.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
                var giver = cells.Label(8, OrganizationalLifeLabels.LessonGivers);
                if (id is not { } i || kind is not { } k || organization is not { } o || date is not { } d)
                {
                    // Its problems are listed; its attendance rows are then not reported again as naming no meeting.
                    if (id is { } unread)
                    {
                        _unread.Add(unread);
                    }

                    continue;
                }

                // A record id twice is the library's problem (OL.DUPLICATE_RECORD), reported at the second row; the attendance
                // rows of that id go to the first.
                var meeting = new MeetingRow(order.Count, new MeetingRecord(i, k, o, d, chair, [.. topics], cells.Text(6), Minutes: cells.Text(7), Giver: giver));
                records.TryAdd(i, meeting);
                reading.Origin(At("Meetings", order.Count), sheet, row, MeetingColumn);
                order.Add(meeting);
            }

            return (records, order);
        }

        private void ReadAttendance(ReadSheet sheet, Dictionary<LifeRecordId, MeetingRow> records)
        {
            foreach (var (row, values) in sheet.Rows)
            {
                var cells = reading.Row(sheet, row, values);
                var id = cells.Id<LifeRecordId>(0, LifeRecordId.TryParse, required: true);
                var member = cells.Id<MemberId>(1, MemberId.TryParse, required: true);
                AbsenceReason? reason = null;
                if (cells.Text(2) is not { } text)
                {
                    cells.Required(2);
                    continue;
                }

                if (text != Present.ZhCn && !string.Equals(text, Present.English, StringComparison.OrdinalIgnoreCase))
                {
                    reason = cells.Label(2, OrganizationalLifeLabels.AbsenceReasons, required: true);
                    if (reason is null)
                    {
                        continue;
                    }
                }

                if (id is not { } i || member is not { } m)
                {
                    continue;
                }

                if (!records.TryGetValue(i, out var meeting))
                {
                    if (!_unread.Contains(i))
                    {
                        cells.Invalid(0, "The record is not on the meetings sheet.");
                    }

                    continue;
                }

                var list = reason is null ? "Attendees" : "Absentees";
                var index = reason is null ? meeting.Attendees.Count : meeting.Absentees.Count;
                reading.Origin($"{At("Meetings", meeting.Index)}.{At(list, index)}", sheet, row, _ => 1);
                if (reason is { } r)
                {
                    meeting.Absentees.Add(new Absence(m, r));
                }
                else
                {
                    meeting.Attendees.Add(m);
                }
            }
        }

        private List<DuesPayment> ReadDues(ReadSheet sheet)
        {
            var payments = new List<DuesPayment>();
            foreach (var (row, values) in sheet.Rows)
            {
                var cells = reading.Row(sheet, row, values);
                var member = cells.Id<MemberId>(0, MemberId.TryParse, required: true);
                var month = cells.Month(1, required: true);
                var paid = cells.Date(2, required: true);
                if (member is { } m && month is { } mo && paid is { } p)
                {
                    reading.Origin(At("Dues", payments.Count), sheet, row, property => property switch { "MemberId" => 0, "Month" => 1, "PaidOn" => 2, _ => null });
                    payments.Add(new DuesPayment(m, mo, p));
                }
            }

            return payments;
        }

        private static int? MeetingColumn(string property) => property switch
        {
            "Id" => 0,
            "Kind" => 1,
            "OrganizationId" => 2,
            "Date" => 3,
            "Chair" => 4,
            "Topics" => 5,
            "FirstTopic" => 6,
            "Minutes" => 7,
            "Giver" => 8,
            _ => null,
        };
    }

    /// <summary>A meeting read from its row, with the attendance rows gathered from the attendance sheet.</summary>
    private sealed class MeetingRow(int index, MeetingRecord record)
    {
        public int Index => index;

        public List<MemberId> Attendees { get; } = [];

        public List<Absence> Absentees { get; } = [];

        public MeetingRecord Build() => record with { Attendees = [.. Attendees], Absentees = [.. Absentees] };
    }
}
