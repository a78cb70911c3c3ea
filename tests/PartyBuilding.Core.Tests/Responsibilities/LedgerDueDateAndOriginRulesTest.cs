using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Responsibilities.Fixtures;

namespace PartyBuilding.Core.Tests.Responsibilities;

/// <summary>
/// Pins a ledger measure's explicit due date (it wins over the deadline class, article 000's classes becoming presets), the
/// responsible department, a problem's origin and the look-back re-check naming it: overdue on both sides of each date, the
/// explanation of each due date, the validation codes and paths, and the JSON of the new optional properties.
/// </summary>
public sealed class LedgerDueDateAndOriginRulesTest
{
    private static readonly MemberId Secretary = MemberId.Parse("BZ-001-B01-M001");
    private static readonly ProblemOrigin F01 = new(ProblemOriginKind.SupervisionFinding, "F01");

    private static RectificationMeasure Measure(
        string id, DeadlineClass deadline, LocalDate? dueOn = null, RectificationCompletion? completion = null, ImmutableArray<LookBackCheck> rechecks = default) =>
        new(RectificationMeasureId.Parse(id), new LocalizedText("措施", "Measure"), Secretary, deadline, completion, rechecks, dueOn, OrganizationId.Parse("BZ-001"));

    private static RectificationProblem Problem(string id, ProblemOrigin? origin, params RectificationMeasure[] measures) =>
        new(RectificationProblemId.Parse(id), Org, RectificationAreaId.Parse("X"), new LocalizedText("问题", "Problem"), [.. measures], origin);

    private static RectificationLedger Ledger(params RectificationProblem[] problems) => new(
        RectificationLedgerId.Parse("LEDGER"),
        new LocalizedText("整改台账", "Ledger"),
        Y2019,
        D(2019, 9, 1),
        [new(RectificationAreaId.Parse("X"), new LocalizedText("甲", "X"))],
        [.. problems]);

    private static DutyStatus StatusOn(RectificationLedger ledger, LocalDate asOf) =>
        RectificationLedgerEngine.Evaluate(ledger, asOf).Measures.Should().ContainSingle().Subject.Status;

    [Fact]
    public void ExplicitDueDate_WinsOverTheDeadlineClass_DueOnTheDate_OverdueFromTheDayAfter()
    {
        // Year end as a class, but due on 15 October: overdue from 16 October, six weeks before the class's date.
        var ledger = Ledger(Problem("Q1", null, Measure("M1", DeadlineClass.YearEnd, D(2019, 10, 15))));

        StatusOn(ledger, D(2019, 10, 15)).Should().Be(DutyStatus.Due);
        StatusOn(ledger, D(2019, 10, 16)).Should().Be(DutyStatus.Overdue);
    }

    [Fact]
    public void ExplicitDueDate_LaterThanTheClass_KeepsTheMeasureDuePastTheClassDate()
    {
        var ledger = Ledger(Problem("Q1", null, Measure("M1", DeadlineClass.EndOfNovember, D(2019, 12, 20))));

        StatusOn(ledger, D(2019, 12, 1)).Should().Be(DutyStatus.Due);
        StatusOn(ledger, D(2019, 12, 20)).Should().Be(DutyStatus.Due);
        StatusOn(ledger, D(2019, 12, 21)).Should().Be(DutyStatus.Overdue);
    }

    [Fact]
    public void ExplicitDueDate_OnALongTermTask_MakesItOverdueAfterTheDate()
    {
        var ledger = Ledger(Problem("Q1", null, Measure("M1", DeadlineClass.LongTerm, D(2019, 11, 10))));

        StatusOn(ledger, D(2019, 11, 10)).Should().Be(DutyStatus.Due);
        StatusOn(ledger, D(2019, 11, 11)).Should().Be(DutyStatus.Overdue);
    }

    [Fact]
    public void Article000_WithoutAnExplicitDate_TheClassIsThePreset_EndOfNovember()
    {
        var ledger = Ledger(Problem("Q1", null, Measure("M1", DeadlineClass.EndOfNovember)));

        StatusOn(ledger, D(2019, 11, 30)).Should().Be(DutyStatus.Due);
        StatusOn(ledger, D(2019, 12, 1)).Should().Be(DutyStatus.Overdue);
        Measure("M1", DeadlineClass.EndOfNovember).DueDate(Y2019).Should().Be(D(2019, 11, 30));
        Measure("M1", DeadlineClass.LongTerm).DueDate(Y2019).Should().BeNull();
        Measure("M1", DeadlineClass.LongTerm, D(2020, 3, 1)).DueDate(Y2019).Should().Be(D(2020, 3, 1));
    }

    [Fact]
    public void Article000_MeasureStatus_ExplainsTheDueDate_ThePresetCitesTheClasses_TheExplicitDateSaysItWins()
    {
        var ledger = Ledger(
            Problem("Q1", F01, Measure("M1", DeadlineClass.YearEnd, D(2019, 10, 15))),
            Problem("Q2", null, Measure("M2", DeadlineClass.EndOfNovember)));

        var status = RectificationLedgerEngine.Evaluate(ledger, D(2019, 10, 20));

        status.Measures.Select(m => (m.Measure.Value, m.Deadline, m.IsExplicitDue, m.ResponsibleDepartment?.Value, m.Origin))
            .Should().Equal(("M1", D(2019, 10, 15), true, "BZ-001", F01), ("M2", D(2019, 11, 30), false, "BZ-001", null));
        Flatten(status.Measures[0].Explanation).Select(r => (r.Depth, r.Key, r.Zh, r.En, r.Citation)).Should().Equal(
            (0, "M1", "整改措施M1（问题Q1，BZ-001）：已逾期", "Measure M1 (problem Q1, BZ-001): overdue", null),
            (1, "M1/due", "整改期限：2019-10-15（明确日期，优先于期限类别“年底”）", "Due: 2019-10-15 (an explicit date, which wins over the class \"year end\")", null),
            (1, "F01", "问题来源：督导发现问题F01", "Origin: supervision finding F01", null));
        Flatten(status.Measures[1].Explanation).Select(r => (r.Depth, r.Key, r.Zh, r.Citation)).Should().Equal(
            (0, "M2", "整改措施M2（问题Q2，BZ-001）：进行中", null),
            (1, "M2/due", "整改期限：2019-11-30（期限类别“11月底”）", Cite(ResponsibilityCitations.LedgerDeadlineClasses)));
    }

    [Fact]
    public void Validate_ExplicitDueDate_BeforeTheLedgerIsEstablished_IsRefused_OnTheDayIsAccepted()
    {
        Rows(RectificationLedgerEngine.Validate(Ledger(Problem("Q1", null, Measure("M1", DeadlineClass.YearEnd, D(2019, 8, 31))))))
            .Should().Equal(("Problems[0].Measures[0].DueOn", ResponsibilitiesErrorCodes.LedgerDueBeforeEstablished,
                "A measure's explicit due date is not before the ledger was established.", "2019-08-31"));
        RectificationLedgerEngine.Validate(Ledger(Problem("Q1", null, Measure("M1", DeadlineClass.YearEnd, D(2019, 9, 1))))).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Validate_Origin_BlankKeyOrUnknownKind_IsRefused()
    {
        var ledger = Ledger(
            Problem("Q1", new ProblemOrigin(ProblemOriginKind.SupervisionFinding, " "), Measure("M1", DeadlineClass.YearEnd)),
            Problem("Q2", new ProblemOrigin((ProblemOriginKind)9, "F02"), Measure("M2", DeadlineClass.YearEnd)));

        RectificationLedgerEngine.Validate(ledger).Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(
            ("Problems[0].Origin", ResponsibilitiesErrorCodes.LedgerOriginShape),
            ("Problems[1].Origin", ResponsibilitiesErrorCodes.LedgerOriginShape));
    }

    [Fact]
    public void Validate_TheSameOrigin_OnTwoProblems_IsRefusedAtTheSecond_AnotherKindWithTheSameKeyIsAccepted()
    {
        var twice = Ledger(Problem("Q1", F01, Measure("M1", DeadlineClass.YearEnd)), Problem("Q2", F01, Measure("M2", DeadlineClass.YearEnd)));
        var otherKind = Ledger(
            Problem("Q1", F01, Measure("M1", DeadlineClass.YearEnd)),
            Problem("Q2", new ProblemOrigin(ProblemOriginKind.InspectionFeedback, "F01"), Measure("M2", DeadlineClass.YearEnd)));

        Rows(RectificationLedgerEngine.Validate(twice)).Should().Equal(
            ("Problems[1].Origin", ResponsibilitiesErrorCodes.LedgerOriginTwice, "'F01' is the origin of another problem of the ledger.", "F01"));
        RectificationLedgerEngine.Validate(otherKind).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Article001_LookBack_NamingItsProblemsOrigin_IsAccepted_NamingAnotherIsRefused()
    {
        var done = new RectificationCompletion(D(2019, 10, 1), "report");
        LookBackCheck Recheck(ProblemOrigin? origin) => new(D(2019, 11, 1), RecheckOutcome.Confirmed, "回头看", origin);

        RectificationLedgerEngine.Validate(Ledger(Problem("Q1", F01, Measure("M1", DeadlineClass.YearEnd, completion: done, rechecks: [Recheck(F01)]))))
            .IsValid.Should().BeTrue();
        RectificationLedgerEngine.Validate(Ledger(Problem("Q1", F01, Measure("M1", DeadlineClass.YearEnd, completion: done, rechecks: [Recheck(null)]))))
            .IsValid.Should().BeTrue();
        RectificationLedgerEngine.Validate(Ledger(Problem("Q1", F01, Measure("M1", DeadlineClass.YearEnd, completion: done,
                rechecks: [Recheck(new ProblemOrigin(ProblemOriginKind.SupervisionFinding, "F02"))]))))
            .Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(("Problems[0].Measures[0]", ResponsibilitiesErrorCodes.LedgerRecheckOrigin));
        RectificationLedgerEngine.Validate(Ledger(Problem("Q1", null, Measure("M1", DeadlineClass.YearEnd, completion: done, rechecks: [Recheck(F01)]))))
            .Problems.Select(p => (p.Path, p.ErrorCode)).Should().Equal(("Problems[0].Measures[0]", ResponsibilitiesErrorCodes.LedgerRecheckOrigin));
    }

    [Fact]
    public void Validate_EmptyResponsibleDepartment_IsRefused()
    {
        var measure = new RectificationMeasure(RectificationMeasureId.Parse("M1"), new LocalizedText("措施", "Measure"), Secretary, DeadlineClass.YearEnd,
            responsibleDepartment: default(OrganizationId));

        RectificationLedgerEngine.Validate(Ledger(Problem("Q1", null, measure))).Problems.Select(p => (p.Path, p.ErrorCode))
            .Should().Equal(("Problems[0].Measures[0].ResponsibleDepartment", CommonErrorCodes.IdentifierEmpty));
    }

    [Fact]
    public void Json_NewPropertiesAreOptional_AndRoundTrip()
    {
        var ledger = Ledger(Problem("Q1", F01, Measure("M1", DeadlineClass.YearEnd, D(2019, 10, 15), new RectificationCompletion(D(2019, 10, 1), "report"),
            [new LookBackCheck(D(2019, 11, 1), RecheckOutcome.Confirmed, null, F01)])));

        var json = PartyBuildingJson.Serialize(ledger);

        json.Should().Contain("\"dueOn\": \"2019-10-15\"").And.Contain("\"responsibleDepartment\": \"BZ-001\"").And.Contain("\"kind\": \"SupervisionFinding\"");
        PartyBuildingJson.Deserialize<RectificationLedger>(json).Should().Be(ledger);
        var old = PartyBuildingJson.Deserialize<RectificationLedger>(File.ReadAllText(SeedPath("rectification-ledger-2019.json")));
        old.Problems.Should().OnlyContain(p => p.Origin == null && p.Measures.All(m => m.DueOn == null && m.ResponsibleDepartment == null));
    }
}
