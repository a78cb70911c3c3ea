using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// The roles of each date's tree, through a log that assigns, ends and removes roles on several dates: each date keeps its
/// own roles (the dates' states share what did not change rather than copying every role, issue 25); ending a role, a
/// member leaving and an organization dissolving remove exactly their roles.
/// </summary>
public sealed class RoleReplayTest
{
    private static readonly LocalDate Start = new(2024, 1, 1);

    [Fact]
    public void Roles_OnEachDateOfALog_AreThatDatesRoles()
    {
        var snapshot = new SnapshotBuilder(Start)
            .Org("WC-B02", OrganizationKind.Branch, "WC", committee: true)
            .Members("WC-B02", 4)
            .Role("WC-B02", "WC-B02-M001", PartyRole.Secretary)
            .Build();
        var log = new OrganizationEventLog([
            new RoleAssigned(Start.PlusDays(1), O("WC-B02"), M("WC-B02-M002"), PartyRole.DeputySecretary),
            new RoleAssigned(Start.PlusDays(1), O("WC-B01"), M("WC-B01-M002"), PartyRole.OrganizationCommitteeMember),
            new RoleEnded(Start.PlusDays(2), O("WC-B02"), M("WC-B02-M001"), PartyRole.Secretary),
            new RoleAssigned(Start.PlusDays(2), O("WC-B02"), M("WC-B02-M003"), PartyRole.Secretary),
            new MemberLeft(Start.PlusDays(3), M("WC-B02-M002")),
            new RoleAssigned(Start.PlusDays(4), O("WC-B02"), M("WC-B02-M004"), PartyRole.DeputySecretary),
        ]);
        var registry = OrganizationRegistry.Create(snapshot, log);

        Roles(registry, 0).Should().Equal("WC/WC-B01-M001/Secretary", "WC-B01/WC-B01-M001/Secretary", "WC-B02/WC-B02-M001/Secretary");
        Roles(registry, 1).Should().Equal(
            "WC/WC-B01-M001/Secretary", "WC-B01/WC-B01-M001/Secretary", "WC-B01/WC-B01-M002/OrganizationCommitteeMember",
            "WC-B02/WC-B02-M001/Secretary", "WC-B02/WC-B02-M002/DeputySecretary");
        Roles(registry, 2).Should().Equal(
            "WC/WC-B01-M001/Secretary", "WC-B01/WC-B01-M001/Secretary", "WC-B01/WC-B01-M002/OrganizationCommitteeMember",
            "WC-B02/WC-B02-M003/Secretary", "WC-B02/WC-B02-M002/DeputySecretary");
        Roles(registry, 3).Should().Equal(
            "WC/WC-B01-M001/Secretary", "WC-B01/WC-B01-M001/Secretary", "WC-B01/WC-B01-M002/OrganizationCommitteeMember",
            "WC-B02/WC-B02-M003/Secretary");
        Roles(registry, 4).Should().Equal(
            "WC/WC-B01-M001/Secretary", "WC-B01/WC-B01-M001/Secretary", "WC-B01/WC-B01-M002/OrganizationCommitteeMember",
            "WC-B02/WC-B02-M003/Secretary", "WC-B02/WC-B02-M004/DeputySecretary");
        registry.AsOf(Start.PlusDays(2)).SecretaryOf(O("WC-B02")).Should().Be(M("WC-B02-M003"));
    }

    [Fact]
    public void Roles_OfADissolvedOrganization_AreRemoved_AndASecondSecretaryIsStillRefused()
    {
        var snapshot = new SnapshotBuilder(Start)
            .Org("WC-B02", OrganizationKind.Branch, "WC", committee: true)
            .Role("WC-B02", "WC-B01-M003", PartyRole.Secretary)
            .Build();
        var dissolved = OrganizationRegistry.Create(snapshot, new OrganizationEventLog([new OrganizationDissolved(Start.PlusDays(1), O("WC-B02"))]));

        Roles(dissolved, 1).Should().Equal("WC/WC-B01-M001/Secretary", "WC-B01/WC-B01-M001/Secretary");

        var second = () => OrganizationRegistry.Create(snapshot, new OrganizationEventLog([new RoleAssigned(Start.PlusDays(1), O("WC-B02"), M("WC-B01-M002"), PartyRole.Secretary)]));

        second.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle(p => p.Path == "log.Events[0].Role");
    }

    private static IEnumerable<string> Roles(OrganizationRegistry registry, int day) =>
        registry.AsOf(Start.PlusDays(day)).Roles.Select(r => $"{r.OrganizationId}/{r.MemberId}/{r.Role}");
}
