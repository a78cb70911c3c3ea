using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The level of a responsibility: who carries it in the chain of organ party building (机关党建责任体系).</summary>
/// <remarks>
/// The first three levels are Shandong's split (<see cref="ResponsibilityCitations.ThreeLevelSplit"/>); the fourth, the branch's
/// specific implementation, completes the four-level lists (<see cref="ResponsibilityCitations.FourLevelLists"/>).
/// </remarks>
[JsonConverter(typeof(StrictEnumConverter<ResponsibilityLevel>))]
public enum ResponsibilityLevel
{
    /// <summary>Principal responsibility (主体责任), carried by the department's leading party group or party committee.</summary>
    Principal = 1,

    /// <summary>Assisting responsibility (协助责任), carried by the organ party committee (机关党委).</summary>
    Assisting = 2,

    /// <summary>Guiding and supervising responsibility (指导督促责任), carried by the working committee (工委).</summary>
    GuidingAndSupervising = 3,

    /// <summary>Specific implementation responsibility (具体落实责任), carried by an organ branch (机关党支部).</summary>
    Implementing = 4,
}
