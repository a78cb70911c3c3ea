using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>The kind of a dated event of the organization log: the reform decisions of article 003 and 000, and member, role and term changes.</summary>
[JsonConverter(typeof(StrictEnumConverter<OrganizationEventKind>))]
public enum OrganizationEventKind
{
    /// <summary>An organization is newly created (新建).</summary>
    Created = 1,

    /// <summary>An organization is renamed (更名).</summary>
    Renamed = 2,

    /// <summary>An organization's leading body is supplemented (增补): a member is added with a role.</summary>
    Added = 3,

    /// <summary>An organization changes affiliation (变更隶属关系): it gets a new parent.</summary>
    Reparented = 4,

    /// <summary>An organization is dissolved (撤销); its members may be transferred to a successor.</summary>
    Dissolved = 5,

    /// <summary>An organization is kept as it is (不变); recorded as a decision, the tree does not change.</summary>
    Unchanged = 6,

    /// <summary>A member joins a branch (接收/入党).</summary>
    MemberJoined = 7,

    /// <summary>A member's organizational relation is transferred to another branch (组织关系转接).</summary>
    MemberTransferred = 8,

    /// <summary>A probationary member becomes a full member (预备党员转正).</summary>
    MemberConfirmed = 9,

    /// <summary>A member leaves the committee's organizations (转出/离开).</summary>
    MemberLeft = 10,

    /// <summary>A member takes a role in an organization.</summary>
    RoleAssigned = 11,

    /// <summary>A member's role in an organization ends.</summary>
    RoleEnded = 12,

    /// <summary>An organization holds its election (换届选举), starting a new term of office.</summary>
    Elected = 13,

    /// <summary>An organization is assigned to a responsibility district (责任区).</summary>
    DistrictAssigned = 14,

    /// <summary>An organization's organ staff count changes (机关工作人员数).</summary>
    StaffCountChanged = 15,

    /// <summary>A probationary member's probation is extended (延长预备期).</summary>
    ProbationExtended = 16,

    /// <summary>A member is placed on probation within the party (留党察看), without the rights to vote, elect and be elected for its period.</summary>
    PartyProbationImposed = 17,

    /// <summary>The branch decides on a member judged unqualified (限期改正, 劝其退党, 除名).</summary>
    AppraisalDecision = 18,
}
