using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// Pins queries of <see cref="OrganizationTree"/> and <see cref="OrganizationKinds"/>: full members counted over every
/// organization below (party groups included), an unknown organization refused by <see cref="OrganizationTree.Children"/>,
/// a district inherited from the root, and which kinds are grassroots committees.
/// </summary>
public sealed class OrganizationTreeQueriesTest
{
    private static readonly LocalDate Day = new(2024, 6, 30);

    private static SnapshotBuilder GeneralBranch() =>
        new SnapshotBuilder(Day).Org("G1", OrganizationKind.GeneralBranch, "WC", committee: true, secretary: true)
            .Org("G1-B01", OrganizationKind.Branch, "G1").Members("G1-B01", 4, 2)
            .Org("G1-B01-G01", OrganizationKind.PartyGroup, "G1-B01").Members("G1-B01-G01", 2, 1)
            .Org("G1-B02", OrganizationKind.Branch, "G1").Members("G1-B02", 3);

    [Fact]
    public void OrganizationTree_FullMemberCount_AddsTheFullMembersOfEveryOrganizationBelow()
    {
        var tree = GeneralBranch().Tree();

        (tree.FullMemberCount(O("G1")), tree.FullMemberCount(O("G1-B01")), tree.FullMemberCount(O("G1-B01-G01")), tree.FullMemberCount(O("G1-B02")))
            .Should().Be((9, 6, 2, 3));
        tree.MemberCount(O("G1")).Should().Be(12);
    }

    [Fact]
    public void BranchWorkRegulation2018_Chapter6_FullMembersOfThePartyGroups_CountTowardsTheSevenCallingForACommittee()
    {
        var tree = new SnapshotBuilder(Day).Org("D1-B01", OrganizationKind.Branch, "WC").Members("D1-B01", 5, 1)
            .Org("D1-B01-G01", OrganizationKind.PartyGroup, "D1-B01").Members("D1-B01-G01", 2).Tree();

        var finding = ComplianceChecker.Check(tree, [new BranchCommitteeRequiredRule()]).For(O("D1-B01")).Should().ContainSingle().Subject;

        (finding.Measured, finding.Threshold).Should().Be((7m, 7m));
    }

    [Fact]
    public void OrganizationTree_ChildrenOfAnUnknownOrganization_ThrowsNamingItAndTheDate()
    {
        var tree = GeneralBranch().Tree();

        var act = () => tree.Children(O("NOPE"));

        act.Should().Throw<KeyNotFoundException>().WithMessage("Organization 'NOPE' does not exist on 2024-06-30.");
        tree.Children(O("G1")).Select(o => o.Id.Value).Should().Equal("G1-B01", "G1-B02");
        tree.Children(O("G1-B02")).Should().BeEmpty();
    }

    [Fact]
    public void Article002_DistrictOnTheRoot_IsInheritedByEveryOrganizationBelow()
    {
        var snapshot = GeneralBranch().District("D1").Build();
        var district = DistrictId.Parse("D1");
        snapshot = snapshot with { Organizations = [.. snapshot.Organizations.Select(o => o.Id == O("WC") ? o with { DistrictId = district } : o)] };
        var tree = OrganizationRegistry.Create(snapshot).AsOf(Day);

        tree.DistrictOf(O("WC"))!.Id.Should().Be(district);
        tree.DistrictOf(O("G1-B01-G01"))!.Id.Should().Be(district);
        tree.OrganizationsIn(district).Select(o => o.Id.Value).Should().Equal("WC");
    }

    [Fact]
    public void OrganizationKinds_IsCommittee_HoldsForPartyCommitteesAndOrganPartyCommitteesOnly() =>
        Enum.GetValues<OrganizationKind>().Where(k => k.IsCommittee()).Should()
            .Equal(OrganizationKind.PartyCommittee, OrganizationKind.OrganPartyCommittee);
}
