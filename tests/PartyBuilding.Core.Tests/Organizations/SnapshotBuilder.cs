using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>Builds small snapshots for tests: a working committee <c>WC</c> with whatever organizations a test adds.</summary>
internal sealed class SnapshotBuilder
{
    private readonly LocalDate _asOf;
    private readonly List<Organization> _organizations = [];
    private readonly List<PartyMember> _members = [];
    private readonly List<RoleAssignment> _roles = [];
    private readonly List<ResponsibilityDistrict> _districts = [];

    public SnapshotBuilder(LocalDate asOf)
    {
        _asOf = asOf;
        _organizations.Add(new Organization(O("WC"), OrganizationKind.WorkingCommittee, "工委"));
        _organizations.Add(new Organization(O("WC-B01"), OrganizationKind.Branch, "工委机关党支部", O("WC")));
        for (var i = 1; i <= 3; i++)
        {
            _members.Add(Member($"WC-B01-M{i:000}", "WC-B01", MembershipStatus.Full));
        }

        _roles.Add(new RoleAssignment(O("WC"), M("WC-B01-M001"), PartyRole.Secretary, asOf));
        _roles.Add(new RoleAssignment(O("WC-B01"), M("WC-B01-M001"), PartyRole.Secretary, asOf));
    }

    public static OrganizationId O(string id) => OrganizationId.Parse(id);

    public static MemberId M(string id) => MemberId.Parse(id);

    public SnapshotBuilder Org(string id, OrganizationKind kind, string parent, bool committee = false, LocalDate? elected = null, int? staff = null, string? district = null, bool secretary = false)
    {
        _organizations.Add(new Organization(O(id), kind, id + " 名称", O(parent), district is null ? null : DistrictId.Parse(district), null, elected, committee, staff));
        if (secretary)
        {
            _roles.Add(new RoleAssignment(O(id), M("WC-B01-M002"), PartyRole.Secretary, _asOf));
        }

        return this;
    }

    public SnapshotBuilder Members(string branch, int full, int probationary = 0)
    {
        var start = _members.Count(m => m.Id.Value.StartsWith(branch + "-M", StringComparison.Ordinal));
        for (var i = 1; i <= full + probationary; i++)
        {
            _members.Add(Member($"{branch}-M{start + i:000}", branch, i <= full ? MembershipStatus.Full : MembershipStatus.Probationary));
        }

        return this;
    }

    public SnapshotBuilder Role(string org, string member, PartyRole role)
    {
        _roles.Add(new RoleAssignment(O(org), M(member), role, _asOf));
        return this;
    }

    /// <summary>Gives a branch a committee of <paramref name="size"/> of its own members (secretary first, then committee members).</summary>
    public SnapshotBuilder Committee(string branch, int size)
    {
        for (var i = 1; i <= size; i++)
        {
            Role(branch, $"{branch}-M{i:000}", i == 1 ? PartyRole.Secretary : PartyRole.CommitteeMember);
        }

        return this;
    }

    public SnapshotBuilder District(string id)
    {
        _districts.Add(new ResponsibilityDistrict(DistrictId.Parse(id), id + " 责任区", O("WC"), M("WC-B01-M001"), [M("WC-B01-M002")]));
        return this;
    }

    public OrganizationSnapshot Build() => new(_asOf, [.. _organizations], [.. _members], [.. _roles], [.. _districts]);

    public OrganizationTree Tree() => OrganizationRegistry.Create(Build()).AsOf(_asOf);

    public OrganizationTree TreeAsOf(LocalDate date) => OrganizationRegistry.Create(Build()).AsOf(date);

    private static PartyMember Member(string id, string branch, MembershipStatus status) =>
        new(M(id), "党员" + id, O(branch), status, new LocalDate(2000, 7, 1), status == MembershipStatus.Full ? new LocalDate(2001, 7, 1) : null);
}
