using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>A party organization as it stands on one date: its place in the tree and the facts the compliance rules read.</summary>
/// <param name="Id">The identifier, e.g. <c>BZ-001</c> or <c>BZ-001-B01</c>.</param>
/// <param name="Kind">The kind of organization.</param>
/// <param name="Name">The name, e.g. <c>市财政局机关党委</c>.</param>
/// <param name="ParentId">The organization it sits under, or <see langword="null"/> for a root (the working committee).</param>
/// <param name="DistrictId">The responsibility district (责任区) it is assigned to, or <see langword="null"/> to inherit its parent's.</param>
/// <param name="EstablishedOn">The date it was set up, where known.</param>
/// <param name="LastElectedOn">The date of its last election (换届), which starts the current term; <see langword="null"/> when unknown.</param>
/// <param name="HasCommittee">Whether it has an elected committee (支部委员会); a branch without one has a secretary only.</param>
/// <param name="OrganStaffCount">The number of organ staff (机关工作人员) of the department, for the staffing ratio; <see langword="null"/> when not recorded.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Organization(
    OrganizationId Id,
    OrganizationKind Kind,
    string Name,
    OrganizationId? ParentId = null,
    DistrictId? DistrictId = null,
    LocalDate? EstablishedOn = null,
    LocalDate? LastElectedOn = null,
    bool HasCommittee = false,
    int? OrganStaffCount = null);
