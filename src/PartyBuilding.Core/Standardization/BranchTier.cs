using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>The tier a branch is named at (党支部等级), climbed one step at a time (梯级创建).</summary>
/// <remarks>Values are ordered: a higher value is a higher tier.</remarks>
[JsonConverter(typeof(StrictEnumConverter<BranchTier>))]
public enum BranchTier
{
    /// <summary>Lagging (后进党支部): below the standard, or vetoed.</summary>
    Lagging = 1,

    /// <summary>Standard (标准党支部).</summary>
    Standard = 2,

    /// <summary>Advanced (先进党支部).</summary>
    Advanced = 3,

    /// <summary>Strong (过硬党支部, "hardened"; labelled "Strong branch"). The identifier is historical: 过硬 is not 示范 (exemplary).</summary>
    Exemplary = 4,
}
