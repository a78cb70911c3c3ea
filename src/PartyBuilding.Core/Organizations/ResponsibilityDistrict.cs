using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// A responsibility district (责任区) of a working committee: a group of its organizations led by one committee member,
/// with a supervision group (督导组). Article 002: 97 organizations in 5 districts, managed as a grid (网格化管理).
/// </summary>
/// <remarks>Cites <c>Sources.Article002.At("三是实施跟进管理")</c>. Immutable and thread-safe.</remarks>
public sealed record ResponsibilityDistrict
{
    /// <summary>Initializes a district.</summary>
    /// <param name="id">The identifier, e.g. <c>D1</c>.</param>
    /// <param name="name">The name, e.g. <c>第一责任区</c>.</param>
    /// <param name="committeeId">The working committee the district belongs to.</param>
    /// <param name="leaderId">The committee member who leads the district.</param>
    /// <param name="supervisionGroup">The members of its supervision group; empty for none.</param>
    public ResponsibilityDistrict(DistrictId id, string name, OrganizationId committeeId, MemberId leaderId, ValueArray<MemberId> supervisionGroup = default)
    {
        Id = id;
        Name = name;
        CommitteeId = committeeId;
        LeaderId = leaderId;
        SupervisionGroup = supervisionGroup;
    }

    /// <summary>Gets the identifier.</summary>
    public DistrictId Id { get; init; }

    /// <summary>Gets the name.</summary>
    public string Name { get; init; }

    /// <summary>Gets the working committee the district belongs to.</summary>
    public OrganizationId CommitteeId { get; init; }

    /// <summary>Gets the committee member who leads the district.</summary>
    public MemberId LeaderId { get; init; }

    /// <summary>Gets the members of the supervision group (督导组).</summary>
    public ValueArray<MemberId> SupervisionGroup { get; init; }
}
