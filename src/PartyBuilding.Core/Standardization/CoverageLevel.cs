using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>The level a coverage line rolls branches up to.</summary>
[JsonConverter(typeof(StrictEnumConverter<CoverageLevel>))]
public enum CoverageLevel
{
    /// <summary>The whole working committee (机关工委).</summary>
    Committee = 1,

    /// <summary>A responsibility district (责任区).</summary>
    District = 2,

    /// <summary>A department-level party organization (部门党组织).</summary>
    Department = 3,
}
