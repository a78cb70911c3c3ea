using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

public sealed class OrganizationSnapshotValidatorTest
{
    private static readonly LocalDate Day = new(2020, 1, 1);
    private static OrganizationSnapshotValidator Validator => new();

    private static OrganizationSnapshot Valid() => new SnapshotBuilder(Day).District("D1")
        .Org("A", OrganizationKind.OrganPartyCommittee, "WC", district: "D1")
        .Org("A-B01", OrganizationKind.Branch, "A").Members("A-B01", 3).Build();

    [Fact]
    public void Check_ValidSnapshot_HasNoProblems() => Validator.Check(Valid()).Problems.Should().BeEmpty();

    [Fact]
    public void Check_BrokenSnapshot_ListsEveryProblemWithItsCode()
    {
        var valid = Valid();
        var snapshot = valid with
        {
            Organizations =
            [
                .. valid.Organizations,
                new Organization(O("X"), OrganizationKind.Branch, " ", O("MISSING")),
                new Organization(O("Y"), OrganizationKind.Branch, "y"),
                new Organization(O("Z"), OrganizationKind.WorkingCommittee, "z", O("A-B01")),
                new Organization(O("P"), OrganizationKind.GeneralBranch, "p", O("Q")),
                new Organization(O("Q"), OrganizationKind.GeneralBranch, "q", O("P")),
                new Organization(O("A"), OrganizationKind.Branch, "dup", O("WC"), DistrictId: DistrictId.Parse("D9")),
            ],
            Members =
            [
                .. valid.Members,
                new PartyMember(M("M1"), "m", O("A"), MembershipStatus.Full, Day),
                new PartyMember(M("M2"), "m", O("A-B01"), MembershipStatus.Probationary, Day.PlusDays(1), Day.PlusDays(2)),
            ],
            Roles =
            [
                .. valid.Roles,
                new RoleAssignment(O("WC"), M("WC-B01-M002"), PartyRole.Secretary, Day),
                new RoleAssignment(O("A"), M("NOBODY"), PartyRole.Secretary, Day),
            ],
        };

        var codes = Validator.Check(snapshot).Problems.Select(p => p.ErrorCode).ToList();

        codes.Should().Contain(
        [
            CommonErrorCodes.DuplicateIdentifier,
            OrganizationsErrorCodes.NameRequired,
            OrganizationsErrorCodes.OrganizationUnknown,
            OrganizationsErrorCodes.RootNotAllowed,
            OrganizationsErrorCodes.NestingNotAllowed,
            OrganizationsErrorCodes.Cycle,
            OrganizationsErrorCodes.DistrictUnknown,
            OrganizationsErrorCodes.NotABranch,
            OrganizationsErrorCodes.MemberStatusDates,
            OrganizationsErrorCodes.DateAfterSnapshot,
            OrganizationsErrorCodes.SecretaryTaken,
            OrganizationsErrorCodes.MemberUnknown,
        ]);
        codes.Count(c => c == OrganizationsErrorCodes.Cycle).Should().Be(2);
    }

    [Fact]
    public void Registry_InvalidSnapshot_ThrowsWithSnapshotPaths()
    {
        var snapshot = Valid() with { Members = [.. Valid().Members, new PartyMember(M("M1"), "m", O("NOPE"), MembershipStatus.Full, Day, Day)] };

        var act = () => OrganizationRegistry.Create(snapshot);

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Path.Should().Be("snapshot.Members[6].BranchId");
    }

    [Fact]
    public void Labels_CoverEveryValue()
    {
        OrganizationsLabels.OrganizationKinds[OrganizationKind.GeneralBranch].ZhCn.Should().Be("党总支");
        OrganizationsLabels.EventKinds[OrganizationEventKind.Reparented].ZhCn.Should().Be("变更隶属关系");
        OrganizationsLabels.PartyRoles.All.Should().HaveCount(Enum.GetValues<PartyRole>().Length);
        OrganizationsLabels.MembershipStatuses.All.Should().HaveCount(2);
        OrganizationsLabels.ComplianceSeverities.All.Should().HaveCount(3);
    }
}
