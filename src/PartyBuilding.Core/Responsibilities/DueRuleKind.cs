using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>How a responsibility item falls due.</summary>
[JsonConverter(typeof(StrictEnumConverter<DueRuleKind>))]
public enum DueRuleKind
{
    /// <summary>Once, by a fixed date (按期完成).</summary>
    Once = 1,

    /// <summary>Again in every period of the year, a minimum number of times per period (经常性工作).</summary>
    Recurring = 2,
}
