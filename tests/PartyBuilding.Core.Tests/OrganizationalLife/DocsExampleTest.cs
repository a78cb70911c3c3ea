using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Tests.OrganizationalLife;

/// <summary>The example of docs/organizational-life.md, verbatim, so that the documentation is known to work.</summary>
public sealed class DocsExampleTest
{
    [Fact]
    public void Example_CommitteeMeetingWithoutQuorum_AndTheSixMonthRule()
    {
        // A branch of five full members; the first three sit on the committee.
        var branchId = OrganizationId.Parse("BZ-001-B02");
        MemberId M(int i) => MemberId.Parse($"BZ-001-B02-M{i:000}");
        var branch = new LifeBranch(branchId, [
            new LifeMember(M(1), CommitteeMember: true), new LifeMember(M(2), CommitteeMember: true),
            new LifeMember(M(3), CommitteeMember: true), new LifeMember(M(4)), new LifeMember(M(5)),
        ]);

        // January's committee meeting had 1 of 3 committee members: recorded, but not valid (第十二条).
        // A theme party day every month; member 5 stayed away without a reason from January to June.
        var meetings = new List<MeetingRecord>
        {
            new(LifeRecordId.Parse("CM-01"), MeetingKind.BranchCommitteeMeeting, branchId, new LocalDate(2019, 1, 5), Chair: M(1), Attendees: [M(1)]),
        };
        for (var month = 1; month <= 12; month++)
        {
            var away = month <= 6;
            meetings.Add(new(
                LifeRecordId.Parse($"TD-{month:00}"), MeetingKind.ThemePartyDay, branchId, new LocalDate(2019, month, 10),
                Attendees: away ? [M(1), M(2), M(3), M(4)] : [M(1), M(2), M(3), M(4), M(5)],
                Absentees: away ? [new Absence(M(5), AbsenceReason.None)] : []));
        }

        var year = AssessmentYear.Create(2019);
        var dues = from member in branch.Members from month in year.Months select new DuesPayment(member.Id, month, month.OnDayOfMonth(5));
        var records = new OrganizationalLifeRecords(year, OrganizationId.Parse("BZ-WC"), [branch], [.. meetings], [.. dues]);
        var scheme = new OrganizationalLifeScheme(year, OrganizationId.Parse("BZ-WC"));

        var result = OrganizationalLifeEngine.Evaluate(records, scheme, new LocalDate(2019, 1, 31));
        var quorum = result.Findings.Single(f => f.Kind == LifeFindingKind.WithoutQuorum);
        Console.WriteLine(quorum.Explanation.Summary!.ZhCn);
        // 支委会（2019-01-05）应到3人，实到1人，未超过半数，会议有记录但无效。

        var yearEnd = OrganizationalLifeEngine.Evaluate(records, scheme, new LocalDate(2019, 12, 31));
        var leaving = yearEnd.Findings.Single(f => f.Kind == LifeFindingKind.RegardedAsLeftTheParty);
        Console.WriteLine(string.Join(",", leaving.Records)); // TD-01,TD-02,TD-03,TD-04,TD-05,TD-06
        Console.WriteLine(leaving.Citation.Clause![..3]);      // 第九条

        quorum.Explanation.Summary!.ZhCn.Should().Be("支委会（2019-01-05）应到3人，实到1人，未超过半数，会议有记录但无效。");
        string.Join(",", leaving.Records).Should().Be("TD-01,TD-02,TD-03,TD-04,TD-05,TD-06");
        leaving.Citation.Clause![..3].Should().Be("第九条");
    }
}
