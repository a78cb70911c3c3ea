using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>A half of an assessment year.</summary>
[JsonConverter(typeof(StrictEnumConverter<HalfYear>))]
public enum HalfYear
{
    /// <summary>January to June (上半年).</summary>
    First = 1,

    /// <summary>July to December (下半年).</summary>
    Second = 2,
}
