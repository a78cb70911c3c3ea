using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>What a standard counted from the records of organizational life counts for a member.</summary>
[JsonConverter(typeof(StrictEnumConverter<RecordPointsCount>))]
public enum RecordPointsCount
{
    /// <summary>Each meeting of the kinds the member attended (参加组织生活).</summary>
    Attended = 1,

    /// <summary>Each meeting of the kinds the member was absent from without a reason (无故缺席).</summary>
    AbsentWithoutReason = 2,
}

/// <summary>
/// A standard whose occurrences are counted from the records of organizational life instead of declared (由组织生活记录计分):
/// e.g. “参加支部党员大会或主题党日” counted from the members' meetings and theme party days the member attended.
/// </summary>
/// <param name="StandardId">The standard; its points, kind and caps apply to each occurrence as to a declared one.</param>
/// <param name="Meetings">The kinds of meeting counted; at least one.</param>
/// <param name="Count">Whether attendance or absence without a reason is counted.</param>
/// <remarks>
/// The rule applies to every member the records (<see cref="MemberPointsDataSet.LifeRecords"/>) list on a branch: each
/// month, the meetings of the kinds dated in that month by the as-of date count as occurrences, and the member may not also
/// declare the standard. A member the records do not list declares it as before. Immutable and thread-safe.
/// </remarks>
public sealed record RecordPointsRule(PointsStandardId StandardId, ValueArray<MeetingKind> Meetings, RecordPointsCount Count = RecordPointsCount.Attended);
