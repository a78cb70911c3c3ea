using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// The replay's indexes of each organization's children and each branch's members (issue 25, bounded time: a dissolution
/// looked through every organization and every member): after every event of random logs, accepted or refused, each index
/// holds exactly what a scan of the state finds; a dissolution still refuses an organization with children (naming them in
/// identifier order) or with members and no successor, and moves the members to the successor; a tree as of any date is
/// the last checkpoint's on or before it.
/// </summary>
public sealed class RegistryIndexTest
{
    private static readonly LocalDate Start = new(2024, 1, 1);

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Indexes_AfterEveryEventOfARandomLog_HoldWhatAScanFinds(int seed)
    {
        var random = new Random(seed);
        var snapshot = new SnapshotBuilder(Start)
            .Org("WC-P1", OrganizationKind.OrganPartyCommittee, "WC")
            .Org("WC-G1", OrganizationKind.GeneralBranch, "WC-P1")
            .Org("WC-B02", OrganizationKind.Branch, "WC-G1")
            .Org("WC-B03", OrganizationKind.Branch, "WC-P1")
            .Members("WC-B02", 3)
            .Members("WC-B03", 2)
            .Build();
        var state = RegistryState.From(snapshot);
        var districts = new HashSet<DistrictId>();
        var problems = new List<ValidationProblem>();
        var (accepted, refused) = (0, 0);
        for (var i = 0; i < 200; i++)
        {
            var e = RandomEvent(random, state, Start.PlusDays(1 + i), i);
            var before = problems.Count;
            state = state.Apply(e, $"log.Events[{i}]", snapshot.Nesting, districts, problems);
            (accepted, refused) = problems.Count == before ? (accepted + 1, refused) : (accepted, refused + 1);
            AssertIndexesMatch(state);
        }

        accepted.Should().BeGreaterThan(20, "the random log must change the registry, not only be refused");
        refused.Should().BeGreaterThan(0, "the random log must try changes the registry refuses");
    }

    [Fact]
    public void Dissolution_OfAnOrganizationWithChildren_IsRefused_NamingThemInIdentifierOrder()
    {
        var snapshot = new SnapshotBuilder(Start)
            .Org("WC-G1", OrganizationKind.GeneralBranch, "WC")
            .Org("WC-B09", OrganizationKind.Branch, "WC-G1")
            .Org("WC-B02", OrganizationKind.Branch, "WC-G1")
            .Build();
        var log = new OrganizationEventLog([
            new OrganizationCreated(Start.PlusDays(1), O("WC-B05"), OrganizationKind.Branch, "第五支部", O("WC-G1")),
            new OrganizationDissolved(Start.PlusDays(2), O("WC-G1")),
        ]);

        var problem = OrganizationRegistry.Build(snapshot, log).Report.Problems.Should().ContainSingle().Which;

        problem.ErrorCode.Should().Be(OrganizationsErrorCodes.DissolvedWithChildren);
        problem.Path.Should().Be("log.Events[1].OrganizationId");
        problem.Message.Should().Contain("WC-B02, WC-B05, WC-B09");
    }

    [Fact]
    public void Dissolution_OfAnOrganizationWhoseChildrenMovedAway_IsAccepted()
    {
        var snapshot = new SnapshotBuilder(Start)
            .Org("WC-G1", OrganizationKind.GeneralBranch, "WC")
            .Org("WC-G2", OrganizationKind.GeneralBranch, "WC")
            .Org("WC-B02", OrganizationKind.Branch, "WC-G1")
            .Build();
        var log = new OrganizationEventLog([
            new OrganizationReparented(Start.PlusDays(1), O("WC-B02"), O("WC-G2")),
            new OrganizationDissolved(Start.PlusDays(2), O("WC-G1")),
        ]);

        OrganizationRegistry.Build(snapshot, log).Report.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Dissolution_WithMembersAndNoSuccessor_IsRefused_AndWithASuccessor_MovesThem()
    {
        var snapshot = new SnapshotBuilder(Start)
            .Org("WC-B02", OrganizationKind.Branch, "WC")
            .Org("WC-B03", OrganizationKind.Branch, "WC")
            .Members("WC-B02", 2)
            .Members("WC-B03", 1)
            .Build();

        var refused = OrganizationRegistry.Build(snapshot, new OrganizationEventLog([new OrganizationDissolved(Start.PlusDays(1), O("WC-B02"))])).Report;
        refused.Problems.Should().ContainSingle().Which.ErrorCode.Should().Be(OrganizationsErrorCodes.DissolvedWithMembers);

        var registry = OrganizationRegistry.Create(snapshot, new OrganizationEventLog([
            new MemberJoined(Start.PlusDays(1), O("WC-B02"), M("WC-B02-M009"), "新党员", MembershipStatus.Probationary),
            new OrganizationDissolved(Start.PlusDays(2), O("WC-B02"), O("WC-B03")),
        ]));
        var tree = registry.AsOf(Start.PlusDays(2));
        tree.Members.Where(m => m.BranchId == O("WC-B03")).Select(m => m.Id.Value)
            .Should().Equal("WC-B02-M001", "WC-B02-M002", "WC-B02-M009", "WC-B03-M001");
        tree.Members.Should().NotContain(m => m.BranchId == O("WC-B02"));
    }

    [Fact]
    public void AsOf_AnyDate_IsTheLastCheckpointOnOrBeforeIt()
    {
        var snapshot = new SnapshotBuilder(Start).Build();
        var days = new[] { 2, 5, 6, 9 };
        var log = new OrganizationEventLog([.. days.Select(d => new OrganizationRenamed(Start.PlusDays(d), O("WC-B01"), $"第{d}日名称"))]);
        var registry = OrganizationRegistry.Create(snapshot, log);

        for (var day = 0; day <= 12; day++)
        {
            var last = days.LastOrDefault(d => d <= day);
            var expected = last == 0 ? "工委机关党支部" : $"第{last}日名称";
            registry.AsOf(Start.PlusDays(day)).Find(O("WC-B01"))!.Name.Should().Be(expected, "day {0}", day);
        }
    }

    private static void AssertIndexesMatch(RegistryState state)
    {
        foreach (var org in state.Organizations.Values)
        {
            state.ChildrenOf(org.Id).Should().Equal(state.Organizations.Values.Where(o => o.ParentId == org.Id).Select(o => o.Id));
            state.MembersOf(org.Id).Should().Equal(state.Members.Values.Where(m => m.BranchId == org.Id).Select(m => m.Id));
        }

        foreach (var gone in state.Dissolved)
        {
            state.ChildrenOf(gone).Should().BeEmpty();
            state.MembersOf(gone).Should().BeEmpty();
        }
    }

    private static OrganizationEvent RandomEvent(Random random, RegistryState state, LocalDate date, int i)
    {
        // Draw from what exists and what existed (a dissolved or unknown identifier is a refused event), so that the log mixes
        // accepted and refused changes of every kind that moves an organization or a member.
        var organizations = state.Organizations.Keys.Concat(state.Dissolved).Append(O("WC-X99")).ToArray();
        var members = state.Members.Keys.Append(M("WC-X99-M001")).ToArray();
        OrganizationId AnyOrganization() => organizations[random.Next(organizations.Length)];
        MemberId AnyMember() => members[random.Next(members.Length)];
        var kinds = new[] { OrganizationKind.Branch, OrganizationKind.GeneralBranch, OrganizationKind.PartyGroup };
        return random.Next(6) switch
        {
            0 => new OrganizationCreated(date, O($"WC-N{i:000}"), kinds[random.Next(kinds.Length)], $"新组织{i}", AnyOrganization()),
            1 => new OrganizationReparented(date, AnyOrganization(), AnyOrganization()),
            2 => new OrganizationDissolved(date, AnyOrganization(), random.Next(2) == 0 ? null : AnyOrganization()),
            3 => new MemberJoined(date, AnyOrganization(), M($"WC-N-M{i:000}"), $"党员{i}", MembershipStatus.Probationary),
            4 => new MemberTransferred(date, AnyOrganization(), AnyMember()),
            _ => new MemberLeft(date, AnyMember()),
        };
    }
}
