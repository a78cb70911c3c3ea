using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>How serious a compliance finding is.</summary>
[JsonConverter(typeof(StrictEnumConverter<ComplianceSeverity>))]
public enum ComplianceSeverity
{
    /// <summary>Advice: the regulation suggests another form, nothing is broken.</summary>
    Advice = 1,

    /// <summary>A warning: a "generally" (一般) limit of a regulation is exceeded.</summary>
    Warning = 2,

    /// <summary>A violation of a rule that must hold.</summary>
    Violation = 3,
}
