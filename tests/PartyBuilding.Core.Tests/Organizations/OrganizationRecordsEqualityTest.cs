using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// Pins the value equality of the Organizations records that hold immutable arrays (<see cref="ResponsibilityDistrict"/>,
/// <see cref="NestingRules"/>, <see cref="OrganizationEventLog"/>, <see cref="OrganizationSnapshot"/>): equal copies in
/// other arrays are equal, and a difference in any single member makes two values unequal. Also the snapshot's defaults.
/// </summary>
public sealed class OrganizationRecordsEqualityTest
{
    private static readonly LocalDate Day = new(2024, 6, 30);

    private static ResponsibilityDistrict District() =>
        new(DistrictId.Parse("D1"), "第一责任区", O("WC"), M("WC-B01-M001"), [M("WC-B01-M002")]);

    [Fact]
    public void ResponsibilityDistrict_SameContentInAnotherArray_IsEqual()
    {
        var district = District();

        district.Equals(district with { SupervisionGroup = [M("WC-B01-M002")] }).Should().BeTrue();
    }

    [Theory]
    [InlineData("Id")]
    [InlineData("Name")]
    [InlineData("CommitteeId")]
    [InlineData("LeaderId")]
    [InlineData("SupervisionGroup")]
    public void Article002_ResponsibilityDistrict_DifferingInOneMember_IsNotEqual(string member)
    {
        var district = District();
        var other = member switch
        {
            "Id" => district with { Id = DistrictId.Parse("D2") },
            "Name" => district with { Name = "第二责任区" },
            "CommitteeId" => district with { CommitteeId = O("WC2") },
            "LeaderId" => district with { LeaderId = M("WC-B01-M003") },
            _ => district with { SupervisionGroup = [M("WC-B01-M003")] },
        };

        district.Equals(other).Should().BeFalse();
    }

    [Fact]
    public void NestingRules_SameContentInOtherArrays_IsEqual()
    {
        var rules = NestingRules.Default;

        rules.Equals(new NestingRules([.. rules.RootKinds], [.. rules.Allowed])).Should().BeTrue();
    }

    [Fact]
    public void NestingRules_DifferingOnlyInTheRootKinds_IsNotEqual()
    {
        var rules = NestingRules.Default;

        rules.Equals(rules with { RootKinds = [OrganizationKind.WorkingCommittee, OrganizationKind.PartyCommittee] }).Should().BeFalse();
    }

    [Fact]
    public void NestingRules_DifferingOnlyInTheAllowedPairs_IsNotEqual()
    {
        var rules = NestingRules.Default;

        rules.Equals(rules with { Allowed = rules.Allowed.RemoveAt(0) }).Should().BeFalse();
    }

    [Fact]
    public void OrganizationEventLog_EqualityFollowsTheEvents()
    {
        var renamed = new OrganizationRenamed(Day, O("WC-B01"), "新名称");
        var log = new OrganizationEventLog([renamed]);

        log.Equals(new OrganizationEventLog([renamed])).Should().BeTrue();
        log.Equals(OrganizationEventLog.Empty).Should().BeFalse();
        log.Equals(new OrganizationEventLog([renamed with { Name = "另一名称" }])).Should().BeFalse();
    }

    [Fact]
    public void OrganizationSnapshot_OmittedOrganizations_ReadAsEmpty()
    {
        var snapshot = new OrganizationSnapshot(Day, default);

        snapshot.Organizations.IsDefault.Should().BeFalse();
        snapshot.Organizations.Length.Should().Be(0);
        snapshot.Nesting.Should().BeSameAs(NestingRules.Default);
    }

    [Fact]
    public void OrganizationSnapshot_GivenNestingRules_AreKept()
    {
        var nesting = new NestingRules([OrganizationKind.PartyCommittee], [new KindNesting(OrganizationKind.PartyCommittee, OrganizationKind.Branch)]);

        new OrganizationSnapshot(Day, [], nesting: nesting).Nesting.Should().BeSameAs(nesting);
    }

    [Fact]
    public void OrganizationSnapshot_SameContentInOtherArrays_IsEqual()
    {
        var snapshot = new SnapshotBuilder(Day).District("D1").Build();
        var copy = new OrganizationSnapshot(Day, [.. snapshot.Organizations], [.. snapshot.Members], [.. snapshot.Roles], [.. snapshot.Districts],
            new NestingRules([.. snapshot.Nesting.RootKinds], [.. snapshot.Nesting.Allowed]));

        snapshot.Equals(copy).Should().BeTrue();
    }

    [Theory]
    [InlineData("AsOf")]
    [InlineData("Organizations")]
    [InlineData("Members")]
    [InlineData("Roles")]
    [InlineData("Districts")]
    [InlineData("Nesting")]
    public void OrganizationSnapshot_DifferingInOneMember_IsNotEqual(string member)
    {
        var snapshot = new SnapshotBuilder(Day).District("D1").Build();
        var other = member switch
        {
            "AsOf" => snapshot with { AsOf = Day.PlusDays(-1) },
            "Organizations" => snapshot with { Organizations = snapshot.Organizations.RemoveAt(1) },
            "Members" => snapshot with { Members = snapshot.Members.RemoveAt(2) },
            "Roles" => snapshot with { Roles = snapshot.Roles.RemoveAt(1) },
            "Districts" => snapshot with { Districts = [] },
            _ => snapshot with { Nesting = snapshot.Nesting with { RootKinds = [] } },
        };

        snapshot.Equals(other).Should().BeFalse();
    }
}
