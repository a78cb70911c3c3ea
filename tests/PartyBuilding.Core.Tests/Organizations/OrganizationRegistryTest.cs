using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

public sealed class OrganizationRegistryTest
{
    private static readonly LocalDate Start = new(2019, 1, 1);

    private static OrganizationSnapshot Snapshot() => new SnapshotBuilder(Start)
        .District("D1").District("D2")
        .Org("A", OrganizationKind.OrganPartyCommittee, "WC", committee: true, district: "D1", secretary: true)
        .Org("A-B01", OrganizationKind.Branch, "A").Members("A-B01", 5)
        .Org("A-B02", OrganizationKind.Branch, "A").Members("A-B02", 3, probationary: 1)
        .Org("B", OrganizationKind.GeneralBranch, "WC", committee: true, district: "D2", secretary: true)
        .Org("B-B01", OrganizationKind.Branch, "B").Members("B-B01", 3)
        .Role("A-B02", "A-B02-M001", PartyRole.Secretary)
        .Build();

    /// <summary>A mid-year reform: a rename, a dissolution with members transferred, a change of affiliation, then a transfer.</summary>
    private static OrganizationEventLog Reform() => new(
    [
        EventFactory.Make(new LocalDate(2019, 5, 31), OrganizationEventKind.Renamed, O("A"), Name: "新名称机关党委"),
        EventFactory.Make(new LocalDate(2019, 5, 31), OrganizationEventKind.Dissolved, O("A-B02"), SuccessorId: O("A-B01")),
        EventFactory.Make(new LocalDate(2019, 6, 30), OrganizationEventKind.Reparented, O("B-B01"), ParentId: O("A")),
        EventFactory.Make(new LocalDate(2019, 7, 15), OrganizationEventKind.MemberTransferred, O("B-B01"), MemberId: M("A-B01-M001")),
        EventFactory.Make(new LocalDate(2019, 8, 1), OrganizationEventKind.MemberConfirmed, MemberId: M("A-B02-M004")),
        EventFactory.Make(new LocalDate(2019, 9, 1), OrganizationEventKind.MemberLeft, MemberId: M("A-B01-M002")),
    ]);

    [Fact]
    public void AsOf_DayBeforeRename_HasTheOldName_AndTheDayOfIt_TheNew()
    {
        var registry = OrganizationRegistry.Create(Snapshot(), Reform());

        registry.AsOf(new LocalDate(2019, 5, 30)).Get(O("A")).Name.Should().Be("A 名称");
        registry.AsOf(new LocalDate(2019, 5, 31)).Get(O("A")).Name.Should().Be("新名称机关党委");
    }

    [Fact]
    public void AsOf_AfterDissolution_MembersAreInTheSuccessor_AndTheBranchIsGone()
    {
        var registry = OrganizationRegistry.Create(Snapshot(), Reform());
        var before = registry.AsOf(new LocalDate(2019, 5, 30));
        var after = registry.AsOf(new LocalDate(2019, 5, 31));

        before.MembersOf(O("A-B02")).Should().HaveCount(4);
        before.SecretaryOf(O("A-B02")).Should().Be(M("A-B02-M001"));
        after.Contains(O("A-B02")).Should().BeFalse();
        after.Find(O("A-B02")).Should().BeNull();
        after.MembersOf(O("A-B01")).Should().HaveCount(9);
        after.BranchOf(M("A-B02-M004"))!.Id.Should().Be(O("A-B01"));
        after.RolesOf(O("A-B02")).Should().BeEmpty("the roles of a dissolved organization end with it");
        after.FullMemberCount(O("A")).Should().Be(8);
    }

    [Fact]
    public void AsOf_ChangeOfAffiliation_MovesTheBranchWithItsMembersAndDistrict()
    {
        var registry = OrganizationRegistry.Create(Snapshot(), Reform());
        var before = registry.AsOf(new LocalDate(2019, 6, 29));
        var after = registry.AsOf(new LocalDate(2019, 6, 30));

        before.Path(O("B-B01")).Select(o => o.Id.Value).Should().Equal("WC", "B", "B-B01");
        after.Path(O("B-B01")).Select(o => o.Id.Value).Should().Equal("WC", "A", "B-B01");
        before.DistrictOf(O("B-B01"))!.Id.Should().Be(DistrictId.Parse("D2"));
        after.DistrictOf(O("B-B01"))!.Id.Should().Be(DistrictId.Parse("D1"));
        after.Parent(O("B-B01"))!.Id.Should().Be(O("A"));
        after.Children(O("B")).Should().BeEmpty();
        after.Children(O("A")).Select(o => o.Id.Value).Should().Equal("A-B01", "B-B01");
        after.MemberCount(O("A")).Should().Be(12);
        after.OrganizationsIn(DistrictId.Parse("D1")).Should().ContainSingle().Which.Id.Should().Be(O("A"));
        before.Branches(O("A")).Select(o => o.Id.Value).Should().Equal("A-B01");
        after.Branches(O("A")).Select(o => o.Id.Value).Should().Equal("A-B01", "B-B01");
    }

    [Fact]
    public void AsOf_MemberTransferConfirmationAndLeaving_AreDated()
    {
        var registry = OrganizationRegistry.Create(Snapshot(), Reform());

        registry.AsOf(new LocalDate(2019, 7, 14)).BranchOf(M("A-B01-M001"))!.Id.Should().Be(O("A-B01"));
        registry.AsOf(new LocalDate(2019, 7, 15)).BranchOf(M("A-B01-M001"))!.Id.Should().Be(O("B-B01"));
        registry.AsOf(new LocalDate(2019, 7, 31)).FindMember(M("A-B02-M004"))!.Status.Should().Be(MembershipStatus.Probationary);
        var confirmed = registry.AsOf(new LocalDate(2019, 8, 1)).FindMember(M("A-B02-M004"))!;
        confirmed.Status.Should().Be(MembershipStatus.Full);
        confirmed.FullSince.Should().Be(new LocalDate(2019, 8, 1));
        registry.AsOf(new LocalDate(2019, 8, 31)).FindMember(M("A-B01-M002")).Should().NotBeNull();
        registry.AsOf(new LocalDate(2019, 9, 1)).FindMember(M("A-B01-M002")).Should().BeNull();
    }

    [Fact]
    public void AsOf_BeforeTheSnapshot_Throws()
    {
        var registry = OrganizationRegistry.Create(Snapshot());

        var act = () => registry.AsOf(new LocalDate(2018, 12, 31));

        act.Should().Throw<ArgumentOutOfRangeException>();
        registry.AsOf(Start).Organizations.Should().HaveCount(7);
    }

    [Fact]
    public void Replay_IsDeterministic()
    {
        var first = OrganizationRegistry.Create(Snapshot(), Reform()).AsOf(new LocalDate(2019, 12, 31));
        var second = OrganizationRegistry.Create(Snapshot(), Reform()).AsOf(new LocalDate(2019, 12, 31));

        second.Organizations.Should().Equal(first.Organizations);
        second.Members.Should().Equal(first.Members);
        second.Roles.Should().Equal(first.Roles);
    }

    [Fact]
    public void Tree_AnswersDoNotDependOnSnapshotOrder()
    {
        var snapshot = Snapshot();
        var shuffled = snapshot with
        {
            Organizations = [.. snapshot.Organizations.Reverse()],
            Members = [.. snapshot.Members.Reverse()],
            Roles = [.. snapshot.Roles.Reverse()],
        };

        var a = OrganizationRegistry.Create(snapshot, Reform()).AsOf(new LocalDate(2019, 12, 31));
        var b = OrganizationRegistry.Create(shuffled, Reform()).AsOf(new LocalDate(2019, 12, 31));

        b.Organizations.Should().Equal(a.Organizations);
        b.Members.Should().Equal(a.Members);
        b.Roles.Should().Equal(a.Roles);
        b.MembersOf(O("A")).Should().Equal(a.MembersOf(O("A")));
    }

    [Fact]
    public void History_ListsTheEventsOfAnOrganization()
    {
        var registry = OrganizationRegistry.Create(Snapshot(), Reform());

        registry.HistoryOf(O("A-B01")).Select(e => e.Kind).Should().Equal(OrganizationEventKind.Dissolved);
        registry.HistoryOf(O("A")).Select(e => e.Kind).Should().Equal(OrganizationEventKind.Renamed, OrganizationEventKind.Reparented);
    }

    [Fact]
    public void Created_OrganizationExistsFromItsDateWithATermStarted()
    {
        var log = new OrganizationEventLog(
        [
            EventFactory.Make(new LocalDate(2019, 4, 1), OrganizationEventKind.Created, O("N"), ParentId: O("WC"), OrganizationKind: OrganizationKind.GeneralBranch, Name: "新建党总支", DistrictId: DistrictId.Parse("D2"), HasCommittee: true),
            EventFactory.Make(new LocalDate(2019, 4, 1), OrganizationEventKind.Created, O("N-B01"), ParentId: O("N"), OrganizationKind: OrganizationKind.Branch, Name: "新建党支部"),
            EventFactory.Make(new LocalDate(2019, 4, 1), OrganizationEventKind.MemberJoined, O("N-B01"), MemberId: M("N-B01-M001"), Name: "新党员", Status: MembershipStatus.Probationary),
            EventFactory.Make(new LocalDate(2019, 4, 2), OrganizationEventKind.Added, O("N"), MemberId: M("N-B01-M001"), Role: PartyRole.CommitteeMember),
            EventFactory.Make(new LocalDate(2019, 4, 3), OrganizationEventKind.Unchanged, O("A")),
            EventFactory.Make(new LocalDate(2019, 4, 4), OrganizationEventKind.StaffCountChanged, O("N"), StaffCount: 80),
            EventFactory.Make(new LocalDate(2022, 4, 1), OrganizationEventKind.Elected, O("N")),
        ]);
        var registry = OrganizationRegistry.Create(Snapshot(), log);

        registry.AsOf(new LocalDate(2019, 3, 31)).Contains(O("N")).Should().BeFalse();
        var tree = registry.AsOf(new LocalDate(2019, 4, 4));
        var created = tree.Get(O("N"));
        created.EstablishedOn.Should().Be(new LocalDate(2019, 4, 1));
        created.LastElectedOn.Should().Be(new LocalDate(2019, 4, 1));
        created.OrganStaffCount.Should().Be(80);
        tree.DistrictOf(O("N-B01"))!.Id.Value.Should().Be("D2");
        tree.RolesHeldBy(M("N-B01-M001")).Should().ContainSingle().Which.Role.Should().Be(PartyRole.CommitteeMember);
        registry.AsOf(new LocalDate(2022, 4, 1)).Get(O("N")).LastElectedOn.Should().Be(new LocalDate(2022, 4, 1));
    }

    [Fact]
    public void Validate_ValidInput_ReportsNothing() =>
        OrganizationsEngine.Validate(Snapshot(), Reform(), Snapshot().AsOf).Should().Be(ValidationReport.Valid);
}
