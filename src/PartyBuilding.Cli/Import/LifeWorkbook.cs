using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using NodaTime.Text;
using PartyBuilding.Cli.Reports;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Cli.Reports.XlsxReportWriter;

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
internal static partial class LifeWorkbook
{
    /// <summary>A cell that must have a value is empty.</summary>
    public const string CellRequired = "CLI.IMPORT_CELL_REQUIRED";

    /// <summary>A cell's value cannot be read as what its column holds.</summary>
    public const string CellInvalid = "CLI.IMPORT_CELL_INVALID";

    /// <summary>A sheet or a column the workbook must have is missing.</summary>
    public const string SheetMissing = "CLI.IMPORT_SHEET_MISSING";

    private static readonly Sheet Members = new(new("党员名册", "Members"), [
        new("支部", "Branch"), new("党员", "Member"), new("身份", "Status"), new("支部委员", "Committee member"),
        new("党员领导干部", "Leading cadre"), new("党小组", "Party group")]);

    private static readonly Sheet Meetings = new(new("会议记录", "Meetings"), [
        new("记录编号", "Record"), new("类型", "Kind"), new("组织", "Organization"), new("日期", "Date"), new("主持人", "Chair"),
        new("议题", "Topics"), new("第一议题", "First topic"), new("会议记录", "Minutes"), new("授课人", "Lesson giver")]);

    private static readonly Sheet Attendance = new(new("出缺席", "Attendance"), [
        new("记录编号", "Record"), new("党员", "Member"), new("出缺席", "Attendance")]);

    private static readonly Sheet Dues = new(new("党费", "Dues"), [new("党员", "Member"), new("月份", "Month"), new("交纳日期", "Paid on")]);

    private static readonly LocalizedText Present = new("出席", "Present");
    private static readonly LocalizedText Yes = new("是", "yes");
    private static readonly LocalizedText No = new("否", "no");

    /// <summary>Writes the workbook: the sheets with their headers and, when records are given, one row per entry.</summary>
    /// <param name="stream">Where to write (seekable).</param>
    /// <param name="language">The language of sheet names, headers and labels.</param>
    /// <param name="records">The records to fill it with, or <see langword="null"/> for an empty template.</param>
    public static void Write(Stream stream, DisplayLanguage language, OrganizationalLifeRecords? records = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxReportWriter.Stylesheet();
        AddSheet(workbook, Instructions.Name.In(language), [.. Instructions.Lines.Select(line => ImmutableArray.Create(XlsxCell.Text(line.In(language))))]);
        AddSheet(workbook, Members.Name.In(language), Rows(Members, language, records?.Branches.SelectMany(b => b.Members.Select(m => MemberRow(b, m, language))) ?? []));
        AddSheet(workbook, Meetings.Name.In(language), Rows(Meetings, language, records?.Meetings.Select(m => MeetingCells(m, language)) ?? []));
        AddSheet(workbook, Attendance.Name.In(language), Rows(Attendance, language, records?.Meetings.SelectMany(m => AttendanceRows(m, language)) ?? []));
        AddSheet(workbook, Dues.Name.In(language), Rows(Dues, language, records?.Dues.Select(d => (string?[])[d.MemberId.Value, Month(d.Month), Date(d.PaidOn)]) ?? []));
        workbook.Workbook.Save();
    }

    /// <summary>Reads a filled workbook.</summary>
    /// <param name="stream">The workbook.</param>
    /// <param name="committee">The working committee the records are for.</param>
    /// <param name="year">The year.</param>
    /// <returns>The records when every cell was read (the library's own problems are mapped to cells too), and the problems.</returns>
    public static (OrganizationalLifeRecords? Records, ImmutableArray<ValidationProblem> Problems) Read(Stream stream, OrganizationId committee, AssessmentYear year)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var document = SpreadsheetDocument.Open(stream, false);
        var reader = new WorkbookReading(XlsxSheetReader.Open(document));
        var records = reader.Records(committee, year);
        if (records is null || reader.Problems.Count > 0)
        {
            return (null, [.. reader.Problems]);
        }

        var report = OrganizationalLifeEngine.Validate(records, new OrganizationalLifeScheme(year, committee), year.LastDay);
        var problems = report.Problems.Select(p => p with { Path = reader.CellOf(p.Path) }).ToImmutableArray();
        return (report.IsValid ? records : null, problems);
    }

    private static ImmutableArray<ImmutableArray<XlsxCell>> Rows(Sheet sheet, DisplayLanguage language, IEnumerable<string?[]> rows) =>
    [
        [.. sheet.Columns.Select(c => XlsxCell.Header(c.In(language)))],
        .. rows.Select(row => row.Select(text => XlsxCell.Text(text ?? string.Empty)).ToImmutableArray()),
    ];

    private static string?[] MemberRow(LifeBranch branch, LifeMember member, DisplayLanguage language) =>
    [
        branch.Id.Value, member.Id.Value, OrganizationsLabels.MembershipStatuses.Get(member.Status, language),
        (member.CommitteeMember ? Yes : No).In(language), (member.LeadingCadre ? Yes : No).In(language), member.GroupId?.Value,
    ];

    private static string?[] MeetingCells(MeetingRecord meeting, DisplayLanguage language) =>
    [
        meeting.Id.Value, OrganizationalLifeLabels.MeetingKinds.Get(meeting.Kind, language), meeting.OrganizationId.Value, Date(meeting.Date),
        meeting.Chair?.Value, string.Join("；", meeting.Topics), meeting.FirstTopic, meeting.Minutes,
        meeting.Giver is { } giver ? OrganizationalLifeLabels.LessonGivers.Get(giver, language) : null,
    ];

    private static IEnumerable<string?[]> AttendanceRows(MeetingRecord meeting, DisplayLanguage language) =>
        meeting.Attendees.Select(a => (string?[])[meeting.Id.Value, a.Value, Present.In(language)])
            .Concat(meeting.Absentees.Select(a => (string?[])[meeting.Id.Value, a.MemberId.Value, OrganizationalLifeLabels.AbsenceReasons.Get(a.Reason, language)]));

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Month(YearMonth month) => month.ToString("uuuu-MM", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<collection>[A-Za-z]+)\[(?<index>\d+)\](?:\.(?<member>[A-Za-z]+)\[(?<inner>\d+)\])?(?:\.(?<property>[A-Za-z]+))?")]
    private static partial Regex PathPattern();

    /// <summary>What a row of the workbook became in the records.</summary>
    private enum Origin
    {
        Branch = 1,
        Member = 2,
        Meeting = 3,
        Attendance = 4,
        Dues = 5,
    }

    /// <summary>A sheet: its name and its columns' headers, in both languages.</summary>
    private sealed record Sheet(LocalizedText Name, ImmutableArray<LocalizedText> Columns);

    /// <summary>The instructions sheet (填写说明).</summary>
    private static class Instructions
    {
        public static LocalizedText Name { get; } = new("填写说明", "Instructions");

        public static ImmutableArray<LocalizedText> Lines { get; } =
        [
            new("组织生活台账：每个工作表一行一条，第 1 行为表头，请勿改动表头和工作表名称。", "Organizational-life workbook: one entry per row on each sheet; row 1 is the header; keep the headers and sheet names."),
            new("党员名册：支部、党员编号、身份（正式党员/预备党员）、是否支部委员、是否党员领导干部（是/否）、所在党小组。", "Members: branch, member, status (Full member / Probationary member), committee member and leading cadre (yes/no), party group."),
            new("会议记录：记录编号（唯一）、类型（党员大会、支委会、党小组会、党课、主题党日、组织生活会、民主评议党员、谈心谈话）、组织（支部或党小组）、日期（yyyy-MM-dd）、主持人、议题（用“；”分隔）、第一议题、会议记录页码、党课授课人（党支部书记/党员领导干部/其他人员）。", "Meetings: record (unique), kind (Members' meeting, Branch committee meeting, Party-group meeting, Party lesson, Theme party day, Organizational-life meeting, Democratic appraisal of members, Heart-to-heart talk), organization (branch or party group), date (yyyy-MM-dd), chair, topics (separated by ';'), first topic, minutes, lesson giver (Branch secretary / Leading cadre / Other speaker)."),
            new("出缺席：记录编号、党员编号、出缺席（出席、请假、因公、无故缺席）；谈心谈话记录谈话对象为“出席”。", "Attendance: record, member, attendance (Present, On leave, On official duty, Absent without reason); for a talk, the member talked with is Present."),
            new("党费：党员编号、月份（yyyy-MM）、交纳日期（yyyy-MM-dd）。", "Dues: member, month (yyyy-MM), paid on (yyyy-MM-dd)."),
            new("导入：pbeval import organizational-life 台账.xlsx --committee 工委编号 --year 年度 --out 记录.json；每个问题都指明工作表、行和列。", "Import: pbeval import organizational-life book.xlsx --committee ID --year YEAR --out records.json; every problem names its sheet, row and column."),
        ];
    }

    /// <summary>One reading of a workbook: the problems found and where each record came from.</summary>
    private sealed class WorkbookReading(XlsxSheetReader reader)
    {
        private readonly Dictionary<string, (string Sheet, int Row, Origin Kind)> _origins = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _sheetNames = [];
        private readonly Dictionary<string, int[]> _columnsOf = [];
        private readonly HashSet<LifeRecordId> _unread = [];

        public List<ValidationProblem> Problems { get; } = [];

        public OrganizationalLifeRecords? Records(OrganizationId committee, AssessmentYear year)
        {
            var members = Find(Members);
            var meetings = Find(Meetings);
            var attendance = Find(Attendance);
            var dues = Find(Dues);
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
                _origins[string.Create(CultureInfo.InvariantCulture, $"Branches[{b}]")] = (members.Value.Name, rows[0].Row, Origin.Branch);
                for (var m = 0; m < rows.Count; m++)
                {
                    _origins[string.Create(CultureInfo.InvariantCulture, $"Branches[{b}].Members[{m}]")] = (members.Value.Name, rows[m].Row, Origin.Member);
                }
            }

            return new OrganizationalLifeRecords(year, committee, [.. lifeBranches], [.. order.Select(m => m.Build())], [.. payments]);
        }

        /// <summary>The cell (or row) a library problem's path points at: <c>会议记录!D5</c>, or the path itself when it names no row.</summary>
        public string CellOf(string path)
        {
            var relative = path.StartsWith("Data.", StringComparison.Ordinal) ? path["Data.".Length..] : path;
            var match = PathPattern().Match(relative);
            if (!match.Success)
            {
                return path;
            }

            var key = match.Groups["member"].Success
                ? $"{match.Groups["collection"].Value}[{match.Groups["index"].Value}].{match.Groups["member"].Value}[{match.Groups["inner"].Value}]"
                : $"{match.Groups["collection"].Value}[{match.Groups["index"].Value}]";
            if (!_origins.TryGetValue(key, out var origin))
            {
                return path;
            }

            var column = ColumnOf(origin.Kind, match.Groups["property"].Success ? match.Groups["property"].Value : string.Empty);
            return column is { } c && _columnsOf.TryGetValue(origin.Sheet, out var columns) && c < columns.Length
                ? string.Create(CultureInfo.InvariantCulture, $"{origin.Sheet}!{ColumnName(columns[c])}{origin.Row}")
                : string.Create(CultureInfo.InvariantCulture, $"{origin.Sheet}!{origin.Row}:{origin.Row}");
        }

        // The column (of the sheet's own columns) a property of the library's records comes from; null for the whole row.
        private static int? ColumnOf(Origin origin, string property) => (origin, property) switch
        {
            (Origin.Branch, "Id") => 0,
            (Origin.Member, "Id") => 1,
            (Origin.Member, "Status") => 2,
            (Origin.Meeting, "Id") => 0,
            (Origin.Meeting, "Kind") => 1,
            (Origin.Meeting, "OrganizationId") => 2,
            (Origin.Meeting, "Date") => 3,
            (Origin.Meeting, "Chair") => 4,
            (Origin.Meeting, "Topics") => 5,
            (Origin.Meeting, "FirstTopic") => 6,
            (Origin.Meeting, "Minutes") => 7,
            (Origin.Meeting, "Giver") => 8,
            (Origin.Attendance, _) => 1,
            (Origin.Dues, "MemberId") => 0,
            (Origin.Dues, "Month") => 1,
            (Origin.Dues, "PaidOn") => 2,
            _ => null,
        };

        private (string Name, IReadOnlyList<(int Row, IReadOnlyDictionary<int, string> Cells)> Rows)? Find(Sheet sheet)
        {
            var name = reader.SheetNames.FirstOrDefault(n => n == sheet.Name.ZhCn || string.Equals(n, sheet.Name.English, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                Problems.Add(new(sheet.Name.ZhCn, SheetMissing, $"The workbook has no sheet '{sheet.Name.ZhCn}' ('{sheet.Name.English}').", null));
                return null;
            }

            var rows = reader.Rows(name);
            var header = rows.Count > 0 ? rows[0].Cells : new Dictionary<int, string>();
            var columns = new int[sheet.Columns.Length];
            for (var c = 0; c < columns.Length; c++)
            {
                var label = sheet.Columns[c];
                var found = header.FirstOrDefault(h => h.Value == label.ZhCn || string.Equals(h.Value, label.English, StringComparison.OrdinalIgnoreCase));
                if (found.Value is null)
                {
                    Problems.Add(new(string.Create(CultureInfo.InvariantCulture, $"{name}!1:1"), SheetMissing, $"The sheet has no column '{label.ZhCn}' ('{label.English}') in its header row.", null));
                    columns[c] = -1;
                }
                else
                {
                    columns[c] = found.Key;
                }
            }

            _sheetNames[sheet.Name.ZhCn] = name;
            _columnsOf[name] = columns;
            return columns.Contains(-1) ? null : (name, rows.Skip(1).ToArray());
        }

        private Dictionary<OrganizationId, List<(LifeMember Member, int Row)>> ReadMembers((string Name, IReadOnlyList<(int Row, IReadOnlyDictionary<int, string> Cells)> Rows)? sheet)
        {
            var branches = new Dictionary<OrganizationId, List<(LifeMember, int)>>();
            foreach (var (row, values) in sheet!.Value.Rows)
            {
                var cells = new Cells(this, sheet.Value.Name, row, _columnsOf[sheet.Value.Name], values);
                var branch = cells.Id<OrganizationId>(0, OrganizationId.TryParse, required: true);
                var member = cells.Id<MemberId>(1, MemberId.TryParse, required: true);
                var status = cells.Label(2, OrganizationsLabels.MembershipStatuses) ?? MembershipStatus.Full;
                var committee = cells.YesNo(3);
                var leading = cells.YesNo(4);
                var group = cells.Id<OrganizationId>(5, OrganizationId.TryParse, required: false);
                if (branch is { } b && member is { } m)
                {
                    if (!branches.TryGetValue(b, out var list))
                    {
                        branches[b] = list = [];
                    }

                    list.Add((new LifeMember(m, status, committee, leading, group), row));
                }
            }

            return branches;
        }

        private (Dictionary<LifeRecordId, MeetingRow> Records, List<MeetingRow> Order) ReadMeetings((string Name, IReadOnlyList<(int Row, IReadOnlyDictionary<int, string> Cells)> Rows)? sheet)
        {
            var records = new Dictionary<LifeRecordId, MeetingRow>();
            var order = new List<MeetingRow>();
            foreach (var (row, values) in sheet!.Value.Rows)
            {
                var cells = new Cells(this, sheet.Value.Name, row, _columnsOf[sheet.Value.Name], values);
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
                _origins[string.Create(CultureInfo.InvariantCulture, $"Meetings[{order.Count}]")] = (sheet.Value.Name, row, Origin.Meeting);
                order.Add(meeting);
            }

            return (records, order);
        }

        private void ReadAttendance((string Name, IReadOnlyList<(int Row, IReadOnlyDictionary<int, string> Cells)> Rows)? sheet, Dictionary<LifeRecordId, MeetingRow> records)
        {
            foreach (var (row, values) in sheet!.Value.Rows)
            {
                var cells = new Cells(this, sheet.Value.Name, row, _columnsOf[sheet.Value.Name], values);
                var id = cells.Id<LifeRecordId>(0, LifeRecordId.TryParse, required: true);
                var member = cells.Id<MemberId>(1, MemberId.TryParse, required: true);
                var text = cells.Text(2);
                AbsenceReason? reason = null;
                if (text is null)
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

                var at = meeting.Index;
                if (reason is { } r)
                {
                    _origins[string.Create(CultureInfo.InvariantCulture, $"Meetings[{at}].Absentees[{meeting.Absentees.Count}]")] = (sheet.Value.Name, row, Origin.Attendance);
                    meeting.Absentees.Add(new Absence(m, r));
                }
                else
                {
                    _origins[string.Create(CultureInfo.InvariantCulture, $"Meetings[{at}].Attendees[{meeting.Attendees.Count}]")] = (sheet.Value.Name, row, Origin.Attendance);
                    meeting.Attendees.Add(m);
                }
            }
        }

        private List<DuesPayment> ReadDues((string Name, IReadOnlyList<(int Row, IReadOnlyDictionary<int, string> Cells)> Rows)? sheet)
        {
            var payments = new List<DuesPayment>();
            foreach (var (row, values) in sheet!.Value.Rows)
            {
                var cells = new Cells(this, sheet.Value.Name, row, _columnsOf[sheet.Value.Name], values);
                var member = cells.Id<MemberId>(0, MemberId.TryParse, required: true);
                var month = cells.Month(1);
                var paid = cells.Date(2, required: true);
                if (member is { } m && month is { } mo && paid is { } p)
                {
                    _origins[string.Create(CultureInfo.InvariantCulture, $"Dues[{payments.Count}]")] = (sheet.Value.Name, row, Origin.Dues);
                    payments.Add(new DuesPayment(m, mo, p));
                }
            }

            return payments;
        }

        /// <summary>The cells of one row, read by the sheet's own column index; every problem names its cell.</summary>
        private readonly struct Cells(WorkbookReading reading, string sheet, int row, int[] columns, IReadOnlyDictionary<int, string> values)
        {
            public delegate bool TryParse<T>(string? text, out T result);

            public string? Text(int column) => values.GetValueOrDefault(columns[column]);

            public void Required(int column) =>
                reading.Problems.Add(new(Reference(column), CellRequired, "The cell must have a value.", null));

            public void Invalid(int column, string message) =>
                reading.Problems.Add(new(Reference(column), CellInvalid, message, Text(column)));

            public T? Id<T>(int column, TryParse<T> parse, bool required)
                where T : struct
            {
                if (Text(column) is not { } text)
                {
                    if (required)
                    {
                        Required(column);
                    }

                    return null;
                }

                if (parse(text, out var id))
                {
                    return id;
                }

                Invalid(column, "The cell is not a valid identifier.");
                return null;
            }

            public TEnum? Label<TEnum>(int column, LabelTable<TEnum> labels, bool required = false)
                where TEnum : struct, Enum
            {
                if (Text(column) is not { } text)
                {
                    if (required)
                    {
                        Required(column);
                    }

                    return null;
                }

                foreach (var (value, label) in labels.All)
                {
                    if (text == label.ZhCn || string.Equals(text, label.English, StringComparison.OrdinalIgnoreCase))
                    {
                        return value;
                    }
                }

                Invalid(column, "The cell is not one of: " + string.Join(", ", labels.All.Values.Select(l => $"{l.ZhCn} / {l.English}").Order(StringComparer.Ordinal)) + ".");
                return null;
            }

            public bool YesNo(int column)
            {
                if (Text(column) is not { } text || text == No.ZhCn || string.Equals(text, No.English, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                if (text == Yes.ZhCn || string.Equals(text, Yes.English, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                Invalid(column, "The cell must be 是 / yes or 否 / no.");
                return false;
            }

            public LocalDate? Date(int column, bool required)
            {
                if (Text(column) is not { } text)
                {
                    if (required)
                    {
                        Required(column);
                    }

                    return null;
                }

                if (LocalDatePattern.Iso.Parse(text) is { Success: true } parsed)
                {
                    return parsed.Value;
                }

                Invalid(column, "The cell must be a date, yyyy-MM-dd.");
                return null;
            }

            public YearMonth? Month(int column)
            {
                if (Text(column) is not { } text)
                {
                    Required(column);
                    return null;
                }

                if (YearMonthPattern.Iso.Parse(text) is { Success: true } parsed)
                {
                    return parsed.Value;
                }

                Invalid(column, "The cell must be a month, yyyy-MM.");
                return null;
            }

            private string Reference(int column) => string.Create(CultureInfo.InvariantCulture, $"{sheet}!{ColumnName(columns[column])}{row}");
        }
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
