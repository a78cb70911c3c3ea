using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// An organization under review with the eligibility facts of its review: its responsibility district and its electorate
/// (the members who may rate it in round one) — or, when <see cref="Person"/> is given, the organization whose secretary is
/// under review (述职评议): the secretary reports on the organization's party-building work and is rated instead of it.
/// </summary>
/// <remarks>
/// <para>These facts are taken as input, as of the review, so that the area does not depend on how organizations are stored.
/// Immutable and thread-safe; value-equal.</para>
/// <para>With a <see cref="Person"/>, ballots still name the organization as their <see cref="Ballot.Subject"/>; the
/// result (<see cref="OrganizationReviewResult.Person"/>) and its explanation name the person, and the person never rates
/// themselves: a ballot of theirs is refused (<see cref="DoubleReviewErrorCodes.SelfRating"/>) and they are not counted
/// among the eligible raters.</para>
/// </remarks>
public sealed record ReviewedOrganization
{
    /// <summary>Initializes an organization under review.</summary>
    /// <param name="id">The organization.</param>
    /// <param name="electorate">Its members, who may rate it in round one.</param>
    /// <param name="district">Its responsibility district, whose supervision group collects its round-one ballots; <see langword="null"/> where there are no districts (the branch variant).</param>
    /// <param name="person">Its secretary, when the secretary is under review rather than the organization (述职评议); <see langword="null"/> for the organization's own review.</param>
    public ReviewedOrganization(OrganizationId id, ValueArray<MemberId> electorate, DistrictId? district = null, ReviewedPerson? person = null)
    {
        Id = id;
        Electorate = electorate;
        District = district;
        Person = person;
    }

    /// <summary>Gets the organization.</summary>
    public OrganizationId Id { get; }

    /// <summary>Gets its members, who may rate it in round one.</summary>
    public ValueArray<MemberId> Electorate { get; }

    /// <summary>Gets its responsibility district, or <see langword="null"/>.</summary>
    public DistrictId? District { get; }

    /// <summary>Gets the secretary under review in the organization's stead, or <see langword="null"/> when the organization is under review.</summary>
    public ReviewedPerson? Person { get; }

}
