using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>How the assessors check an indicator on the spot (考核方式).</summary>
/// <remarks>Binzhou's organ committees score branches by hearing reports, checking files and reviewing materials, on site (article 002).</remarks>
[JsonConverter(typeof(StrictEnumConverter<CheckMethod>))]
public enum CheckMethod
{
    /// <summary>Hearing the branch's report (听汇报).</summary>
    HearingReports = 1,

    /// <summary>Checking the branch's files and records (查档案).</summary>
    CheckingFiles = 2,

    /// <summary>Reviewing the branch's materials (看材料).</summary>
    ReviewingMaterials = 3,

    /// <summary>Inspecting on site (现场查看).</summary>
    OnSite = 4,
}
