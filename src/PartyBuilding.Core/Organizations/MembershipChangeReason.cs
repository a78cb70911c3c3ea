using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// Why a member joins or leaves the committee's organizations: the reason of a <see cref="OrganizationEventKind.MemberJoined"/>
/// event (admission or transfer in) or of a <see cref="OrganizationEventKind.MemberLeft"/> event (transfer out, death,
/// removal, withdrawal, expulsion).
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<MembershipChangeReason>))]
public enum MembershipChangeReason
{
    /// <summary>Admitted to the party by the branch (接收新党员); joins as a probationary member.</summary>
    Admitted = 1,

    /// <summary>The member's organizational relation is transferred in from outside the committee (组织关系转入).</summary>
    TransferredIn = 2,

    /// <summary>The member's organizational relation is transferred out of the committee (组织关系转出).</summary>
    TransferredOut = 3,

    /// <summary>The member died (死亡).</summary>
    Died = 4,

    /// <summary>The member is removed from the party (除名).</summary>
    Removed = 5,

    /// <summary>The member withdrew from the party (退党).</summary>
    Withdrew = 6,

    /// <summary>The member is expelled from the party (开除党籍).</summary>
    Expelled = 7,
}
