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
        var org = OrganizationId.Parse("BZ-001");
        var catalogue = new SupervisionCatalogue(
            new LocalizedText("督导内容清单", "Supervision catalogue"),
            [new SupervisionAspect(SupervisionAspectId.Parse("A04"), new LocalizedText("主体责任落实", "Principal responsibility"))],
            [new SupervisionPoint(SupervisionPointId.Parse("A04-01"), SupervisionAspectId.Parse("A04"), new LocalizedText("专题研究机关党建", "Dedicated study of party building"))]);
        var finding = new SupervisionFinding(
            SupervisionFindingId.Parse("F01"), org, new LocalizedText("专题研究记录不全", "Study not fully recorded"),
            [new FindingEvidence(EvidenceKind.Minutes, "BZ-001-MIN-2018-1")],
            Point: SupervisionPointId.Parse("A04-01"));
        var records = new SupervisionRecords(
            AssessmentYear.Create(2018),
            OrganizationId.Parse("BZ-WC"),
            [new SupervisionGroup(SupervisionGroupId.Parse("G1"), new LocalizedText("第一督导组", "Group 1"), [new GroupMember("赵明远", GroupRole.Leader)])],
            [new SupervisionVisit(SupervisionVisitId.Parse("V01"), SupervisionGroupId.Parse("G1"), org, new LocalDate(2018, 4, 12), [SupervisionMethod.HearReport, SupervisionMethod.CheckFiles], [finding])],
            Notices: [new RectificationNotice(SupervisionNoticeId.Parse("N01"), org, new LocalDate(2018, 4, 25),
                [new NoticeItem(finding.Id, DueOn: new LocalDate(2018, 10, 31), Responsible: MemberId.Parse("BZ-001-B01-M001"))])]);

        // Notice N01 becomes ledger problem SUP-F01: origin F01, measure SUP-F01-M1 due on 31 October (explicit), BZ-001 responsible.
        var problems = SupervisionEngine.ToLedgerProblems(records.Notices[0], records, RectificationAreaId.Parse("SUP"));
        var ledger = new RectificationLedger(
            RectificationLedgerId.Parse("BZ-WC-SUP-2018"),
            new LocalizedText("督导发现问题整改台账", "Ledger of supervision findings"),
            AssessmentYear.Create(2018),
            new LocalDate(2018, 4, 25),
            [new RectificationArea(RectificationAreaId.Parse("SUP"), new LocalizedText("督导发现问题", "Supervision findings"))],
            problems);

        var status = SupervisionEngine.Evaluate(records, catalogue, new LocalDate(2018, 11, 1), ledger).For(org)!.Findings.Single();
        var measure = RectificationLedgerEngine.Evaluate(ledger, new LocalDate(2018, 11, 1)).Measures.Single();

        $"{status.LedgerProblem} {status.State}".Should().Be("SUP-F01 Overdue");
        measure.Explanation.Children[0].Label.ZhCn.Should().Be("整改期限：2018-10-31（明确日期，优先于期限类别“11月底”）");
        (measure.FirstResponsible.Value, measure.ResponsibleDepartment?.Value).Should().Be(("BZ-001-B01-M001", "BZ-001"));
    }
}
