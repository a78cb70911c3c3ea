using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The period over which a recurring duty is counted. Periods are calendar periods of the assessment year.</summary>
[JsonConverter(typeof(StrictEnumConverter<RecurrencePeriod>))]
public enum RecurrencePeriod
{
    /// <summary>Every calendar month (每月).</summary>
    Month = 1,

    /// <summary>Every calendar quarter (每季度), January–March, April–June, July–September, October–December.</summary>
    Quarter = 2,

    /// <summary>Every half year (每半年), January–June and July–December.</summary>
    HalfYear = 3,

    /// <summary>Once per calendar year (每年).</summary>
    Year = 4,
}
