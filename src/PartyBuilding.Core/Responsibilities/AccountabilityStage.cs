using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// A stage of the accountability chain (责任链条) that a responsibility item passes through, in this order only
/// (<see cref="ResponsibilityCitations.AccountabilityChain"/>).
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<AccountabilityStage>))]
public enum AccountabilityStage
{
    /// <summary>Clarify the responsibility (明责).</summary>
    Clarify = 1,

    /// <summary>Assign it to a person (定责).</summary>
    Assign = 2,

    /// <summary>Supervise its performance (督责).</summary>
    Supervise = 3,

    /// <summary>Report on it (述责).</summary>
    Report = 4,

    /// <summary>Evaluate the report (评责).</summary>
    Evaluate = 5,

    /// <summary>Hold to account (问责).</summary>
    HoldAccountable = 6,
}
