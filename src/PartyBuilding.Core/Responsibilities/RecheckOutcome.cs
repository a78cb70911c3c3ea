using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>The outcome of a look-back re-check (回头看) of a completed rectification measure.</summary>
[JsonConverter(typeof(StrictEnumConverter<RecheckOutcome>))]
public enum RecheckOutcome
{
    /// <summary>The rectification holds (整改到位).</summary>
    Confirmed = 1,

    /// <summary>The problem has come back (问题反弹): the measure counts as not done again from the re-check's date.</summary>
    Relapsed = 2,
}
