using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>A round of double report, double review (双述双评).</summary>
[JsonConverter(typeof(StrictEnumConverter<ReviewRound>))]
public enum ReviewRound
{
    /// <summary>Round one: the organization reports to all its members, who rate it (向全体党员述职, 民主测评).</summary>
    ToMembers = 1,

    /// <summary>Round two: the organization reports to the working committee (向机关工委述职).</summary>
    ToCommittee = 2,
}
