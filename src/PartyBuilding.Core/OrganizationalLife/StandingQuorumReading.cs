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
    public static QuorumCount? Count(MeetingRecord meeting, LifeBranch branch, QuorumReading reading)
    {
        // Only those who belonged to the branch on the day (LifeMember.From, .To) are counted.
        var members = branch.Members.Where(m => m is not null && m.BelongsOn(meeting.Date)).ToArray();
        HashSet<MemberId> entitled;
        DatedParameter<Share> rule;
        var withoutVote = 0;
        switch (meeting.Kind)
        {
            case MeetingKind.MembersMeeting:
                var full = members.Where(m => m.Status == MembershipStatus.Full).ToArray();
                entitled = [.. full.Where(m => !m.IsOnPartyProbation(meeting.Date)).Select(m => m.Id)];
                withoutVote = full.Length - entitled.Count;
                rule = OrganizationalLifeRules.MembersMeetingQuorumShare;
                break;
            case MeetingKind.BranchCommitteeMeeting:
                entitled = [.. members.Where(m => m.CommitteeMember).Select(m => m.Id)];
                rule = OrganizationalLifeRules.CommitteeMeetingQuorumShare;
                break;
            default:
                return null;
        }

        if (entitled.Count == 0 || !rule.TryGetEntryAsOf(meeting.Date, out var entry))
        {
            return null;
        }

        return new QuorumCount(meeting.Attendees.Count(entitled.Contains), entitled.Count, withoutVote, entry, reading);
    }

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
