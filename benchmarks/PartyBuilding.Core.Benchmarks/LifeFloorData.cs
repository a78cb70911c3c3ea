using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The floor of the organizational-life compliance check (issue 21): the records laid out in flat arrays (indices instead
/// of identifiers, months instead of dates) and one plain pass doing the check's minimal work — the quorum of every
/// members' and committee meeting, the valid meetings of each kind per month, quarter and year against the frequencies,
/// the secretary's lesson, a talk with every member, the dues of every member and month and the six-month rule. It counts
/// the findings; no validation, no explanations, no identifiers.
/// </summary>
public sealed class LifeFloorData
{
    private const int Kinds = 9;

    // Meetings sorted by branch: kind, month (0–11), present, entitled (0 for kinds without quorum), secretary's lesson.
    private int[] _branchStart = [];
    private byte[] _kind = [];
    private byte[] _month = [];
    private int[] _present = [];
    private int[] _entitled = [];
    private bool[] _secretaryLesson = [];

    // Members sorted by branch: months present (bit per month), months paid (bit per month), talks.
    private int[] _memberStart = [];
    private int[] _memberPresent = [];
    private int[] _memberPaid = [];
    private int[] _memberTalks = [];
    private bool[] _hasCommittee = [];
    private readonly byte[] _periodOf = new byte[Kinds];

    /// <summary>Lays out the records in flat arrays.</summary>
    /// <param name="records">The records.</param>
    /// <param name="scheme">The scheme (its frequencies).</param>
    /// <returns>The floor data.</returns>
    public static LifeFloorData From(OrganizationalLifeRecords records, OrganizationalLifeScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(scheme);
        var f = new LifeFloorData();
        var branches = records.Branches.OrderBy(b => b.Id).ToArray();
        var branchIndex = branches.Select((b, i) => (b.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var memberIndex = new Dictionary<MemberId, int>();
        var full = new List<bool>();
        var committee = new List<bool>();
        f._memberStart = new int[branches.Length + 1];
        f._hasCommittee = new bool[branches.Length];
        for (var b = 0; b < branches.Length; b++)
        {
            f._memberStart[b] = memberIndex.Count;
            foreach (var member in branches[b].Members)
            {
                memberIndex[member.Id] = memberIndex.Count;
                full.Add(member.Status == MembershipStatus.Full);
                committee.Add(member.CommitteeMember);
                f._hasCommittee[b] |= member.CommitteeMember;
            }
        }

        f._memberStart[^1] = memberIndex.Count;
        f._memberPresent = new int[memberIndex.Count];
        f._memberPaid = new int[memberIndex.Count];
        f._memberTalks = new int[memberIndex.Count];
        foreach (var payment in records.Dues)
        {
            f._memberPaid[memberIndex[payment.MemberId]] |= 1 << (payment.Month.Month - 1);
        }

        var meetings = records.Meetings.OrderBy(m => branchIndex[m.OrganizationId]).ToArray();
        f._branchStart = new int[branches.Length + 1];
        f._kind = new byte[meetings.Length];
        f._month = new byte[meetings.Length];
        f._present = new int[meetings.Length];
        f._entitled = new int[meetings.Length];
        f._secretaryLesson = new bool[meetings.Length];
        var next = 0;
        for (var i = 0; i < meetings.Length; i++)
        {
            var m = meetings[i];
            var b = branchIndex[m.OrganizationId];
            while (next <= b)
            {
                f._branchStart[next++] = i;
            }

            f._kind[i] = (byte)m.Kind;
            f._month[i] = (byte)(m.Date.Month - 1);
            var start = f._memberStart[b];
            var end = f._memberStart[b + 1];
            var present = 0;
            foreach (var attendee in m.Attendees)
            {
                var a = memberIndex[attendee];
                f._memberPresent[a] |= 1 << (m.Date.Month - 1);
                present += m.Kind switch
                {
                    MeetingKind.MembersMeeting => full[a] ? 1 : 0,
                    MeetingKind.BranchCommitteeMeeting => committee[a] ? 1 : 0,
                    _ => 1,
                };
                if (m.Kind == MeetingKind.HeartToHeartTalk)
                {
                    f._memberTalks[a]++;
                }
            }

            if (m.Kind == MeetingKind.HeartToHeartTalk && m.Chair is { } chair)
            {
                f._memberTalks[memberIndex[chair]]++;
            }

            f._present[i] = present;
            f._entitled[i] = m.Kind switch
            {
                MeetingKind.MembersMeeting => Count(full, start, end),
                MeetingKind.BranchCommitteeMeeting => Count(committee, start, end),
                _ => 0,
            };
            f._secretaryLesson[i] = m.Kind == MeetingKind.PartyLesson && m.Giver == LessonGiver.Secretary;
        }

        while (next <= branches.Length)
        {
            f._branchStart[next++] = meetings.Length;
        }

        foreach (var requirement in scheme.Requirements)
        {
            f._periodOf[(int)requirement.Kind] = (byte)requirement.Period;
        }

        return f;
    }

    /// <summary>Runs the check.</summary>
    /// <returns>The number of findings.</returns>
    public int Run()
    {
        var findings = 0;
        Span<int> valid = stackalloc int[Kinds * 12];
        for (var b = 0; b + 1 < _branchStart.Length; b++)
        {
            valid.Clear();
            var lesson = false;
            for (var i = _branchStart[b]; i < _branchStart[b + 1]; i++)
            {
                if (_entitled[i] > 0 && _present[i] * 2 <= _entitled[i])
                {
                    findings++;
                    continue;
                }

                valid[(_kind[i] * 12) + _month[i]]++;
                lesson |= _secretaryLesson[i];
            }

            findings += Missed(valid, b) + (lesson ? 0 : 1);
            for (var m = _memberStart[b]; m < _memberStart[b + 1]; m++)
            {
                findings += _memberTalks[m] == 0 ? 1 : 0;
                findings += _memberPaid[m] == 0xFFF ? 0 : 1;
                var away = ~(_memberPresent[m] | _memberPaid[m]) & 0xFFF;
                findings += SixConsecutive(away) ? 1 : 0;
            }
        }

        return findings;
    }

    private static int Count(List<bool> flags, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            count += flags[i] ? 1 : 0;
        }

        return count;
    }

    private static bool SixConsecutive(int months)
    {
        var run = months;
        for (var shift = 1; shift < 6; shift++)
        {
            run &= months >> shift;
        }

        return run != 0;
    }

    private int Missed(Span<int> valid, int branch)
    {
        var missed = 0;
        for (var kind = 1; kind < Kinds; kind++)
        {
            var period = (LifePeriod)_periodOf[kind];
            if (period == 0 || ((MeetingKind)kind == MeetingKind.BranchCommitteeMeeting && !_hasCommittee[branch]) || (MeetingKind)kind == MeetingKind.PartyGroupMeeting)
            {
                continue;
            }

            var length = period switch { LifePeriod.Month => 1, LifePeriod.Quarter => 3, _ => 12 };
            for (var start = 0; start < 12; start += length)
            {
                var held = 0;
                for (var month = start; month < start + length; month++)
                {
                    held += valid[(kind * 12) + month];
                }

                missed += held == 0 ? 1 : 0;
            }
        }

        return missed;
    }
}
