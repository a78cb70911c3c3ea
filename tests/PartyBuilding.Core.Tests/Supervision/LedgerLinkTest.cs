using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Supervision;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Supervision.SupFixture;

namespace PartyBuilding.Core.Tests.Supervision;

/// <summary>
/// From findings to action: a notice's items become rectification-ledger problems (<see cref="SupervisionEngine.ToLedgerProblems"/>)
/// with the finding as origin, the responsible person and department and the due date (a preset stays the class, article 000; an
/// explicit date wins), and, given the ledger, a finding stands as the ledger says (rectified, open, overdue) on both sides of its
/// measure's date, its explanation naming the ledger problem.
/// </summary>
public sealed class LedgerLinkTest
{
    private static readonly MemberId Secretary = MemberId.Parse("BZ-001-B01-M001");
    private static readonly MemberId BranchSecretary = MemberId.Parse("BZ-001-B02-M001");
    private static readonly RectificationAreaId Area = RectificationAreaId.Parse("SUP");

    private static RectificationLedger LedgerOf(SupervisionRecords records, IEnumerable<RectificationProblem> problems, AssessmentYear? year = null) => new(
        RectificationLedgerId.Parse("SUP-LEDGER"),
        new LocalizedText("督导整改台账", "Supervision rectification ledger"),
        year ?? records.Year,
        IssueDay,
        [new RectificationArea(Area, new LocalizedText("督导发现问题", "Supervision findings"))],
        [.. problems]);

    private static RectificationProblem Completed(RectificationProblem problem, LocalDate on) => new(
        problem.Id, problem.Organization, problem.Area, problem.Description,
        [.. problem.Measures.Select(m => new RectificationMeasure(m.Id, m.Description, m.FirstResponsible, m.Deadline,
            new RectificationCompletion(on, "整改报告"), [], m.DueOn, m.ResponsibleDepartment))],
        problem.Origin);

    [Fact]
    public void Article000_ToLedgerProblems_APresetItem_BecomesOneProblemWithTheFindingAsOrigin_AndTheClassAsDeadline()
    {
        var records = Records();

        var problem = SupervisionEngine.ToLedgerProblems(records.Notices[0], records, Area, Secretary).Should().ContainSingle().Subject;

        (problem.Id.Value, problem.Organization, problem.Area, problem.Description.ZhCn, problem.Origin).Should().Be(
            ("SUP-F01", Org, Area, "专题研究记录不全", new ProblemOrigin(ProblemOriginKind.SupervisionFinding, "F01")));
        var measure = problem.Measures.Should().ContainSingle().Subject;
        (measure.Id.Value, measure.FirstResponsible, measure.Deadline, measure.DueOn, measure.ResponsibleDepartment, measure.Description.ZhCn).Should().Be(
            ("SUP-F01-M1", Secretary, DeadlineClass.EndOfNovember, (LocalDate?)null, (OrganizationId?)Org, "按整改通知书N01整改：专题研究记录不全"));
    }

    [Theory]
    [InlineData("2018-11-30", DeadlineClass.EndOfNovember)]
    [InlineData("2018-12-01", DeadlineClass.YearEnd)]
    [InlineData("2018-12-31", DeadlineClass.YearEnd)]
    [InlineData("2019-01-01", DeadlineClass.LongTerm)]
    public void ToLedgerProblems_AnExplicitDate_IsTheMeasuresDueDate_ItsClassTheNarrowestOnOrAfterIt(string due, DeadlineClass expected)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(due).Value;
        var records = Records().With(Notice(new NoticeItem(F("F01"), DueOn: date)));

        var measure = SupervisionEngine.ToLedgerProblems(records.Notices[0], records, Area, Secretary).Single().Measures.Single();

        (measure.Deadline, measure.DueOn, measure.DueDate(records.Year)).Should().Be((expected, (LocalDate?)date, (LocalDate?)date));
    }

    [Fact]
    public void ToLedgerProblems_TheItemsResponsiblePersonAndDepartment_WinOverTheDefaultAndTheNotifiedOrganization()
    {
        var records = Records().With(Notice(
            new NoticeItem(F("F01"), Deadline: DeadlineClass.YearEnd),
            new NoticeItem(F("F02"), Deadline: DeadlineClass.YearEnd, Responsible: BranchSecretary, ResponsibleDepartment: Branch)));

        var problems = SupervisionEngine.ToLedgerProblems(records.Notices[0], records, Area, Secretary);

        problems.Select(p => (p.Id.Value, p.Organization, p.Measures[0].FirstResponsible, p.Measures[0].ResponsibleDepartment)).Should().Equal(
            ("SUP-F01", Org, Secretary, (OrganizationId?)Org),
            ("SUP-F02", Branch, BranchSecretary, (OrganizationId?)Branch));
    }

    [Fact]
    public void ToLedgerProblems_InvalidInputs_AreEachListedWithPathAndCode()
    {
        var records = Records();
        var stray = Notice(
            new NoticeItem(F("F09"), Deadline: DeadlineClass.YearEnd, Responsible: Secretary),
            new NoticeItem(F("F01"), Deadline: DeadlineClass.YearEnd, DueOn: new LocalDate(2018, 6, 1), Responsible: Secretary),
            new NoticeItem(F("F02"), Deadline: DeadlineClass.YearEnd)) with { Id = Nt("N09") };

        var act = () => SupervisionEngine.ToLedgerProblems(stray, records, default);

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(
            ("Notice.Id", SupervisionErrorCodes.LedgerNoticeUnknown),
            ("Area", CommonErrorCodes.IdentifierEmpty),
            ("Notice.Items[0].Finding", SupervisionErrorCodes.FindingUnknown),
            ("Notice.Items[1]", SupervisionErrorCodes.DueShape),
            ("Notice.Items[2].Responsible", SupervisionErrorCodes.LedgerResponsible));
    }

    [Fact]
    public void LedgerView_AnOpenMeasure_IsOpenOnItsDueDate_AndOverdueTheDayAfter()
    {
        var records = Records();
        var ledger = LedgerOf(records, SupervisionEngine.ToLedgerProblems(records.Notices[0], records, Area, Secretary));

        FindingStatus StatusOn(LocalDate asOf) =>
            SupervisionEngine.Evaluate(records, Catalogue(), asOf, ledger).For(Org)!.Findings.Single(f => f.Finding == F("F01"));

        (StatusOn(new LocalDate(2018, 11, 30)).State, StatusOn(new LocalDate(2018, 11, 30)).LedgerProblem?.Value).Should().Be((FindingState.Open, "SUP-F01"));
        StatusOn(new LocalDate(2018, 12, 1)).State.Should().Be(FindingState.Overdue);
    }

    [Fact]
    public void LedgerView_AnExplicitDateInTheLedger_DecidesOverdue_NotTheNoticesPreset()
    {
        var records = Records();
        var problem = SupervisionEngine.ToLedgerProblems(records.Notices[0], records, Area, Secretary).Single();
        var measure = problem.Measures[0];
        var later = new RectificationProblem(problem.Id, problem.Organization, problem.Area, problem.Description,
            [new RectificationMeasure(measure.Id, measure.Description, measure.FirstResponsible, measure.Deadline, dueOn: new LocalDate(2018, 12, 15), responsibleDepartment: Org)],
            problem.Origin);
        var ledger = LedgerOf(records, [later]);

        SupervisionEngine.Evaluate(records, Catalogue(), new LocalDate(2018, 12, 15), ledger).For(Org)!.Findings[0].State.Should().Be(FindingState.Open);
        SupervisionEngine.Evaluate(records, Catalogue(), new LocalDate(2018, 12, 16), ledger).For(Org)!.Findings[0].State.Should().Be(FindingState.Overdue);
    }

    [Fact]
    public void LedgerView_EveryMeasureDone_IsRectified_FromTheCompletionDay()
    {
        var records = Records();
        var problem = Completed(SupervisionEngine.ToLedgerProblems(records.Notices[0], records, Area, Secretary).Single(), new LocalDate(2018, 11, 20));
        var ledger = LedgerOf(records, [problem]);

        SupervisionEngine.Evaluate(records, Catalogue(), new LocalDate(2018, 11, 19), ledger).For(Org)!.Findings[0].State.Should().Be(FindingState.Open);
        SupervisionEngine.Evaluate(records, Catalogue(), new LocalDate(2018, 11, 20), ledger).For(Org)!.Findings[0].State.Should().Be(FindingState.Rectified);
        SupervisionEngine.Evaluate(records, Catalogue(), new LocalDate(2018, 12, 31), ledger).For(Org)!.Findings[0].State.Should().Be(FindingState.Rectified);
    }

    [Fact]
    public void LedgerView_ExplanationNamesTheLedgerProblemAndEachMeasuresDueDate_AFindingOnANoticeButNotInTheLedgerSaysSo()
    {
        var records = Records().With(Notice(
            new NoticeItem(F("F01"), Deadline: DeadlineClass.EndOfNovember),
            new NoticeItem(F("F02"), DueOn: new LocalDate(2018, 6, 30), Responsible: Secretary)));
        var ledger = LedgerOf(records, SupervisionEngine.ToLedgerProblems(records.Notices[0], records, Area, Secretary).Take(1));

        var result = SupervisionEngine.Evaluate(records, Catalogue(), new LocalDate(2018, 12, 1), ledger).For(Org)!;

        result.Findings.Select(f => (f.Finding.Value, f.State, f.LedgerProblem?.Value)).Should().Equal(
            ("F01", FindingState.Overdue, "SUP-F01"), ("F02", FindingState.PastDue, null));
        var f01 = result.Explanation.Find("F01")!;
        f01.Summary!.ZhCn.Should().Be("截至2018-12-01，整改台账问题SUP-F01整改逾期。");
        f01.Summary.English.Should().Be("As of 2018-12-01: ledger problem SUP-F01: overdue in the ledger.");
        var ledgerNode = f01.Children.Single(c => c.Key == "SUP-F01");
        ledgerNode.Label.ZhCn.Should().Be("整改台账问题SUP-F01（方面SUP）");
        Flatten(ledgerNode.Children.Single(c => c.Key == "SUP-F01-M1")).Select(r => (r.Key, r.Zh, r.Citation)).Should().Equal(
            ("SUP-F01-M1", "整改措施SUP-F01-M1（问题SUP-F01，BZ-001）：已逾期", null),
            ("SUP-F01-M1/due", "整改期限：2018-11-30（期限类别“11月底”）", Cite(ResponsibilityCitations.LedgerDeadlineClasses)),
            ("F01", "问题来源：督导发现问题F01", null));
        result.Explanation.Find("F02")!.Children.Should().Contain(c => c.Label == new LocalizedText("未列入整改台账", "Not entered in the rectification ledger"));
        result.Explanation.Summary!.ZhCn.Should().Be(
            "截至2018-12-01，督导检查1次，发现问题2个，下发整改通知书1份；按整改台账，已完成整改0个，整改逾期1个，整改中0个；未列入整改台账且已过整改期限1个，未列入整改通知书0个。");
    }

    [Fact]
    public void WithoutTheLedger_TheStateIsReadFromTheNoticesAlone()
    {
        var records = Records();

        SupervisionEngine.Evaluate(records, Catalogue(), new LocalDate(2018, 12, 1)).For(Org)!.Findings
            .Select(f => (f.Finding.Value, f.State, f.LedgerProblem)).Should().Equal(
                ("F01", FindingState.PastDue, (RectificationProblemId?)null), ("F02", FindingState.NotOnNotice, (RectificationProblemId?)null));
    }

    [Fact]
    public void CheckLedger_YearFindingAndOrganization_MustMatchTheRecords()
    {
        var records = Records();
        var problem = SupervisionEngine.ToLedgerProblems(records.Notices[0], records, Area, Secretary).Single();
        var unknown = new RectificationProblem(RectificationProblemId.Parse("SUP-F09"), Org, Area, problem.Description, [.. problem.Measures.Select(m => new RectificationMeasure(
            RectificationMeasureId.Parse("SUP-F09-M1"), m.Description, m.FirstResponsible, m.Deadline))], new ProblemOrigin(ProblemOriginKind.SupervisionFinding, "F09"));
        var moved = new RectificationProblem(problem.Id, Branch, Area, problem.Description, problem.Measures, problem.Origin);
        var inspection = new RectificationProblem(RectificationProblemId.Parse("X1"), Org, Area, problem.Description, [.. problem.Measures.Select(m => new RectificationMeasure(
            RectificationMeasureId.Parse("X1-M1"), m.Description, m.FirstResponsible, m.Deadline))], new ProblemOrigin(ProblemOriginKind.InspectionFeedback, "F09"));

        Rows(SupervisionEngine.CheckLedger(records, LedgerOf(records, [moved, unknown, inspection], AssessmentYear.Create(2019)))).Select(r => (r.Path, r.Code, r.Value))
            .Should().Equal(
                ("Ledger.Year", SupervisionErrorCodes.LedgerYear, "2019"),
                ("Ledger.Problems[0].Organization", SupervisionErrorCodes.LedgerOrganization, "BZ-001-B01"),
                ("Ledger.Problems[1].Origin.Key", SupervisionErrorCodes.LedgerFindingUnknown, "F09"));
        SupervisionEngine.CheckLedger(records, LedgerOf(records, [problem, inspection])).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_WithAnInvalidLedger_ListsTheLedgersOwnProblemsUnderLedger()
    {
        var records = Records();
        var problem = SupervisionEngine.ToLedgerProblems(records.Notices[0], records, Area, Secretary).Single();
        var ledger = LedgerOf(records, [problem, problem]);

        var act = () => SupervisionEngine.Evaluate(records, Catalogue(), new LocalDate(2018, 12, 1), ledger);

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Select(p => p.Path).Should().OnlyContain(p => p.StartsWith("Ledger.Problems", StringComparison.Ordinal));
    }

    [Fact]
    public void NoticeItem_ResponsiblePersonAndDepartment_MustResolveAgainstTheStructure()
    {
        var registry = OrganizationRegistry.Create(SeedDocuments.Read<OrganizationSnapshot>("organizations", "binzhou-snapshot.json"));
        var records = Records().With(Notice(new NoticeItem(F("F01"), Deadline: DeadlineClass.YearEnd,
            Responsible: MemberId.Parse("BZ-001-B01-M999"), ResponsibleDepartment: OrganizationId.Parse("BZ-997"))));
        var known = Records().With(Notice(new NoticeItem(F("F01"), Deadline: DeadlineClass.YearEnd, Responsible: Secretary, ResponsibleDepartment: Branch)));

        Rows(SupervisionEngine.CheckAgainst(records, registry)).Select(r => (r.Path, r.Code, r.Value)).Should().Equal(
            ("Data.Notices[0].Items[0].ResponsibleDepartment", SupervisionErrorCodes.OrganizationUnknown, "BZ-997"),
            ("Data.Notices[0].Items[0].Responsible", SupervisionErrorCodes.ResponsibleUnknown, "BZ-001-B01-M999"));
        SupervisionEngine.CheckAgainst(known, registry).Problems.Should().BeEmpty();
    }
}
