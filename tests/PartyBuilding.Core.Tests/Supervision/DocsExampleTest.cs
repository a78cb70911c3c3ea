using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Supervision;

namespace PartyBuilding.Core.Tests.Supervision;

/// <summary>The example of docs/supervision.md, verbatim, so that the documentation is known to work.</summary>
public sealed class DocsExampleTest
{
    [Fact]
    public void Example_AFindingOnANotice_IsPastDueAfterTheEndOfNovember()
    {
        var org = OrganizationId.Parse("BZ-001");
        var catalogue = new SupervisionCatalogue(
            new LocalizedText("督导内容清单", "Supervision catalogue"),
            [new SupervisionAspect(SupervisionAspectId.Parse("A04"), new LocalizedText("主体责任落实", "Principal responsibility"))],
            [new SupervisionPoint(SupervisionPointId.Parse("A04-01"), SupervisionAspectId.Parse("A04"), new LocalizedText("专题研究机关党建", "Dedicated study of party building"))]);

        // Group G1 visits BZ-001 on 12 April and finds the committee's study not recorded; notice N01 gives it until the end of November.
        var finding = new SupervisionFinding(
            SupervisionFindingId.Parse("F01"), org, new LocalizedText("专题研究记录不全", "Study not fully recorded"),
            [new FindingEvidence(EvidenceKind.Minutes, "BZ-001-MIN-2018-1")],
            Point: SupervisionPointId.Parse("A04-01"));
        var records = new SupervisionRecords(
            AssessmentYear.Create(2018),
            OrganizationId.Parse("BZ-WC"),
            [new SupervisionGroup(SupervisionGroupId.Parse("G1"), new LocalizedText("第一督导组", "Group 1"), [new GroupMember("赵明远", GroupRole.Leader)])],
            [new SupervisionVisit(SupervisionVisitId.Parse("V01"), SupervisionGroupId.Parse("G1"), org, new LocalDate(2018, 4, 12), [SupervisionMethod.HearReport, SupervisionMethod.CheckFiles], [finding])],
            Notices: [new RectificationNotice(SupervisionNoticeId.Parse("N01"), org, new LocalDate(2018, 4, 25), [new NoticeItem(finding.Id, Deadline: DeadlineClass.EndOfNovember)])]);

        var result = SupervisionEngine.Evaluate(records, catalogue, new LocalDate(2018, 12, 1)).For(org)!;
        var status = result.Findings.Single();

        string.Create(CultureInfo.InvariantCulture, $"{status.Notice} {status.DueOn:uuuu-MM-dd} {status.State}").Should().Be("N01 2018-11-30 PastDue");
        result.Explanation.Summary!.ZhCn.Should().Be("截至2018-12-01，督导检查1次，发现问题1个，下发整改通知书1份；其中整改期限内0个，已过整改期限1个（是否完成整改以整改台账为准），未列入整改通知书0个。");
    }
}
