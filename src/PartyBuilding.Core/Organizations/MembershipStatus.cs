using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>Whether a member is a full or a probationary member (正式党员/预备党员).</summary>
[JsonConverter(typeof(StrictEnumConverter<MembershipStatus>))]
public enum MembershipStatus
{
    /// <summary>A full member (正式党员).</summary>
    Full = 1,

    /// <summary>A probationary member (预备党员).</summary>
    Probationary = 2,
}
