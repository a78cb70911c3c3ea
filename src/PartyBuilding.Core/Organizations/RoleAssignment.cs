using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>A role a member holds in an organization since a date.</summary>
/// <param name="OrganizationId">The organization.</param>
/// <param name="MemberId">The member.</param>
/// <param name="Role">The role.</param>
/// <param name="Since">The date the member took the role.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RoleAssignment(OrganizationId OrganizationId, MemberId MemberId, PartyRole Role, LocalDate Since);
