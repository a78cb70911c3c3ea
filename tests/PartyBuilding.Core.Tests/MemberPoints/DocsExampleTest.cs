using PartyBuilding.Core.Common;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Strategies;

namespace PartyBuilding.Core.Tests.MemberPoints;

/// <summary>The examples of docs/member-points.md, verbatim, so that the documentation is known to work.</summary>
public sealed class DocsExampleTest
{
    [Fact]
    public void Example_DeclareAuditGradeAndExport()
    {
        // A scheme: two standards, a rating-table mass review and absolute thresholds.
        var meeting = new PointsStandard(
            PointsStandardId.Parse("S01"), StandardGroup.FourSpeaksFourHaves,
            new LocalizedText("讲政治、有信念", "Speak politics, have faith"),
            new LocalizedText("参加主题党日", "Attends the theme party day"),
            PointsKind.Base, Score.Of(2m), new LocalizedText("签到记录", "Attendance sheet"), MonthlyCap: Score.Of(2m));
        var volunteer = new PointsStandard(
            PointsStandardId.Parse("S14"), StandardGroup.FourSpeaksFourHaves,
            new LocalizedText("讲道德、有品行", "Speak morality, have conduct"),
            new LocalizedText("参加志愿服务", "Takes part in volunteer service"),
            PointsKind.Bonus, Score.Of(2m), new LocalizedText("活动记录", "Activity record"), YearlyCap: Score.Of(6m));
        var scheme = new PointsScheme(
            new LocalizedText("示例方案", "Example scheme"),
            AssessmentYear.Create(2024),
            [meeting, volunteer],
            StrategySpec.Of(MemberPointsStrategies.RatingTable, ("good", "1"), ("fairly-good", "0.5"), ("average", "0"), ("poor", "-1")),
            StrategySpec.Of(MemberPointsStrategies.AbsoluteThresholds, ("excellent", "5"), ("qualified", "3"), ("basically-qualified", "1")),
            ParticipationWeight: Proportion.Of(0.5m));

        // One member of branch BZ-001-B01 declares two items for March; the branch approves one and adjusts the other.
        var member = MemberId.Parse("BZ-001-B01-M001");
        var branch = OrganizationId.Parse("BZ-001-B01");
        var march = new YearMonth(2024, 3);
        var attended = new Declaration(DeclarationId.Parse("D-0001"), member, meeting.Id, march, new LocalDate(2024, 3, 8), new LocalDate(2024, 4, 2));
        var served = new Declaration(DeclarationId.Parse("D-0002"), member, volunteer.Id, march, new LocalDate(2024, 3, 16), new LocalDate(2024, 4, 2));
        var data = new MemberPointsDataSet(
            AssessmentYear.Create(2024),
            OrganizationId.Parse("BZ-WC"),
            [new BranchParent(branch, OrganizationId.Parse("BZ-001"))],
            [new MemberRosterEntry(member, new LocalDate(2012, 7, 1), [new BranchAssignment(branch, new LocalDate(2012, 7, 1))])],
            [attended, served],
            [
                new AuditRecord(attended.Id, new LocalDate(2024, 4, 10), AuditDecision.Approve),
                new AuditRecord(served.Id, new LocalDate(2024, 4, 10), AuditDecision.Adjust, Score.Of(1m), "半天服务，按1分认定"),
            ],
            [new MassReview(member, 1, Good: 8, FairlyGood: 2, Average: 0, Poor: 0)]);

        var result = MemberPointsEngine.Evaluate(data, scheme, asOf: new LocalDate(2025, 1, 20));
        var year = result.Member(member)!;
        // 2 (meeting) + 1 (adjusted volunteer) + (8 × 1 + 2 × 0.5) ÷ 10 = 3.9 → qualified (3 ≤ 3.9 < 5)
        Console.WriteLine(year.PointsExplanation.ToText());
        var export = MemberPointsEngine.ExportGrades(result);
        var json = PartyBuildingJson.Serialize(export);

        year.Points.Should().Be(Score.Of(3.9m));
        year.Grade.Should().Be(MemberGrade.Qualified);
        year.Monthly[2].Should().Be(new MonthlyPoints(march, Score.Of(2m), Score.Of(1m), Score.Zero));
        year.PointsExplanation.ToText().Should().Contain("半天服务，按1分认定");
        json.Should().Contain("\"kind\": \"member-grade-export\"").And.Contain("\"grade\": \"Qualified\"");
    }

    [Fact]
    public void Example_PointsFromRecords()
    {
        // A scheme: two standards, a rating-table mass review and absolute thresholds.
        var meeting = new PointsStandard(
            PointsStandardId.Parse("S01"), StandardGroup.FourSpeaksFourHaves,
            new LocalizedText("讲政治、有信念", "Speak politics, have faith"),
            new LocalizedText("参加主题党日", "Attends the theme party day"),
            PointsKind.Base, Score.Of(2m), new LocalizedText("签到记录", "Attendance sheet"), MonthlyCap: Score.Of(2m));
        var volunteer = new PointsStandard(
            PointsStandardId.Parse("S14"), StandardGroup.FourSpeaksFourHaves,
            new LocalizedText("讲道德、有品行", "Speak morality, have conduct"),
            new LocalizedText("参加志愿服务", "Takes part in volunteer service"),
            PointsKind.Bonus, Score.Of(2m), new LocalizedText("活动记录", "Activity record"), YearlyCap: Score.Of(6m));
        var scheme = new PointsScheme(
            new LocalizedText("示例方案", "Example scheme"),
            AssessmentYear.Create(2024),
            [meeting, volunteer],
            StrategySpec.Of(MemberPointsStrategies.RatingTable, ("good", "1"), ("fairly-good", "0.5"), ("average", "0"), ("poor", "-1")),
            StrategySpec.Of(MemberPointsStrategies.AbsoluteThresholds, ("excellent", "5"), ("qualified", "3"), ("basically-qualified", "1")),
            ParticipationWeight: Proportion.Of(0.5m));

        // One member of branch BZ-001-B01 declares two items for March; the branch approves one and adjusts the other.
        var member = MemberId.Parse("BZ-001-B01-M001");
        var branch = OrganizationId.Parse("BZ-001-B01");
        var march = new YearMonth(2024, 3);
        var attended = new Declaration(DeclarationId.Parse("D-0001"), member, meeting.Id, march, new LocalDate(2024, 3, 8), new LocalDate(2024, 4, 2));
        var served = new Declaration(DeclarationId.Parse("D-0002"), member, volunteer.Id, march, new LocalDate(2024, 3, 16), new LocalDate(2024, 4, 2));
        var data = new MemberPointsDataSet(
            AssessmentYear.Create(2024),
            OrganizationId.Parse("BZ-WC"),
            [new BranchParent(branch, OrganizationId.Parse("BZ-001"))],
            [new MemberRosterEntry(member, new LocalDate(2012, 7, 1), [new BranchAssignment(branch, new LocalDate(2012, 7, 1))])],
            [attended, served],
            [
                new AuditRecord(attended.Id, new LocalDate(2024, 4, 10), AuditDecision.Approve),
                new AuditRecord(served.Id, new LocalDate(2024, 4, 10), AuditDecision.Adjust, Score.Of(1m), "半天服务，按1分认定"),
            ],
            [new MassReview(member, 1, Good: 8, FairlyGood: 2, Average: 0, Poor: 0)]);

        // S01 counted from the records instead of declared: the member attended March's and April's theme party days.
        var records = new OrganizationalLifeRecords(AssessmentYear.Create(2024), OrganizationId.Parse("BZ-WC"),
            [new LifeBranch(branch, [new LifeMember(member)])],
            [
                new MeetingRecord(LifeRecordId.Parse("TD-03"), MeetingKind.ThemePartyDay, branch, new LocalDate(2024, 3, 8), Attendees: [member]),
                new MeetingRecord(LifeRecordId.Parse("TD-04"), MeetingKind.ThemePartyDay, branch, new LocalDate(2024, 4, 9), Attendees: [member]),
            ]);
        var fromRecords = MemberPointsEngine.Evaluate(
            data with { Declarations = [served], Audits = [data.Audits[1]], LifeRecords = records },
            scheme with { FromRecords = [new RecordPointsRule(meeting.Id, [MeetingKind.ThemePartyDay])] },
            asOf: new LocalDate(2025, 1, 20));
        // 2 (March, TD-03) + 2 (April, TD-04) + 1 (adjusted volunteer) + 0.9 = 5.9 → excellent (5 ≤ 5.9)
        Explanation april = fromRecords.Member(member)!.PointsExplanation.Find("BZ-001-B01-M001/2024-04/S01/records")!;
        // april.Summary: 依据组织生活记录：TD-04 / From the organizational-life records TD-04.

        fromRecords.Member(member)!.Points.Should().Be(Score.Of(5.9m));
        fromRecords.Member(member)!.Grade.Should().Be(MemberGrade.Excellent);
        april.Value.Should().Be(2m);
        april.Summary!.ZhCn.Should().Be("依据组织生活记录：TD-04");
        april.Summary.English.Should().Be("From the organizational-life records TD-04.");
    }
}
