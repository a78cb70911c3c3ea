using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The status of a duty (an item, an occurrence of a recurring item, a rectification measure) as of a date.</summary>
[JsonConverter(typeof(StrictEnumConverter<DutyStatus>))]
public enum DutyStatus
{
    /// <summary>Done: the required evidence is dated on or before the as-of date (已完成).</summary>
    Done = 1,

    /// <summary>Due: the duty's window has opened, it is not done, and its deadline is today or later (进行中).</summary>
    Due = 2,

    /// <summary>Overdue: it is not done and its deadline is before the as-of date (已逾期).</summary>
    Overdue = 3,

    /// <summary>Not yet due: its window has not opened on the as-of date (未到期).</summary>
    NotYetDue = 4,
}
