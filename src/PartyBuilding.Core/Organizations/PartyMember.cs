using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>A party member and the organization that holds the member's organizational relation (组织关系).</summary>
/// <param name="Id">The identifier, e.g. <c>BZ-001-B01-M001</c>.</param>
/// <param name="Name">The name (synthetic in the seeds).</param>
/// <param name="BranchId">The branch, or the party group within a branch, the member belongs to.</param>
/// <param name="Status">Full or probationary.</param>
/// <param name="JoinedOn">The date the member joined the party (入党, start of probation).</param>
/// <param name="FullSince">The date the member became a full member (转正); required for full members, absent for probationary ones.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PartyMember(
    MemberId Id,
    string Name,
    OrganizationId BranchId,
    MembershipStatus Status,
    LocalDate JoinedOn,
    LocalDate? FullSince = null);
