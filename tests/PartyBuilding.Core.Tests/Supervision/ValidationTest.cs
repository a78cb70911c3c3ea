using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Supervision;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Supervision.SupFixture;

namespace PartyBuilding.Core.Tests.Supervision;

/// <summary>Every problem of the catalogue and the records, pinned by code and path; <see cref="SupervisionEngine.Evaluate"/> throws them all before computing.</summary>
public sealed class ValidationTest
{
    private static IEnumerable<(string Code, string Path)> Problems(SupervisionRecords records, SupervisionCatalogue? catalogue = null) =>
        SupervisionEngine.Validate(records, catalogue ?? Catalogue(), IssueDay).Problems.Select(p => (p.ErrorCode, p.Path));

    [Fact]
    public void ValidRecords_HaveNoProblem() => Problems(Records()).Should().BeEmpty();

    [Fact]
    public void Catalogue_DuplicateIds_UnknownAspect_AndEmptyAspect_AreReportedAtTheirPaths()
    {
        var catalogue = Catalogue();
        catalogue = catalogue with
        {
            Aspects = [.. catalogue.Aspects, catalogue.Aspects[0], new SupervisionAspect(SupervisionAspectId.Parse("A3"), new LocalizedText("空", "Empty"))],
            Points = [.. catalogue.Points, catalogue.Points[0] with { Aspect = SupervisionAspectId.Parse("A9") }],
        };

        Problems(Records(), catalogue).Should().BeEquivalentTo(new[]
        {
            (SupervisionErrorCodes.DuplicateId, "Scheme.Aspects[2].Id"),
            (SupervisionErrorCodes.DuplicateId, "Scheme.Points[3].Id"),
            (SupervisionErrorCodes.AspectUnknown, "Scheme.Points[3].Aspect"),
            (SupervisionErrorCodes.AspectEmpty, "Scheme.Aspects[3]"),
        });
    }

    [Fact]
    public void LibraryRule_GroupHasOneLeader_NoneOrTwoIsAProblem()
    {
        var none = Records() with { Groups = [Group() with { Members = [new GroupMember("孙晓", GroupRole.Member)] }] };
        var two = Records() with { Groups = [Group() with { Members = [new GroupMember("赵明远", GroupRole.Leader), new GroupMember("李卫东", GroupRole.Leader)] }] };

        Problems(none).Should().Equal((SupervisionErrorCodes.GroupMembers, "Data.Groups[0].Members"));
        Problems(two).Should().Equal((SupervisionErrorCodes.GroupMembers, "Data.Groups[0].Members"));
    }

    [Fact]
    public void Visit_UnknownGroup_DateOutsideTheYear_AndNoOrRepeatedMethods_AreProblems()
    {
        var visit = Visit(PointFinding(), LifeFinding()) with { Group = SupervisionGroupId.Parse("G9"), Date = new LocalDate(2019, 1, 3), Methods = [SupervisionMethod.HearReport, SupervisionMethod.HearReport] };
        var records = Records() with { Visits = [visit], Notices = [] };

        Problems(records).Should().BeEquivalentTo(new[]
        {
            (SupervisionErrorCodes.GroupUnknown, "Data.Visits[0].Group"),
            (SupervisionErrorCodes.DateOutOfYear, "Data.Visits[0].Date"),
            (SupervisionErrorCodes.Methods, "Data.Visits[0].Methods"),
        });
        Problems(records with { Visits = [Visit() with { Methods = [] }] }).Should().Equal((SupervisionErrorCodes.Methods, "Data.Visits[0].Methods"));
    }

    [Fact]
    public void Finding_AgainstNothingOrTwoTargets_AnUnknownPoint_OrWithoutEvidence_IsAProblem()
    {
        var none = PointFinding("F03") with { Point = null };
        var two = PointFinding("F04") with { LifeRule = LifeFindingKind.DuesUnpaid };
        var unknown = PointFinding("F05", point: "P9");
        var bare = PointFinding("F06") with { Evidence = [] };
        var blank = PointFinding("F07") with { Evidence = [new FindingEvidence(EvidenceKind.Document, " ")] };
        var records = Records() with { Visits = [Visit(PointFinding(), none, two, unknown, bare, blank)] };

        Problems(records).Should().BeEquivalentTo(new[]
        {
            (SupervisionErrorCodes.FindingTarget, "Data.Visits[0].Findings[1]"),
            (SupervisionErrorCodes.FindingTarget, "Data.Visits[0].Findings[2]"),
            (SupervisionErrorCodes.PointUnknown, "Data.Visits[0].Findings[3].Point"),
            (SupervisionErrorCodes.Evidence, "Data.Visits[0].Findings[4].Evidence"),
            (SupervisionErrorCodes.Evidence, "Data.Visits[0].Findings[5].Evidence[0]"),
        });
    }

    [Fact]
    public void DuplicateFindingAndNoticeIds_AreProblems()
    {
        var records = Records() with
        {
            Visits = [Visit(PointFinding(), PointFinding())],
            Circulars = [new SupervisionCircular(Nt("N01"), IssueDay, new LocalizedText("通报", "Circular"), [F("F01")])],
        };

        Problems(records).Should().BeEquivalentTo(new[]
        {
            (SupervisionErrorCodes.DuplicateId, "Data.Visits[0].Findings[1].Id"),
            (SupervisionErrorCodes.DuplicateId, "Data.Notices[0].Id"),
        });
    }

    [Fact]
    public void Article003_Notice_CoversKnownFindingsOfTheOrganizationVisited_IssuedAfterTheVisit()
    {
        var elsewhere = Notice(new NoticeItem(F("F01"), Deadline: DeadlineClass.YearEnd), new NoticeItem(F("F99"), Deadline: DeadlineClass.YearEnd))
            with { Organization = OrganizationId.Parse("BZ-002") };
        var early = Notice(new NoticeItem(F("F01"), Deadline: DeadlineClass.YearEnd)) with { IssuedOn = VisitDay.PlusDays(-1) };
        var empty = Notice() with { Id = Nt("N02") };

        Problems(Records().With(elsewhere)).Should().BeEquivalentTo(new[]
        {
            (SupervisionErrorCodes.FindingOfAnotherOrganization, "Data.Notices[0].Items[0].Finding"),
            (SupervisionErrorCodes.FindingUnknown, "Data.Notices[0].Items[1].Finding"),
        });
        Problems(Records().With(early)).Should().Equal((SupervisionErrorCodes.DateOrder, "Data.Notices[0].IssuedOn"));
        Problems(Records().With(early with { IssuedOn = VisitDay })).Should().BeEmpty("a notice may be issued on the day of the visit");
        Problems(Records().With(Notice(new NoticeItem(F("F01"), Deadline: DeadlineClass.YearEnd)), empty)).Should().Equal((SupervisionErrorCodes.NoticeEmpty, "Data.Notices[1].Items"));
    }

    [Fact]
    public void Article000_Circular_ReportsKnownFindings_IssuedAfterTheVisits()
    {
        var circular = new SupervisionCircular(Nt("C01"), VisitDay.PlusDays(-1), new LocalizedText("通报", "Circular"), [F("F01"), F("F99")]);

        Problems(Records() with { Circulars = [circular] }).Should().BeEquivalentTo(new[]
        {
            (SupervisionErrorCodes.FindingUnknown, "Data.Circulars[0].Findings[1]"),
            (SupervisionErrorCodes.DateOrder, "Data.Circulars[0].IssuedOn"),
        });
        Problems(Records() with { Circulars = [circular with { Findings = [] }] }).Should().Contain((SupervisionErrorCodes.NoticeEmpty, "Data.Circulars[0].Findings"));
    }

    [Fact]
    public void DueDate_IsExactlyOneOfAPresetOrADate_NotBeforeTheIssue()
    {
        var neither = new NoticeItem(F("F01"));
        var both = new NoticeItem(F("F01"), DeadlineClass.YearEnd, new LocalDate(2018, 6, 30));
        var before = new NoticeItem(F("F01"), DueOn: IssueDay.PlusDays(-1));
        var onIssue = new NoticeItem(F("F01"), DueOn: IssueDay);
        var decemberNotice = Notice(new NoticeItem(F("F01"), Deadline: DeadlineClass.EndOfNovember)) with { IssuedOn = new LocalDate(2018, 12, 1) };

        Problems(Records().With(Notice(neither))).Should().Equal((SupervisionErrorCodes.DueShape, "Data.Notices[0].Items[0]"));
        Problems(Records().With(Notice(both))).Should().Equal((SupervisionErrorCodes.DueShape, "Data.Notices[0].Items[0]"));
        Problems(Records().With(Notice(before))).Should().Equal((SupervisionErrorCodes.DateOrder, "Data.Notices[0].Items[0].DueOn"));
        Problems(Records().With(Notice(onIssue))).Should().BeEmpty();
        Problems(Records().With(decemberNotice)).Should().Equal((SupervisionErrorCodes.DateOrder, "Data.Notices[0].Items[0].Deadline"));
    }

    [Fact]
    public void LibraryRule_OneNoticePerFinding_UnlessTheLaterSaysItRepeatsTheEarlier()
    {
        var first = Notice(new NoticeItem(F("F01"), Deadline: DeadlineClass.EndOfNovember));
        var second = new RectificationNotice(Nt("N02"), Org, new LocalDate(2018, 10, 8), [new NoticeItem(F("F01"), DueOn: new LocalDate(2018, 12, 20))]);
        var restated = second with { Items = [new NoticeItem(F("F01"), DueOn: new LocalDate(2018, 12, 20), Repeats: Nt("N01"))] };
        var repeatsLater = first with { Items = [new NoticeItem(F("F01"), Deadline: DeadlineClass.EndOfNovember, Repeats: Nt("N02"))] };
        var twiceOnOne = Notice(new NoticeItem(F("F01"), Deadline: DeadlineClass.EndOfNovember), new NoticeItem(F("F01"), Deadline: DeadlineClass.YearEnd));

        Problems(Records().With(first, second)).Should().Equal((SupervisionErrorCodes.FindingOnTwoNotices, "Data.Notices[1].Items[0].Finding"));
        Problems(Records().With(first, restated)).Should().BeEmpty();
        Problems(Records().With(repeatsLater, second)).Should().BeEquivalentTo(new[]
        {
            (SupervisionErrorCodes.FindingOnTwoNotices, "Data.Notices[0].Items[0].Repeats"),
            (SupervisionErrorCodes.FindingOnTwoNotices, "Data.Notices[1].Items[0].Finding"),
        });
        Problems(Records().With(twiceOnOne)).Should().Equal((SupervisionErrorCodes.FindingOnTwoNotices, "Data.Notices[0].Items[1].Finding"));
    }

    [Fact]
    public void Evaluate_ThrowsEveryProblem_BeforeComputing()
    {
        var records = Records().With(Notice(new NoticeItem(F("F01"))), Notice() with { Id = Nt("N02") });

        var evaluate = () => SupervisionEngine.Evaluate(records, Catalogue(), IssueDay);

        evaluate.Should().Throw<PartyBuildingValidationException>()
            .Which.Problems.Select(p => p.ErrorCode).Should().BeEquivalentTo([SupervisionErrorCodes.DueShape, SupervisionErrorCodes.NoticeEmpty]);
    }
}
