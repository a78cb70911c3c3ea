using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Supervision;

namespace PartyBuilding.Core.Tests.Supervision;

/// <summary>
/// Builds a small catalogue (two aspects, three points) and records of one year (2018) of the committee BZ-WC for the rule
/// tests: group G1 visits BZ-001 on 2018-04-12 and finds F01 (point P1, aspect A1) and F02 (a rule of organizational life, at
/// branch BZ-001-B01); notice N01 to BZ-001 on 2018-04-25 covers F01 by the end of November.
/// </summary>
internal static class SupFixture
{
    public static readonly OrganizationId Committee = OrganizationId.Parse("BZ-WC");
    public static readonly OrganizationId Org = OrganizationId.Parse("BZ-001");
    public static readonly OrganizationId Branch = OrganizationId.Parse("BZ-001-B01");
    public static readonly AssessmentYear Year = AssessmentYear.Create(2018);
    public static readonly LocalDate VisitDay = new(2018, 4, 12);
    public static readonly LocalDate IssueDay = new(2018, 4, 25);

    public static SupervisionFindingId F(string id) => SupervisionFindingId.Parse(id);

    public static SupervisionNoticeId Nt(string id) => SupervisionNoticeId.Parse(id);

    public static SupervisionCatalogue Catalogue() => new(
        new LocalizedText("督导内容清单", "Supervision catalogue"),
        [
            new SupervisionAspect(SupervisionAspectId.Parse("A1"), new LocalizedText("政治建设", "Political building")),
            new SupervisionAspect(SupervisionAspectId.Parse("A2"), new LocalizedText("组织建设", "Organizational building")),
        ],
        [
            new SupervisionPoint(SupervisionPointId.Parse("P1"), SupervisionAspectId.Parse("A1"), new LocalizedText("专题研究", "Dedicated study")),
            new SupervisionPoint(SupervisionPointId.Parse("P2"), SupervisionAspectId.Parse("A1"), new LocalizedText("第一议题", "First topic")),
            new SupervisionPoint(SupervisionPointId.Parse("P3"), SupervisionAspectId.Parse("A2"), new LocalizedText("支部台账", "Branch ledger")),
        ]);

    public static SupervisionGroup Group() => new(
        SupervisionGroupId.Parse("G1"),
        new LocalizedText("第一督导组", "Group 1"),
        [new GroupMember("赵明远", GroupRole.Leader), new GroupMember("孙晓", GroupRole.Member)]);

    public static SupervisionFinding PointFinding(string id = "F01", string point = "P1", OrganizationId? organization = null) => new(
        F(id), organization ?? Org, new LocalizedText("专题研究记录不全", "Study not recorded"),
        [new FindingEvidence(EvidenceKind.Minutes, "BZ-001-MIN-2018-1")], Point: SupervisionPointId.Parse(point));

    public static SupervisionFinding LifeFinding(string id = "F02") => new(
        F(id), Branch, new LocalizedText("8月未开展主题党日", "No theme party day in August"),
        [new FindingEvidence(EvidenceKind.LifeRecord, "BZ-001-B01-TD-07")], LifeRule: LifeFindingKind.MissedMeeting);

    public static SupervisionVisit Visit(params SupervisionFinding[] findings) => new(
        SupervisionVisitId.Parse("V01"), SupervisionGroupId.Parse("G1"), Org, VisitDay,
        [SupervisionMethod.HearReport, SupervisionMethod.CheckFiles], [.. findings]);

    public static RectificationNotice Notice(params NoticeItem[] items) => new(Nt("N01"), Org, IssueDay, [.. items]);

    /// <summary>The records: one visit with F01 and F02, notice N01 covering F01 by the end of November.</summary>
    public static SupervisionRecords Records() => new(
        Year, Committee, [Group()], [Visit(PointFinding(), LifeFinding())],
        Notices: [Notice(new NoticeItem(F("F01"), Deadline: DeadlineClass.EndOfNovember))]);

    public static SupervisionRecords With(this SupervisionRecords records, params RectificationNotice[] notices) => records with { Notices = [.. notices] };
}
