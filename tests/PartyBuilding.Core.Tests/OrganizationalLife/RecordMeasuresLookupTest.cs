using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Tests.OrganizationalLife;

/// <summary>
/// The look-ups other areas make in the records of organizational life (a branch, whether a member is listed, the meetings
/// of a branch and its party groups, the meetings a member attended or missed without a reason) answer from an index built
/// once per records (issue 25: linear, not one pass over every record per branch or member), exactly as one scan of every
/// record would: the same branch, the same meetings in the same order, over records that need not be valid.
/// </summary>
public sealed class RecordMeasuresLookupTest
{
    private static readonly AssessmentYear Year = AssessmentYear.Create(2019);
    private static readonly LocalDate AsOf = new(2019, 10, 31);

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Lookups_OverRecordsWithNullsRepeatsAndOtherYears_AnswerAsAScanOfEveryRecord(int seed)
    {
        var records = RandomRecords(new Random(seed));
        var branchIds = Enumerable.Range(0, 7).Select(Org).ToArray();
        var members = Enumerable.Range(0, 25).Select(Member).ToArray();
        branchIds.Should().Contain(id => ScanBranch(records, id) != null, "the case must find some branches");
        members.Should().Contain(m => ScanCovers(records, m), "the case must list some members");

        foreach (var id in branchIds)
        {
            RecordMeasures.BranchOf(records, id).Should().BeSameAs(ScanBranch(records, id));
        }

        foreach (var member in members)
        {
            RecordMeasures.Covers(records, member).Should().Be(ScanCovers(records, member));
            foreach (var absent in new[] { false, true })
            {
                RecordMeasures.OfMember(records, member, [MeetingKind.MembersMeeting, MeetingKind.PartyLesson], absent, AsOf)
                    .Should().Equal(ScanOfMember(records, member, [MeetingKind.MembersMeeting, MeetingKind.PartyLesson], absent, AsOf), (a, b) => ReferenceEquals(a, b));
            }
        }

        var measure = new RecordMeasure(RecordMeasureKind.AttendanceRate, [MeetingKind.MembersMeeting, MeetingKind.PartyLesson]);
        foreach (var branch in records.Branches.Where(b => b is not null))
        {
            var expected = ScanBranchMeetings(records, branch, [MeetingKind.MembersMeeting, MeetingKind.PartyLesson], AsOf);
            RecordMeasures.Branch(records, branch, measure, AsOf, null).Records.Should().Equal(expected.Select(m => m.Id));
        }
    }

    [Fact]
    public void Branch_CountsTheMeetingsOfItsPartyGroups_AndEachMeetingOnce_WhenAGroupIsListedTwice()
    {
        var group = Org(9);
        var branch = new LifeBranch(Org(1), [], [group, group, Org(1)]);
        var records = new OrganizationalLifeRecords(Year, Org(0), [branch], [
            new MeetingRecord(LifeRecordId.Parse("R2"), MeetingKind.PartyGroupMeeting, group, new LocalDate(2019, 3, 1)),
            new MeetingRecord(LifeRecordId.Parse("R1"), MeetingKind.PartyGroupMeeting, Org(1), new LocalDate(2019, 3, 1)),
            new MeetingRecord(LifeRecordId.Parse("R3"), MeetingKind.PartyGroupMeeting, Org(2), new LocalDate(2019, 3, 1)),
        ]);

        var measured = RecordMeasures.Branch(records, branch, new RecordMeasure(RecordMeasureKind.AttendanceRate, [MeetingKind.PartyGroupMeeting]), AsOf, null);

        measured.Records.Select(r => r.Value).Should().Equal("R1", "R2");
    }

    private static OrganizationId Org(int i) => OrganizationId.Parse($"ORG-{i}");

    private static MemberId Member(int i) => MemberId.Parse($"M-{i}");

    private static OrganizationalLifeRecords RandomRecords(Random random)
    {
        var branches = Enumerable.Range(0, 6).Select(i => random.Next(8) == 0 ? null! : new LifeBranch(
            Org(random.Next(7)),
            [.. Enumerable.Range(0, random.Next(5)).Select(_ => random.Next(9) == 0 ? null! : new LifeMember(Member(random.Next(25)), MembershipStatus.Full))],
            [.. Enumerable.Range(0, random.Next(3)).Select(_ => Org(random.Next(7)))]));
        var kinds = new[] { MeetingKind.MembersMeeting, MeetingKind.PartyLesson, MeetingKind.BranchCommitteeMeeting };
        var meetings = Enumerable.Range(0, 120).Select(i => random.Next(15) == 0 ? null! : new MeetingRecord(
            LifeRecordId.Parse($"R{random.Next(60)}"),
            kinds[random.Next(kinds.Length)],
            Org(random.Next(7)),
            new LocalDate(2018 + random.Next(3), 1 + random.Next(12), 1 + random.Next(28)),
            Attendees: [.. Enumerable.Range(0, random.Next(6)).Select(_ => Member(random.Next(25)))],
            Absentees: [.. Enumerable.Range(0, random.Next(3)).Select(_ => random.Next(7) == 0 ? null! : new Absence(Member(random.Next(25)), random.Next(2) == 0 ? AbsenceReason.None : AbsenceReason.Leave))]));
        return new OrganizationalLifeRecords(Year, Org(0), [.. branches], [.. meetings]);
    }

    private static LifeBranch? ScanBranch(OrganizationalLifeRecords records, OrganizationId id) =>
        records.Branches.FirstOrDefault(b => b is not null && b.Id == id);

    private static bool ScanCovers(OrganizationalLifeRecords records, MemberId member) =>
        records.Branches.Any(b => b is not null && b.Members.Any(m => m is not null && m.Id == member));

    private static MeetingRecord[] ScanBranchMeetings(OrganizationalLifeRecords records, LifeBranch branch, MeetingKind[] kinds, LocalDate asOf) =>
        [.. records.Meetings
            .Where(m => m is not null && m.Date <= asOf && records.Year.Contains(m.Date) && kinds.Contains(m.Kind)
                && (m.OrganizationId == branch.Id || branch.Groups.Contains(m.OrganizationId)))
            .OrderBy(m => m.Date).ThenBy(m => m.Id)];

    private static MeetingRecord[] ScanOfMember(OrganizationalLifeRecords records, MemberId member, MeetingKind[] kinds, bool absentWithoutReason, LocalDate asOf) =>
        [.. records.Meetings
            .Where(m => m is not null && m.Date <= asOf && records.Year.Contains(m.Date) && kinds.Contains(m.Kind)
                && (absentWithoutReason
                    ? m.Absentees.Any(a => a is not null && a.MemberId == member && a.Reason == AbsenceReason.None)
                    : m.Attendees.Contains(member)))
            .OrderBy(m => m.Date).ThenBy(m => m.Id)];
}
