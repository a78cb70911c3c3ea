using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Supervision;

namespace PartyBuilding.Core.Tests.Supervision;

/// <summary>The example of docs/supervision.md, "Into the rectification ledger", verbatim, so that the documentation is known to work.</summary>
public sealed class LedgerDocsExampleTest
{
    [Fact]
    public void Example_ANoticeCarriedIntoTheLedger_IsOverdueAsTheLedgerSays()
    {
        // The catalogue and records of docs/supervision.md's first example, here the fixture's (BZ-001 visited on 12 April, F01 found).
        var org = SupFixture.Org;
        var catalogue = SupFixture.Catalogue();
        var finding = SupFixture.PointFinding();

        // Notice N01 gives F01 until 31 October and names the secretary responsible.
        var records = SupFixture.Records() with
        {
            Notices = [new RectificationNotice(SupervisionNoticeId.Parse("N01"), org, new LocalDate(2018, 4, 25),
                [new NoticeItem(finding.Id, DueOn: new LocalDate(2018, 10, 31), Responsible: MemberId.Parse("BZ-001-B01-M001"))])],
        };

        // Notice N01 becomes ledger problem SUP-F01: origin F01, measure SUP-F01-M1 due on 31 October (explicit), BZ-001 responsible.
        var problems = SupervisionEngine.ToLedgerProblems(records.Notices[0], records, RectificationAreaId.Parse("SUP"));
        var ledger = new RectificationLedger(
            RectificationLedgerId.Parse("BZ-WC-SUP-2018"),
            new LocalizedText("督导发现问题整改台账", "Ledger of supervision findings"),
            AssessmentYear.Create(2018),
            new LocalDate(2018, 4, 25),
            [new RectificationArea(RectificationAreaId.Parse("SUP"), new LocalizedText("督导发现问题", "Supervision findings"))],
            problems);

        var status = SupervisionEngine.Evaluate(records, catalogue, new LocalDate(2018, 11, 1), ledger).For(org)!.Findings.Single(f => f.Finding == finding.Id);
        var measure = RectificationLedgerEngine.Evaluate(ledger, new LocalDate(2018, 11, 1)).Measures.Single();

        $"{status.LedgerProblem} {status.State}".Should().Be("SUP-F01 Overdue");
        measure.Explanation.Find($"{measure.Measure}/due")!.Label.ZhCn.Should().Be("整改期限：2018-10-31（明确日期，优先于期限类别“11月底”）");
        (measure.FirstResponsible.Value, measure.ResponsibleDepartment?.Value).Should().Be(("BZ-001-B01-M001", "BZ-001"));
    }
}
