using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>
/// How a scheme reads “半数以上” in the quorum of a members' meeting (第十一条) and of a branch committee meeting (第十二条):
/// <see cref="OrganizationalLifeScheme.QuorumReading"/>. See <c>docs/organizational-life.md</c>, "Rules and their sources".
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<QuorumReading>))]
public enum QuorumReading
{
    /// <summary>More than half present (3 of 5 and 3 of 4 are valid, 2 of 4 is not): the “双过半” reading of party-affairs guidance; the library's default.</summary>
    MoreThanHalf = 1,

    /// <summary>At least half present (2 of 4 is valid, 2 of 5 is not): “以上” includes the number itself, as Chinese legislation reads it (《民法典》第一千二百五十九条).</summary>
    AtLeastHalf = 2,
}

/// <summary>How a meeting stands against its quorum rule: those counted present, those entitled, the rule in force and the reading.</summary>
/// <param name="Present">The entitled members present.</param>
/// <param name="Entitled">The members the quorum is counted of: for a members' meeting the full members with a vote on the day, for a committee meeting the committee.</param>
/// <param name="WithoutVote">The full members left out of a members' meeting's quorum because they are on probation within the party (留党察看) on the day.</param>
/// <param name="Rule">The quorum share in force on the day, with its citation.</param>
/// <param name="Reading">How “半数以上” is read.</param>
internal readonly record struct QuorumCount(int Present, int Entitled, int WithoutVote, DatedValue<Share> Rule, QuorumReading Reading)
{
    /// <summary>Gets a value indicating whether the meeting has its quorum.</summary>
    public bool Met => StandingQuorum.Met(Reading, Present, Entitled, Rule.Value);
}

/// <summary>
/// The one quorum rule of the area (第十一条, 第十二条), used by the compliance check (<see cref="BranchCheck"/>) and by the
/// values derived from the records (<see cref="RecordMeasures"/>), under the scheme's reading of “半数以上”.
/// </summary>
internal static class StandingQuorum
{
    /// <summary>Gets the reading a scheme uses: its own, else (and without a scheme) <see cref="QuorumReading.MoreThanHalf"/>.</summary>
    public static QuorumReading Of(OrganizationalLifeScheme? scheme) => scheme?.QuorumReading ?? QuorumReading.MoreThanHalf;

    /// <summary>
    /// Counts a meeting against its quorum rule: a members' meeting of the full members with a vote on the day (a
    /// probationary member has none, 党章第七条; nor has a member on probation within the party, 留党察看), a branch committee
    /// meeting of the committee. Only those entitled count as present.
    /// </summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="branch">Its branch.</param>
    /// <param name="reading">How “半数以上” is read.</param>
    /// <returns>The count, or <see langword="null"/> when no quorum rule applies (another kind, no one entitled, or a day before the regulation).</returns>
    public static QuorumCount? Count(MeetingRecord meeting, LifeBranch branch, QuorumReading reading) => new QuorumCounter(branch, reading).Count(meeting);

    /// <summary>Tells whether a record is a valid meeting: every record but a members' or committee meeting without its quorum.</summary>
    /// <param name="meeting">The record.</param>
    /// <param name="branch">Its branch.</param>
    /// <param name="reading">How “半数以上” is read.</param>
    /// <returns><see langword="false"/> only for a meeting held without its quorum.</returns>
    public static bool IsValid(MeetingRecord meeting, LifeBranch branch, QuorumReading reading) => Count(meeting, branch, reading) is not { Met: false };

    /// <summary>Tells whether enough are present: more than (or, read as at least, no fewer than) the share of those entitled.</summary>
    public static bool Met(QuorumReading reading, int present, int entitled, Share share) => reading == QuorumReading.AtLeastHalf
        ? (long)present * share.Denominator >= share.Numerator * (long)entitled
        : (long)present * share.Denominator > share.Numerator * (long)entitled;

    /// <summary>Gets the formula's name in an explanation.</summary>
    public static string Formula(QuorumReading reading) =>
        reading == QuorumReading.AtLeastHalf ? "at-least-share-present" : "more-than-share-present";

    /// <summary>Gets the summary of a meeting held without its quorum, under the reading.</summary>
    public static LocalizedText WithoutQuorum(MeetingRecord record, int present, int entitled, QuorumReading reading)
    {
        if (reading != QuorumReading.AtLeastHalf)
        {
            return OrganizationalLifeTexts.WithoutQuorum(record, present, entitled);
        }

        var label = OrganizationalLifeTexts.Record(record);
        return new(
            string.Create(CultureInfo.InvariantCulture, $"{label.ZhCn}应到{entitled}人，实到{present}人，不足半数，会议有记录但无效。"),
            string.Create(CultureInfo.InvariantCulture, $"{label.English}: {present} of {entitled} present, fewer than half; recorded but not valid."));
    }
}

/// <summary>
/// Counts the quorums of one branch's meetings as <see cref="StandingQuorum.Count"/> does, without a set or an array per
/// meeting: each member of the branch's list has a slot (members with the same identifier share one), and the members
/// entitled on a meeting's day are marked in their slots with the meeting's stamp. One counter belongs to one check.
/// </summary>
internal sealed class QuorumCounter
{
    private readonly LifeBranch _branch;
    private readonly QuorumReading _reading;
    private readonly Dictionary<MemberId, int> _slots;
    private readonly int[] _slotOf;
    private readonly int[] _marks;
    private int _stamp;

    /// <summary>Initializes a counter for a branch's meetings.</summary>
    /// <param name="branch">The branch, with its members.</param>
    /// <param name="reading">How the scheme reads “more than half”.</param>
    public QuorumCounter(LifeBranch branch, QuorumReading reading)
    {
        _branch = branch;
        _reading = reading;
        var members = branch.Members;
        _slots = new Dictionary<MemberId, int>(members.Length);
        _slotOf = new int[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            if (members[i] is not { } member)
            {
                _slotOf[i] = -1;
                continue;
            }

            if (!_slots.TryGetValue(member.Id, out var slot))
            {
                slot = _slots.Count;
                _slots.Add(member.Id, slot);
            }

            _slotOf[i] = slot;
        }

        _marks = new int[_slots.Count];
    }

    /// <summary>Counts a meeting's quorum: those present of those entitled on the day, by the rule in force then.</summary>
    /// <param name="meeting">A record of the branch or its party groups.</param>
    /// <returns>The count, or <see langword="null"/> for a kind without a quorum, a meeting with no one entitled or no rule in force.</returns>
    public QuorumCount? Count(MeetingRecord meeting)
    {
        DatedParameter<Share> rule;
        var members = meeting.Kind == MeetingKind.MembersMeeting;
        switch (meeting.Kind)
        {
            case MeetingKind.MembersMeeting:
                rule = OrganizationalLifeRules.MembersMeetingQuorumShare;
                break;
            case MeetingKind.BranchCommitteeMeeting:
                rule = OrganizationalLifeRules.CommitteeMeetingQuorumShare;
                break;
            default:
                return null;
        }

        if (_stamp == int.MaxValue)
        {
            Array.Clear(_marks);
            _stamp = 0;
        }

        var stamp = ++_stamp;
        var date = meeting.Date;
        int entitled = 0, full = 0;
        var list = _branch.Members;

        // Only those who belonged to the branch on the day (LifeMember.From, .To) are counted.
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is not { } member || !member.BelongsOn(date))
            {
                continue;
            }

            bool counts;
            if (members)
            {
                if (member.Status != MembershipStatus.Full)
                {
                    continue;
                }

                full++;
                counts = !member.IsOnPartyProbation(date);
            }
            else
            {
                counts = member.CommitteeMember;
            }

            if (counts && _marks[_slotOf[i]] != stamp)
            {
                _marks[_slotOf[i]] = stamp;
                entitled++;
            }
        }

        if (entitled == 0 || !rule.TryGetEntryAsOf(date, out var entry))
        {
            return null;
        }

        var present = 0;
        foreach (var attendee in meeting.Attendees)
        {
            if (_slots.TryGetValue(attendee, out var slot) && _marks[slot] == stamp)
            {
                present++;
            }
        }

        return new QuorumCount(present, entitled, members ? full - entitled : 0, entry, _reading);
    }
}
