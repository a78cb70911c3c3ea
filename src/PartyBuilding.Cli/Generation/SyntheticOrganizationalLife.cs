using NodaTime;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Cli.Generation;

/// <summary>
/// Generates a year of organizational-life records (组织生活记录) for generated departments: per branch a members' meeting
/// each quarter, a committee meeting each month where the branch has a committee, a theme party day each month, a party
/// lesson each quarter (the secretary gives the last one), the organizational-life meeting and the democratic appraisal in
/// December, a heart-to-heart talk with every member (the secretary holds them, and another member the secretary's own), and the dues of every member for every month; plus the scheme,
/// the committee's frequencies equal to the regulation's for the whole year. Everything is illustrative (示例).
/// </summary>
/// <remarks>
/// <para>The gaps are a spread a supervision group would find, more of them in a weaker department: about one meeting in
/// sixty is not held, a member is absent from a meeting about one time in ten (mostly on leave or on official duty, rarely
/// without a reason), about one committee meeting in forty has too few committee members, about one secretary in
/// fifteen gives no lesson and about one payment in two hundred is missing. About one member in two thousand stays away
/// without a reason and pays nothing from March to August (the constitution's six-month rule).</para>
/// <para>A probationary member (admitted on 1 July of the year in the generated registry) belongs to the branch from that
/// day (<see cref="LifeMember.From"/>): the records show the member's meetings and dues from then on. The records name no party groups and no leading cadres: the generated registry has neither.
/// Deterministic for a seed: the random source is consumed in a fixed order.</para>
/// </remarks>
internal static class SyntheticOrganizationalLife
{
    private static readonly int[] Quarters = [1, 2, 3, 4];

    /// <summary>Builds the records.</summary>
    /// <param name="random">The random source.</param>
    /// <param name="departments">The departments, with their branches and members.</param>
    /// <param name="committee">The working committee.</param>
    /// <param name="year">The year.</param>
    /// <returns>The records, marked illustrative.</returns>
    public static OrganizationalLifeRecords Build(Random random, IReadOnlyList<SyntheticDepartment> departments, OrganizationId committee, int year)
    {
        var branches = new List<LifeBranch>();
        var meetings = new List<MeetingRecord>();
        var dues = new List<DuesPayment>();
        foreach (var department in departments)
        {
            foreach (var branch in department.Branches)
            {
                var generated = new BranchYear(random, department.Quality, branch, year);
                branches.Add(generated.Branch());
                generated.Meetings(meetings);
                generated.Dues(dues);
            }
        }

        return new OrganizationalLifeRecords(AssessmentYear.Create(year), committee, [.. branches], [.. meetings], [.. dues]) { IsIllustrative = true };
    }

    /// <summary>The committee's scheme: the regulation's frequencies, for the whole year (the regulation applies from 2018-10-28).</summary>
    /// <param name="committee">The working committee.</param>
    /// <param name="year">The year.</param>
    /// <returns>The scheme, marked illustrative.</returns>
    public static OrganizationalLifeScheme Scheme(OrganizationId committee, int year) => new(
        AssessmentYear.Create(year),
        committee,
        [
            new(MeetingKind.MembersMeeting, LifePeriod.Quarter),
            new(MeetingKind.BranchCommitteeMeeting, LifePeriod.Month),
            new(MeetingKind.PartyGroupMeeting, LifePeriod.Month),
            new(MeetingKind.PartyLesson, LifePeriod.Quarter),
            new(MeetingKind.ThemePartyDay, LifePeriod.Month),
            new(MeetingKind.OrganizationalLifeMeeting, LifePeriod.Year),
            new(MeetingKind.DemocraticAppraisal, LifePeriod.Year),
        ])
    { IsIllustrative = true };

    /// <summary>One branch's year.</summary>
    private sealed class BranchYear
    {
        private readonly Random _random;
        private readonly double _quality;
        private readonly SyntheticBranch _branch;
        private readonly int _year;
        private readonly OrganizationId _id;
        private readonly MemberId[] _members;
        private readonly LocalDate?[] _from;
        private readonly int _committee;
        private readonly bool _secretaryLesson;
        private readonly int _awayMember;
        private int _next;

        public BranchYear(Random random, double quality, SyntheticBranch branch, int year)
        {
            _random = random;
            _quality = quality;
            _branch = branch;
            _year = year;
            _id = OrganizationId.Parse(branch.Id);
            _members = [.. branch.Members.Select(m => MemberId.Parse(m.Id))];
            _from = [.. branch.Members.Select(m => m.FullSince is null ? m.JoinedOn : (LocalDate?)null)];

            // A branch of seven or more has a committee (as in the generated registry): the secretary and two others.
            _committee = _members.Length >= 7 ? 3 : 0;
            _secretaryLesson = random.Next(15) != 0;
            _awayMember = random.Next(2000) == 0 ? 1 + random.Next(_members.Length - 1) : -1;
        }

        public LifeBranch Branch() => new(
            _id,
            [.. _members.Select((m, i) => new LifeMember(m, _from[i] is null ? MembershipStatus.Full : MembershipStatus.Probationary, CommitteeMember: i < _committee) { From = _from[i] })]);

        public void Meetings(List<MeetingRecord> meetings)
        {
            foreach (var quarter in Quarters)
            {
                Held(meetings, MeetingKind.MembersMeeting, new LocalDate(_year, (quarter * 3) - 1, 20), _members.Length);
                var giver = quarter == 4 && _secretaryLesson ? LessonGiver.Secretary : LessonGiver.Other;
                Held(meetings, MeetingKind.PartyLesson, new LocalDate(_year, quarter * 3, 10), _members.Length, giver);
            }

            for (var month = 1; month <= 12; month++)
            {
                if (_committee > 0)
                {
                    Held(meetings, MeetingKind.BranchCommitteeMeeting, new LocalDate(_year, month, 5), _committee);
                }

                Held(meetings, MeetingKind.ThemePartyDay, new LocalDate(_year, month, 15), _members.Length);
            }

            Held(meetings, MeetingKind.OrganizationalLifeMeeting, new LocalDate(_year, 12, 18), _members.Length);
            Held(meetings, MeetingKind.DemocraticAppraisal, new LocalDate(_year, 12, 19), _members.Length);
            for (var m = 0; m < _members.Length; m++)
            {
                var day = new LocalDate(_year, 11, 1 + (m % 28));
                if (Member(m, day))
                {
                    meetings.Add(new MeetingRecord(Next(), MeetingKind.HeartToHeartTalk, _id, day, Chair: _members[m == 0 ? 1 : 0], Attendees: [_members[m]]));
                }
            }
        }

        public void Dues(List<DuesPayment> dues)
        {
            for (var m = 0; m < _members.Length; m++)
            {
                for (var month = 1; month <= 12; month++)
                {
                    var paidFor = new YearMonth(_year, month);
                    var day = new LocalDate(_year, month, 25);
                    if (Member(m, day) && !Away(m, month) && _random.Next(200) != 0)
                    {
                        dues.Add(new DuesPayment(_members[m], paidFor, day));
                    }
                }
            }
        }

        private bool Member(int m, LocalDate day) => _from[m] is not { } from || from <= day;

        private bool Away(int m, int month) => m == _awayMember && month is >= 3 and <= 8;

        private LifeRecordId Next() => LifeRecordId.Parse($"{_branch.Id}-L{++_next:D3}");

        // One meeting of the kind, unless it is among the few not held; the first `entitled` members are asked to it.
        private void Held(List<MeetingRecord> meetings, MeetingKind kind, LocalDate day, int entitled, LessonGiver? giver = null)
        {
            if (_random.NextDouble() < (1 - _quality) / 30)
            {
                return;
            }

            var shortOfQuorum = kind == MeetingKind.BranchCommitteeMeeting && _random.Next(40) == 0;
            var attendees = new List<MemberId>();
            var absentees = new List<Absence>();
            for (var m = 0; m < entitled; m++)
            {
                if (!Member(m, day))
                {
                    continue;
                }

                if (Away(m, day.Month))
                {
                    absentees.Add(new Absence(_members[m], AbsenceReason.None));
                }
                else if ((shortOfQuorum && m > 0) || _random.Next(10) == 0)
                {
                    var r = _random.Next(20);
                    absentees.Add(new Absence(_members[m], r == 0 ? AbsenceReason.None : r < 12 ? AbsenceReason.Leave : AbsenceReason.OfficialDuty));
                }
                else
                {
                    attendees.Add(_members[m]);
                }
            }

            meetings.Add(new MeetingRecord(
                Next(),
                kind,
                _id,
                day,
                Chair: _members[0],
                Attendees: [.. attendees],
                Absentees: [.. absentees],
                Minutes: $"{_branch.Id} 会议记录本 第{_next}页",
                Giver: kind == MeetingKind.PartyLesson ? giver : null));
        }
    }
}
