using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// An organization under review with the eligibility facts of its review: its responsibility district and its electorate
/// (the members who may rate it in round one).
/// </summary>
/// <remarks>
/// These facts are taken as input, as of the review, so that the area does not depend on how organizations are stored.
/// Immutable and thread-safe; value-equal.
/// </remarks>
public sealed record ReviewedOrganization
{
    /// <summary>Initializes an organization under review.</summary>
    /// <param name="id">The organization.</param>
    /// <param name="electorate">Its members, who may rate it in round one.</param>
    /// <param name="district">Its responsibility district, whose supervision group collects its round-one ballots; <see langword="null"/> where there are no districts (the branch variant).</param>
    public ReviewedOrganization(OrganizationId id, ValueArray<MemberId> electorate, DistrictId? district = null)
    {
        Id = id;
        Electorate = electorate;
        District = district;
    }

    /// <summary>Gets the organization.</summary>
    public OrganizationId Id { get; }

    /// <summary>Gets its members, who may rate it in round one.</summary>
    public ValueArray<MemberId> Electorate { get; }

    /// <summary>Gets its responsibility district, or <see langword="null"/>.</summary>
    public DistrictId? District { get; }

}
