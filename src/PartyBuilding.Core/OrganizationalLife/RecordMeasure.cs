using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>What a value derived from a branch's records of organizational life counts (由组织生活记录得出的数值).</summary>
[JsonConverter(typeof(StrictEnumConverter<RecordMeasureKind>))]
public enum RecordMeasureKind
{
    /// <summary>The number of periods of the year without a valid meeting of the kinds (e.g. quarters without a valid members' meeting): a count of occurrences.</summary>
    PeriodsWithoutValidMeeting = 1,

    /// <summary>The share of the periods of the year with a valid meeting of the kinds (e.g. months with a theme party day): a rate from 0 to 1.</summary>
    ShareOfPeriodsWithValidMeeting = 2,

    /// <summary>1 when every kind listed was held validly at least once in the year (e.g. the organizational-life meeting and the democratic appraisal), else 0: a checklist flag.</summary>
    HeldInYear = 3,

    /// <summary>The members present over the members recorded present or absent, across the meetings of the kinds: a rate from 0 to 1 (0 when no meeting was held).</summary>
    AttendanceRate = 4,
}

/// <summary>
/// A value derived from a branch's records of organizational life (记录取数规则): what it counts, over which kinds of meeting
/// and, for a count or share of periods, in which period.
/// </summary>
/// <param name="Kind">What the value counts.</param>
/// <param name="Meetings">The kinds of meeting counted; at least one. A members' meeting or a committee meeting held without its quorum is not valid and counts as not held (第十一条, 第十二条); its attendance still counts for <see cref="RecordMeasureKind.AttendanceRate"/>.</param>
/// <param name="Period">The period of <see cref="RecordMeasureKind.PeriodsWithoutValidMeeting"/> and <see cref="RecordMeasureKind.ShareOfPeriodsWithValidMeeting"/> (a quarter by default); the other kinds count the year.</param>
/// <remarks>Only periods ended by the evaluation date and records dated by then are seen. Immutable and thread-safe.</remarks>
public sealed record RecordMeasure(RecordMeasureKind Kind, ValueArray<MeetingKind> Meetings, LifePeriod Period = LifePeriod.Quarter);
