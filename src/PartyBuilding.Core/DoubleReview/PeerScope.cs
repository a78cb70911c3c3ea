using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>Which organizations may rate an organization in the peer rating (定量互评).</summary>
[JsonConverter(typeof(StrictEnumConverter<PeerScope>))]
public enum PeerScope
{
    /// <summary>Every other organization under review.</summary>
    AllOrganizations = 1,

    /// <summary>Every other organization of the same responsibility district (责任区).</summary>
    SameDistrict = 2,
}
