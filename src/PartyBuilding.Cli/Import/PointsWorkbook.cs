using DocumentFormat.OpenXml.Packaging;
using NodaTime;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Cli.Import.ImportWorkbook;

namespace PartyBuilding.Cli.Import;

/// <summary>
/// The member-points workbook (党员积分台账) a branch keeps in a spreadsheet: the branches (支部), the roster with each
/// member's branch periods (党员名册), the monthly declarations (个人申报), the branch's audits (支部审核) and the quarterly
/// mass reviews (群众评议), one row per entry. <see cref="Write"/> writes it — empty as a template, or filled from a data set;
/// <see cref="Read"/> turns a filled workbook into a <see cref="MemberPointsDataSet"/> checked by the library under the
/// committee's scheme, every problem named by sheet, row and column (<c>个人申报!C5</c>).
/// </summary>
/// <remarks>
/// A member who moved between branches has one roster row per branch period; the member's dates are given on the first of
/// them (and may be repeated). Audit decisions are the library's labels (<see cref="MemberPointsLabels"/>) in either language.
/// </remarks>
internal static class PointsWorkbook
{
    private static readonly WorkbookSheet Branches = new(new("支部", "Branches"), [new("支部", "Branch"), new("上级党组织", "Parent organization")]);

    private static readonly WorkbookSheet Roster = new(new("党员名册", "Roster"), [
        new("党员", "Member"), new("入党日期", "Joined on"), new("转正日期", "Probation ends on"), new("支部", "Branch"),
        new("起始日期", "From"), new("截止日期", "To")]);

    private static readonly WorkbookSheet Declarations = new(new("个人申报", "Declarations"), [
        new("申报编号", "Declaration"), new("党员", "Member"), new("积分标准", "Standard"), new("月份", "Month"), new("发生日期", "Occurred on"),
        new("提交日期", "Submitted on"), new("数量", "Quantity"), new("说明", "Note")]);

    private static readonly WorkbookSheet Audits = new(new("支部审核", "Audits"), [
        new("申报编号", "Declaration"), new("审核日期", "Audited on"), new("审核结果", "Decision"), new("调整分值", "Points"),
        new("理由", "Reason"), new("审核人", "Auditor")]);

    private static readonly WorkbookSheet MassReviews = new(new("群众评议", "Mass reviews"), [
        new("党员", "Member"), new("季度", "Quarter"), new("好", "Good"), new("较好", "Fairly good"), new("一般", "Average"), new("差", "Poor")]);

    private static readonly ImmutableArray<LocalizedText> Instructions =
    [
        new("党员积分台账：每个工作表一行一条，第 1 行为表头，请勿改动表头和工作表名称。", "Member-points workbook: one entry per row on each sheet; row 1 is the header; keep the headers and sheet names."),
        new("支部：支部编号、上级党组织编号。", "Branches: branch, parent organization."),
        new("党员名册：党员编号、入党日期、转正日期（预备党员填写）、所在支部及起止日期（yyyy-MM-dd）；年内转接组织关系的党员每段一行。", "Roster: member, joined on, probation ends on (probationary members), branch with its first and last day (yyyy-MM-dd); a member who moved has one row per branch period."),
        new("个人申报：申报编号（唯一）、党员编号、积分标准编号、所属月份（yyyy-MM）、发生日期、提交日期、数量（默认 1）、说明。", "Declarations: declaration (unique), member, standard, month (yyyy-MM), occurred on, submitted on, quantity (1 when empty), note."),
        new("支部审核：申报编号、审核日期、审核结果（审核通过、调整分值、不予认定）、调整后的分值、理由（调整和不予认定时必填）、审核人。", "Audits: declaration, audited on, decision (Approved, Adjusted, Rejected), adjusted points, reason (for an adjustment or a rejection), auditor."),
        new("群众评议：党员编号、季度（1–4）、评为好、较好、一般、差的人数。", "Mass reviews: member, quarter (1–4), the number of raters who chose good, fairly good, average and poor."),
        new("导入：pbeval import member-points 台账.xlsx --committee 工委编号 --year 年度 --scheme 积分方案.json --out 积分数据.json。", "Import: pbeval import member-points book.xlsx --committee ID --year YEAR --scheme scheme.json --out data.json."),
    ];

    /// <summary>Writes the workbook: the sheets with their headers and, when a data set is given, one row per entry.</summary>
    /// <param name="stream">Where to write (seekable).</param>
    /// <param name="language">The language of sheet names, headers and labels.</param>
    /// <param name="data">The data set to fill it with, or <see langword="null"/> for an empty template.</param>
    public static void Write(Stream stream, DisplayLanguage language, MemberPointsDataSet? data = null) => ImportWorkbook.Write(
        stream,
        language,
        Instructions,
        (Branches, data?.Branches.Select(b => (string?[])[b.BranchId.Value, b.ParentId.Value]) ?? []),
        (Roster, data?.Roster.SelectMany(RosterCells) ?? []),
        (Declarations, data?.Declarations.Select(d => (string?[])[
            d.Id.Value, d.MemberId.Value, d.StandardId.Value, Month(d.Month), Date(d.OccurredOn), Date(d.SubmittedOn),
            d.Quantity.ToString(CultureInfo.InvariantCulture), d.Note]) ?? []),
        (Audits, data?.Audits.Select(a => (string?[])[
            a.DeclarationId.Value, Date(a.AuditedOn), MemberPointsLabels.AuditDecisions.Get(a.Decision, language),
            a.Points is { } points ? Number(points.Value) : null, a.Reason, a.Auditor?.Value]) ?? []),
        (MassReviews, data?.MassReviews.Select(r => (string?[])[
            r.MemberId.Value, Whole(r.Quarter), Whole(r.Good), Whole(r.FairlyGood), Whole(r.Average), Whole(r.Poor)]) ?? []));

    /// <summary>Reads a filled workbook and checks it under a scheme.</summary>
    /// <param name="stream">The workbook.</param>
    /// <param name="committee">The working committee.</param>
    /// <param name="year">The year.</param>
    /// <param name="scheme">The committee's member-points scheme the data set is checked under.</param>
    /// <returns>The data set when every cell was read and the library finds no error (its problems are mapped to cells too), and the problems.</returns>
    public static (MemberPointsDataSet? Data, ImmutableArray<ValidationProblem> Problems) Read(Stream stream, OrganizationId committee, AssessmentYear year, PointsScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(scheme);
        using var document = SpreadsheetDocument.Open(stream, false);
        var reading = new Reading(XlsxSheetReader.Open(document));
        var data = new PointsReading(reading).Data(committee, year);
        if (data is null || reading.Problems.Count > 0)
        {
            return (null, [.. reading.Problems]);
        }

        var report = MemberPointsEngine.Validate(data, scheme, year.LastDay);
        return (report.IsValid ? data : null, [.. report.Problems.Select(p => p with { Path = reading.CellOf(p.Path) })]);
    }

    private static IEnumerable<string?[]> RosterCells(MemberRosterEntry entry) => entry.Assignments.Select((a, i) => (string?[])[
        entry.MemberId.Value,
        i == 0 ? Date(entry.JoinedOn) : null,
        i == 0 && entry.ProbationEndsOn is { } ends ? Date(ends) : null,
        a.BranchId.Value, Date(a.From), a.To is { } to ? Date(to) : null]);

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string At(string collection, int index) => string.Create(CultureInfo.InvariantCulture, $"{collection}[{index}]");

    /// <summary>The member-points sheets of one reading.</summary>
    private sealed class PointsReading(Reading reading)
    {
        public MemberPointsDataSet? Data(OrganizationId committee, AssessmentYear year)
        {
            var sheets = new[] { Branches, Roster, Declarations, Audits, MassReviews }.Select(reading.Find).ToArray();
            if (sheets.Any(s => s is null))
            {
                return null;
            }

            return new MemberPointsDataSet(
                year,
                committee,
                [.. ReadBranches(sheets[0]!)],
                [.. ReadRoster(sheets[1]!)],
                [.. ReadDeclarations(sheets[2]!)],
                [.. ReadAudits(sheets[3]!)],
                [.. ReadMassReviews(sheets[4]!)]);
        }

        private List<BranchParent> ReadBranches(ReadSheet sheet)
        {
            var branches = new List<BranchParent>();
            foreach (var (row, values) in sheet.Rows)
            {
                var cells = reading.Row(sheet, row, values);
                var branch = cells.Id<OrganizationId>(0, OrganizationId.TryParse, required: true);
                var parent = cells.Id<OrganizationId>(1, OrganizationId.TryParse, required: true);
                if (branch is { } b && parent is { } p)
                {
                    reading.Origin(At("Branches", branches.Count), sheet, row, property => property switch { "BranchId" => 0, "ParentId" => 1, _ => null });
                    branches.Add(new BranchParent(b, p));
                }
            }

            return branches;
        }

        private List<MemberRosterEntry> ReadRoster(ReadSheet sheet)
        {
            var members = new Dictionary<MemberId, (int Index, LocalDate? JoinedOn, LocalDate? Ends, int Row, List<BranchAssignment> Assignments)>();
            var order = new List<MemberId>();
            foreach (var (row, values) in sheet.Rows)
            {
                var cells = reading.Row(sheet, row, values);
                var member = cells.Id<MemberId>(0, MemberId.TryParse, required: true);
                var joined = cells.Date(1, required: false);
                var ends = cells.Date(2, required: false);
                var branch = cells.Id<OrganizationId>(3, OrganizationId.TryParse, required: true);
                var from = cells.Date(4, required: true);
                var to = cells.Date(5, required: false);
                if (member is not { } m || branch is not { } b || from is not { } f)
                {
                    continue;
                }

                if (!members.TryGetValue(m, out var entry))
                {
                    if (joined is null)
                    {
                        cells.Required(1);
                    }

                    entry = (order.Count, joined, ends, row, []);
                    members[m] = entry;
                    order.Add(m);
                    reading.Origin(At("Roster", entry.Index), sheet, row, property => property switch { "MemberId" => 0, "JoinedOn" => 1, "ProbationEndsOn" => 2, _ => null });
                }
                else if ((joined is { } j && j != entry.JoinedOn) || (ends is { } e && e != entry.Ends))
                {
                    cells.Invalid(joined is { } again && again != entry.JoinedOn ? 1 : 2, string.Create(CultureInfo.InvariantCulture, $"The member's dates differ from those on row {entry.Row}."));
                }

                reading.Origin($"{At("Roster", entry.Index)}.{At("Assignments", entry.Assignments.Count)}", sheet, row, property => property switch { "BranchId" => 3, "From" => 4, "To" => 5, _ => null });
                entry.Assignments.Add(new BranchAssignment(b, f, to));
            }

            return [.. order.Select(m => members[m]).Where(e => e.JoinedOn is not null).Select(e => new MemberRosterEntry(order[e.Index], e.JoinedOn!.Value, [.. e.Assignments], e.Ends))];
        }

        private List<Declaration> ReadDeclarations(ReadSheet sheet)
        {
            var declarations = new List<Declaration>();
            foreach (var (row, values) in sheet.Rows)
            {
                var cells = reading.Row(sheet, row, values);
                var id = cells.Id<DeclarationId>(0, DeclarationId.TryParse, required: true);
                var member = cells.Id<MemberId>(1, MemberId.TryParse, required: true);
                var standard = cells.Id<PointsStandardId>(2, PointsStandardId.TryParse, required: true);
                var month = cells.Month(3, required: true);
                var occurred = cells.Date(4, required: true);
                var submitted = cells.Date(5, required: true);
                var quantity = cells.Integer(6, required: false) ?? 1;
                if (id is { } i && member is { } m && standard is { } s && month is { } mo && occurred is { } o && submitted is { } su)
                {
                    reading.Origin(At("Declarations", declarations.Count), sheet, row, property => property switch
                    {
                        "Id" => 0, "MemberId" => 1, "StandardId" => 2, "Month" => 3, "OccurredOn" => 4, "SubmittedOn" => 5, "Quantity" => 6, "Note" => 7, _ => null,
                    });
                    declarations.Add(new Declaration(i, m, s, mo, o, su, quantity, cells.Text(7)));
                }
            }

            return declarations;
        }

        private List<AuditRecord> ReadAudits(ReadSheet sheet)
        {
            var audits = new List<AuditRecord>();
            foreach (var (row, values) in sheet.Rows)
            {
                var cells = reading.Row(sheet, row, values);
                var id = cells.Id<DeclarationId>(0, DeclarationId.TryParse, required: true);
                var audited = cells.Date(1, required: true);
                var decision = cells.Label(2, MemberPointsLabels.AuditDecisions, required: true);
                var points = cells.Decimal(3, required: false);
                var auditor = cells.Id<MemberId>(5, MemberId.TryParse, required: false);
                if (id is { } i && audited is { } a && decision is { } d)
                {
                    reading.Origin(At("Audits", audits.Count), sheet, row, property => property switch
                    {
                        "DeclarationId" => 0, "AuditedOn" => 1, "Decision" => 2, "Points" => 3, "Reason" => 4, "Auditor" => 5, _ => null,
                    });
                    audits.Add(new AuditRecord(i, a, d, points is { } p ? Score.Of(p) : null, cells.Text(4), auditor));
                }
            }

            return audits;
        }

        private List<MassReview> ReadMassReviews(ReadSheet sheet)
        {
            var reviews = new List<MassReview>();
            foreach (var (row, values) in sheet.Rows)
            {
                var cells = reading.Row(sheet, row, values);
                var member = cells.Id<MemberId>(0, MemberId.TryParse, required: true);
                var counts = Enumerable.Range(1, 5).Select(c => cells.Integer(c, required: true)).ToArray();
                if (member is { } m && counts.All(c => c is not null))
                {
                    reading.Origin(At("MassReviews", reviews.Count), sheet, row, property => property switch
                    {
                        "MemberId" => 0, "Quarter" => 1, "Good" => 2, "FairlyGood" => 3, "Average" => 4, "Poor" => 5, _ => null,
                    });
                    reviews.Add(new MassReview(m, counts[0]!.Value, counts[1]!.Value, counts[2]!.Value, counts[3]!.Value, counts[4]!.Value));
                }
            }

            return reviews;
        }
    }
}
