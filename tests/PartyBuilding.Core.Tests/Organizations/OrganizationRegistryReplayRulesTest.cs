using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;
using K = PartyBuilding.Core.Organizations.OrganizationEventKind;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// Pins every contradiction the registry's replay reports (path, code, message, attempted value, in log order) and
/// the state each accepted event leaves behind, read through <see cref="OrganizationRegistry.AsOf"/>.
/// </summary>
public sealed class OrganizationRegistryReplayRulesTest
{
    private static readonly LocalDate Start = new(2019, 1, 1);
    private static readonly LocalDate Day = new(2019, 6, 1);

    private static OrganizationSnapshot Snapshot() => new SnapshotBuilder(Start).District("D1")
        .Org("A", OrganizationKind.OrganPartyCommittee, "WC", secretary: true)
        .Org("A-B01", OrganizationKind.Branch, "A").Members("A-B01", 3).Committee("A-B01", 3)
        .Org("A-B01-G01", OrganizationKind.PartyGroup, "A-B01")
        .Org("A-B02", OrganizationKind.Branch, "A").Members("A-B02", 2, 1)
        .Build();

    private static OrganizationEvent E(OrganizationEventKind kind, string? org = null, string? parent = null, OrganizationKind? orgKind = null,
        string? name = null, string? successor = null, string? member = null, MembershipStatus? status = null, PartyRole? role = null,
        string? district = null, int? staff = null, bool? committee = null, LocalDate? date = null) =>
        EventFactory.Make(date ?? Day, kind, org is null ? null : O(org), parent is null ? null : O(parent), orgKind, name, successor is null ? null : O(successor),
            member is null ? null : M(member), status, role, district is null ? null : DistrictId.Parse(district), staff, committee);

    private static (string Path, string Code, string Message, string? Value)[] Problems(params OrganizationEvent[] events) =>
        Rows(OrganizationsEngine.Validate(Snapshot(), new OrganizationEventLog([.. events]), Snapshot().AsOf));

    private static OrganizationRegistry Registry(params OrganizationEvent[] events) =>
        OrganizationRegistry.Create(Snapshot(), new OrganizationEventLog([.. events]));

    [Fact]
    public void Check_LogContradictingItselfInEveryWay_ListsEveryProblemInLogOrderAndKeepsReplaying()
    {
        var rows = Problems(
            E(K.Renamed, "NOPE", name: "x", date: Start),
            E(K.Created, "A", "WC", OrganizationKind.OrganPartyCommittee, "again"),
            E(K.Created, "R", orgKind: OrganizationKind.Branch, name: "r"),
            E(K.Created, "N", "A-B01", OrganizationKind.Branch, "n", district: "D9"),
            E(K.Created, "U", "NOPE", OrganizationKind.Branch, "u"),
            E(K.Renamed, "NOPE", name: "x"),
            E(K.Unchanged, "NOPE"),
            E(K.Reparented, "NOPE", "A"),
            E(K.Reparented, "A-B02", "NOPE"),
            E(K.Reparented, "A", "A-B01"),
            E(K.Reparented, "A-B02", "A-B01"),
            E(K.Dissolved, "A"),
            E(K.Dissolved, "A-B02", successor: "A"),
            E(K.Dissolved, "A-B02", successor: "NOPE"),
            E(K.Dissolved, "A-B02"),
            E(K.Dissolved, "A-B02", successor: "A-B02"),
            E(K.Dissolved, "A-B01-G01"),
            E(K.Dissolved, "A-B01-G01"),
            E(K.Created, "A-B01-G01", "A-B01", OrganizationKind.PartyGroup, "again"),
            E(K.MemberJoined, "A-B02", member: "A-B01-M001", name: "m", status: MembershipStatus.Full),
            E(K.MemberJoined, "NOPE", member: "NEW-1", name: "m", status: MembershipStatus.Full),
            E(K.MemberJoined, "A", member: "NEW-1", name: "m", status: MembershipStatus.Full),
            E(K.MemberTransferred, "A-B02", member: "NOBODY"),
            E(K.MemberTransferred, "NOPE", member: "A-B01-M001"),
            E(K.MemberTransferred, "A", member: "A-B01-M001"),
            E(K.MemberTransferred, "A-B01", member: "A-B01-M001"),
            E(K.MemberConfirmed, member: "A-B01-M001"),
            E(K.MemberConfirmed, member: "NOBODY"),
            E(K.MemberLeft, member: "NOBODY"),
            E(K.RoleAssigned, "NOPE", member: "A-B01-M001", role: PartyRole.CommitteeMember),
            E(K.RoleAssigned, "A-B01", member: "NOBODY", role: PartyRole.CommitteeMember),
            E(K.RoleAssigned, "A-B01", member: "A-B01-M002", role: PartyRole.CommitteeMember),
            E(K.RoleAssigned, "A-B01", member: "A-B01-M002", role: PartyRole.Secretary),
            E(K.RoleEnded, "A-B01", member: "A-B01-M002", role: PartyRole.Secretary),
            E(K.Elected, "NOPE"),
            E(K.DistrictAssigned, "NOPE", district: "D1"),
            E(K.DistrictAssigned, "A", district: "D9"),
            E(K.StaffCountChanged, "NOPE", staff: 5));

        rows.Should().Equal(
        [
            ("log.Events[0].Date", OrganizationsErrorCodes.EventBeforeSnapshot, "Events must come after the snapshot's date 2019-01-01.", "2019-01-01"),
            ("log.Events[1].OrganizationId", OrganizationsErrorCodes.OrganizationExists, "'A' already exists or existed.", "A"),
            ("log.Events[2].ParentId", OrganizationsErrorCodes.RootNotAllowed, "A Branch needs a parent.", "R"),
            ("log.Events[3].ParentId", OrganizationsErrorCodes.NestingNotAllowed, "A Branch may not sit under a Branch.", "A-B01"),
            ("log.Events[3].DistrictId", OrganizationsErrorCodes.DistrictUnknown, "District 'D9' is not defined.", "D9"),
            ("log.Events[4].ParentId", OrganizationsErrorCodes.OrganizationUnknown, "'NOPE' is not a known organization.", "NOPE"),
            ("log.Events[5].OrganizationId", OrganizationsErrorCodes.OrganizationUnknown, "'NOPE' is not a known organization.", "NOPE"),
            ("log.Events[6].OrganizationId", OrganizationsErrorCodes.OrganizationUnknown, "'NOPE' is not a known organization.", "NOPE"),
            ("log.Events[7].OrganizationId", OrganizationsErrorCodes.OrganizationUnknown, "'NOPE' is not a known organization.", "NOPE"),
            ("log.Events[8].ParentId", OrganizationsErrorCodes.OrganizationUnknown, "'NOPE' is not a known organization.", "NOPE"),
            ("log.Events[9].ParentId", OrganizationsErrorCodes.Cycle, "'A' cannot move under itself or its own descendant 'A-B01'.", "A-B01"),
            ("log.Events[10].ParentId", OrganizationsErrorCodes.NestingNotAllowed, "A Branch may not sit under a Branch.", "A-B01"),
            ("log.Events[11].OrganizationId", OrganizationsErrorCodes.DissolvedWithChildren, "'A' still has organizations under it: A-B01, A-B02.", "A"),
            ("log.Events[12].SuccessorId", OrganizationsErrorCodes.NotABranch, "Members can only be transferred to another branch or party group, not to 'A'.", "A"),
            ("log.Events[13].SuccessorId", OrganizationsErrorCodes.OrganizationUnknown, "'NOPE' is not a known organization.", "NOPE"),
            ("log.Events[14].OrganizationId", OrganizationsErrorCodes.DissolvedWithMembers, "'A-B02' still has 3 members and no successor takes them over.", "A-B02"),
            ("log.Events[15].SuccessorId", OrganizationsErrorCodes.NotABranch, "Members can only be transferred to another branch or party group, not to 'A-B02'.", "A-B02"),
            ("log.Events[17].OrganizationId", OrganizationsErrorCodes.AlreadyDissolved, "'A-B01-G01' has already been dissolved.", "A-B01-G01"),
            ("log.Events[18].OrganizationId", OrganizationsErrorCodes.OrganizationExists, "'A-B01-G01' already exists or existed.", "A-B01-G01"),
            ("log.Events[19].MemberId", OrganizationsErrorCodes.MemberInTwoBranches, "'A-B01-M001' already belongs to 'A-B01' and cannot join 'A-B02' as well.", "A-B01-M001"),
            ("log.Events[20].OrganizationId", OrganizationsErrorCodes.OrganizationUnknown, "'NOPE' is not a known organization.", "NOPE"),
            ("log.Events[21].OrganizationId", OrganizationsErrorCodes.NotABranch, "Members belong to branches or party groups, not to a OrganPartyCommittee.", "A"),
            ("log.Events[22].MemberId", OrganizationsErrorCodes.MemberUnknown, "'NOBODY' is not a current member.", "NOBODY"),
            ("log.Events[23].OrganizationId", OrganizationsErrorCodes.OrganizationUnknown, "'NOPE' is not a known organization.", "NOPE"),
            ("log.Events[24].OrganizationId", OrganizationsErrorCodes.NotABranch, "Members belong to branches or party groups, not to a OrganPartyCommittee.", "A"),
            ("log.Events[25].OrganizationId", OrganizationsErrorCodes.TransferToSameBranch, "'A-B01-M001' already belongs to 'A-B01'.", "A-B01"),
            ("log.Events[26].MemberId", OrganizationsErrorCodes.MemberAlreadyFull, "'A-B01-M001' is already a full member.", "A-B01-M001"),
            ("log.Events[27].MemberId", OrganizationsErrorCodes.MemberUnknown, "'NOBODY' is not a current member.", "NOBODY"),
            ("log.Events[28].MemberId", OrganizationsErrorCodes.MemberUnknown, "'NOBODY' is not a current member.", "NOBODY"),
            ("log.Events[29].OrganizationId", OrganizationsErrorCodes.OrganizationUnknown, "'NOPE' is not a known organization.", "NOPE"),
            ("log.Events[30].MemberId", OrganizationsErrorCodes.MemberUnknown, "'NOBODY' is not a current member.", "NOBODY"),
            ("log.Events[31].Role", OrganizationsErrorCodes.RoleDuplicate, "'A-B01-M002' already holds CommitteeMember in 'A-B01'.", "CommitteeMember"),
            ("log.Events[32].Role", OrganizationsErrorCodes.SecretaryTaken, "'A-B01' already has secretary 'A-B01-M001'; end that role first.", "A-B01-M001"),
            ("log.Events[33].Role", OrganizationsErrorCodes.RoleNotHeld, "'A-B01-M002' does not hold Secretary in 'A-B01'.", "Secretary"),
            ("log.Events[34].OrganizationId", OrganizationsErrorCodes.OrganizationUnknown, "'NOPE' is not a known organization.", "NOPE"),
            ("log.Events[35].OrganizationId", OrganizationsErrorCodes.OrganizationUnknown, "'NOPE' is not a known organization.", "NOPE"),
            ("log.Events[36].DistrictId", OrganizationsErrorCodes.DistrictUnknown, "District 'D9' is not defined.", "D9"),
            ("log.Events[37].OrganizationId", OrganizationsErrorCodes.OrganizationUnknown, "'NOPE' is not a known organization.", "NOPE"),
        ]);
    }

    [Fact]
    public void AsOf_CreatedOrganizations_StartOnTheirDateWithTheCommitteeGivenOrNone()
    {
        var registry = Registry(
            E(K.Created, "C1", "A", OrganizationKind.Branch, "c1", district: "D1", staff: 3, committee: true),
            E(K.Created, "C2", "A", OrganizationKind.Branch, "c2"));

        registry.AsOf(Day.PlusDays(-1)).Contains(O("C1")).Should().BeFalse();
        var tree = registry.AsOf(Day);
        tree.Get(O("C1")).Should().Be(new Organization(O("C1"), OrganizationKind.Branch, "c1", O("A"), DistrictId.Parse("D1"), Day, Day, true, 3));
        tree.Get(O("C2")).Should().Be(new Organization(O("C2"), OrganizationKind.Branch, "c2", O("A"), null, Day, Day, false, null));
    }

    [Fact]
    public void AsOf_Elections_SetTheDateAndKeepTheCommitteeUnlessGiven()
    {
        var later = Day.PlusDays(10);
        var tree = Registry(
            E(K.Created, "C1", "A", OrganizationKind.Branch, "c1", committee: true),
            E(K.Created, "C2", "A", OrganizationKind.Branch, "c2"),
            E(K.Elected, "C1", date: later),
            E(K.Elected, "C2", committee: true, date: later)).AsOf(later);

        tree.Get(O("C1")).Should().Match<Organization>(o => o.HasCommittee && o.LastElectedOn == later);
        tree.Get(O("C2")).Should().Match<Organization>(o => o.HasCommittee && o.LastElectedOn == later);
    }

    [Fact]
    public void AsOf_JoiningMembers_AreFullFromTheirDateOnlyWhenJoiningAsFull()
    {
        var tree = Registry(
            E(K.MemberJoined, "A-B02", member: "NEW-1", name: "甲", status: MembershipStatus.Full),
            E(K.MemberJoined, "A-B02", member: "NEW-2", name: "乙", status: MembershipStatus.Probationary)).AsOf(Day);

        tree.FindMember(M("NEW-1")).Should().Be(new PartyMember(M("NEW-1"), "甲", O("A-B02"), MembershipStatus.Full, Day, Day));
        tree.FindMember(M("NEW-2")).Should().Be(new PartyMember(M("NEW-2"), "乙", O("A-B02"), MembershipStatus.Probationary, Day, null));
    }

    [Fact]
    public void AsOf_MemberLeaving_LosesOnlyTheirOwnRoles()
    {
        var tree = Registry(E(K.MemberLeft, member: "A-B01-M002")).AsOf(Day);

        tree.FindMember(M("A-B01-M002")).Should().BeNull();
        tree.RolesOf(O("A-B01")).Should().Equal(
            new RoleAssignment(O("A-B01"), M("A-B01-M001"), PartyRole.Secretary, Start),
            new RoleAssignment(O("A-B01"), M("A-B01-M003"), PartyRole.CommitteeMember, Start));
    }

    [Fact]
    public void AsOf_RoleEnded_RemovesExactlyThatRoleAndListsTheRestByOrganizationRoleAndMember()
    {
        var tree = Registry(
            E(K.RoleAssigned, "A-B01", member: "A-B01-M003", role: PartyRole.DeputySecretary),
            E(K.RoleEnded, "WC-B01", member: "WC-B01-M001", role: PartyRole.Secretary)).AsOf(Day);

        tree.Roles.Select(r => (r.OrganizationId.Value, r.Role, r.MemberId.Value)).Should().Equal(
            ("A", PartyRole.Secretary, "WC-B01-M002"),
            ("A-B01", PartyRole.Secretary, "A-B01-M001"),
            ("A-B01", PartyRole.DeputySecretary, "A-B01-M003"),
            ("A-B01", PartyRole.CommitteeMember, "A-B01-M002"),
            ("A-B01", PartyRole.CommitteeMember, "A-B01-M003"),
            ("WC", PartyRole.Secretary, "WC-B01-M001"));
        tree.SecretaryOf(O("WC-B01")).Should().BeNull();
    }

    [Fact]
    public void AsOf_BranchDissolvedWithASuccessor_HandsOverItsMembersAndDropsItsRoles()
    {
        var tree = Registry(
            E(K.RoleAssigned, "A-B02", member: "A-B02-M001", role: PartyRole.Secretary),
            E(K.Dissolved, "A-B02", successor: "A-B01", date: Day.PlusDays(1))).AsOf(Day.PlusDays(1));

        tree.Contains(O("A-B02")).Should().BeFalse();
        tree.MembersOf(O("A-B01")).Select(m => m.Id.Value).Should().Equal("A-B01-M001", "A-B01-M002", "A-B01-M003", "A-B02-M001", "A-B02-M002", "A-B02-M003");
        tree.RolesHeldBy(M("A-B02-M001")).Should().BeEmpty();
    }

    [Fact]
    public void AsOf_PartyGroupWithoutMembersDissolved_KeepsEveryMemberWhereTheyWere()
    {
        var tree = Registry(E(K.Dissolved, "A-B01-G01")).AsOf(Day);

        tree.Contains(O("A-B01-G01")).Should().BeFalse();
        tree.Members.Should().Equal(Snapshot().Members.OrderBy(m => m.Id));
    }

    [Fact]
    public void AsOf_DistrictStaffCountAndName_ChangeFromTheirEventsDate()
    {
        var registry = Registry(
            E(K.DistrictAssigned, "A", district: "D1"),
            E(K.StaffCountChanged, "A", staff: 12, date: Day.PlusDays(1)),
            E(K.Renamed, "A-B01", name: "新名称", date: Day.PlusDays(1)));

        registry.AsOf(Day).Get(O("A")).Should().Match<Organization>(o => o.DistrictId == DistrictId.Parse("D1") && o.OrganStaffCount == null);
        registry.AsOf(Day.PlusDays(1)).Get(O("A")).OrganStaffCount.Should().Be(12);
        registry.AsOf(Day.PlusDays(1)).Get(O("A-B01")).Name.Should().Be("新名称");
    }

    [Fact]
    public void Create_NullSnapshot_ThrowsArgumentNullNamingSnapshot() =>
        FluentActions.Invoking(() => OrganizationRegistry.Create(null!)).Should().Throw<ArgumentNullException>().WithParameterName("snapshot");

    [Fact]
    public void Validate_NullSnapshot_ThrowsArgumentNullNamingSnapshot() =>
        FluentActions.Invoking(() => OrganizationsEngine.Validate(null!, OrganizationEventLog.Empty, Day)).Should().Throw<ArgumentNullException>().WithParameterName("snapshot");

    [Fact]
    public void Create_ContradictoryLog_ThrowsNamingTheOrganizationRegistry() =>
        FluentActions.Invoking(() => Registry(E(K.Renamed, "NOPE", name: "x"))).Should().Throw<PartyBuildingValidationException>()
            .Which.Message.Should().StartWith("The organization registry is not valid: 1 problem.");
}
