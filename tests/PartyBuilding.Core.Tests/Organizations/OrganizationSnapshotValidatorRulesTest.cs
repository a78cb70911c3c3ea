using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Assessment.AssessmentFixtures;
using static PartyBuilding.Core.Tests.PublishedRows;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// Pins every rule of <see cref="OrganizationSnapshotValidator"/>: path, code, message and attempted value in the
/// order they are reported, with the boundaries (a date on the snapshot's date, full on the day of joining) accepted.
/// </summary>
public sealed class OrganizationSnapshotValidatorRulesTest
{
    private static readonly LocalDate Day = new(2020, 1, 1);

    private static (string Path, string Code, string Message, string? Value)[] Problems(OrganizationSnapshot snapshot) =>
        Rows(new OrganizationSnapshotValidator().Check(snapshot));

    private static OrganizationSnapshot Valid() => new SnapshotBuilder(Day).District("D1")
        .Org("A", OrganizationKind.OrganPartyCommittee, "WC", district: "D1")
        .Org("A-B01", OrganizationKind.Branch, "A").Members("A-B01", 3).Build();

    [Fact]
    public void Validate_SnapshotBreakingEveryRule_ListsEveryProblemWithPathCodeMessageAndValue()
    {
        var valid = Valid();
        var snapshot = valid with
        {
            Organizations =
            [
                .. valid.Organizations,
                new Organization(O("A"), OrganizationKind.Branch, "dup", O("WC")),
                new Organization(O("E"), (OrganizationKind)99, " ", null, DistrictId.Parse("D9"), Day.PlusDays(1), Day.PlusDays(2), false, -1),
                new Organization(O("F"), OrganizationKind.Branch, "f", O("MISSING"), EstablishedOn: Day, LastElectedOn: Day, OrganStaffCount: 0),
                new Organization(O("P"), OrganizationKind.GeneralBranch, "p", O("Q")),
                new Organization(O("Q"), OrganizationKind.GeneralBranch, "q", O("P")),
                new Organization(O("X"), OrganizationKind.Branch, "x", O("P")),
                new Organization(O("Z"), OrganizationKind.WorkingCommittee, "z", O("A-B01")),
            ],
            Members =
            [
                .. valid.Members,
                new PartyMember(M("A-B01-M001"), "dup", O("A-B01"), MembershipStatus.Full, Day, Day),
                new PartyMember(default, "", O("A-B01"), (MembershipStatus)9, Day.PlusDays(3)),
                new PartyMember(M("FULL-NO-DATE"), "m", O("A-B01"), MembershipStatus.Full, Day),
                new PartyMember(M("PROB-WITH-DATE"), "m", O("A-B01"), MembershipStatus.Probationary, Day, Day),
                new PartyMember(M("FULL-BEFORE-JOIN"), "m", O("A-B01"), MembershipStatus.Full, Day, Day.PlusDays(-1)),
                new PartyMember(M("FULL-LATER"), "m", O("A-B01"), MembershipStatus.Full, Day.PlusDays(-5), Day.PlusDays(4)),
                new PartyMember(M("HOMELESS"), "m", O("NOWHERE"), MembershipStatus.Probationary, Day),
                new PartyMember(M("IN-COMMITTEE"), "m", O("A"), MembershipStatus.Probationary, Day),
            ],
            Roles =
            [
                .. valid.Roles,
                new RoleAssignment(O("WC"), M("WC-B01-M002"), (PartyRole)99, Day),
                new RoleAssignment(O("NOORG"), M("NOBODY"), PartyRole.CommitteeMember, Day.PlusDays(5)),
                new RoleAssignment(O("WC-B01"), M("WC-B01-M001"), PartyRole.Secretary, Day),
                new RoleAssignment(O("WC"), M("WC-B01-M003"), PartyRole.Secretary, Day),
                new RoleAssignment(O("A-B01"), M("A-B01-M001"), PartyRole.CommitteeMember, Day),
                new RoleAssignment(O("A-B01"), M("A-B01-M002"), PartyRole.CommitteeMember, Day),
            ],
            Districts =
            [
                .. valid.Districts,
                new ResponsibilityDistrict(DistrictId.Parse("D1"), "dup", O("WC"), M("WC-B01-M001")),
                new ResponsibilityDistrict(default, " ", O("NOORG"), M("NOBODY"), [M("WC-B01-M002"), M("NOBODY-2")]),
            ],
        };

        Problems(snapshot).Should().Equal(
        [
            ("Organizations[4]", CommonErrorCodes.DuplicateIdentifier, "'A' appears more than once in 'Organizations'.", "A"),
            ("Members[6]", CommonErrorCodes.DuplicateIdentifier, "'A-B01-M001' appears more than once in 'Members'.", "A-B01-M001"),
            ("Districts[1]", CommonErrorCodes.DuplicateIdentifier, "'D1' appears more than once in 'Districts'.", "D1"),
            ("Organizations[5].Kind", CommonErrorCodes.UndefinedEnumValue, "'Kind' is not a known value.", "99"),
            ("Organizations[5].Name", OrganizationsErrorCodes.NameRequired, "'Name' must not be empty.", " "),
            ("Organizations[5].OrganStaffCount", OrganizationsErrorCodes.CountNegative, "'Organ Staff Count' must be greater than or equal to '0'.", "-1"),
            ("Members[7].Id", CommonErrorCodes.IdentifierEmpty, "'Id' must be a non-empty identifier.", ""),
            ("Members[7].Status", CommonErrorCodes.UndefinedEnumValue, "'Status' is not a known value.", "9"),
            ("Members[7].Name", OrganizationsErrorCodes.NameRequired, "'Name' must not be empty.", ""),
            ("Members[8].FullSince", OrganizationsErrorCodes.MemberStatusDates, "A full member needs the date of becoming full ('fullSince').", null),
            ("Members[9].FullSince", OrganizationsErrorCodes.MemberStatusDates, "A probationary member has no 'fullSince' date.", "Wednesday, 01 January 2020"),
            ("Members[10].FullSince", OrganizationsErrorCodes.MemberStatusDates, "A member cannot become full before joining.", "Tuesday, 31 December 2019"),
            ("Roles[2].Role", CommonErrorCodes.UndefinedEnumValue, "'Role' is not a known value.", "99"),
            ("Districts[2].Id", CommonErrorCodes.IdentifierEmpty, "'Id' must be a non-empty identifier.", ""),
            ("Districts[2].Name", OrganizationsErrorCodes.NameRequired, "'Name' must not be empty.", " "),
            ("Organizations[5].EstablishedOn", OrganizationsErrorCodes.DateAfterSnapshot, "The date lies after the snapshot's date 2020-01-01.", "2020-01-02"),
            ("Organizations[5].LastElectedOn", OrganizationsErrorCodes.DateAfterSnapshot, "The date lies after the snapshot's date 2020-01-01.", "2020-01-03"),
            ("Organizations[5].DistrictId", OrganizationsErrorCodes.DistrictUnknown, "District 'D9' is not defined.", "D9"),
            ("Organizations[5].ParentId", OrganizationsErrorCodes.RootNotAllowed, "A 99 needs a parent.", "E"),
            ("Organizations[6].ParentId", OrganizationsErrorCodes.OrganizationUnknown, "Parent 'MISSING' is not an organization of the snapshot.", "MISSING"),
            ("Organizations[7].ParentId", OrganizationsErrorCodes.Cycle, "'P' is its own ancestor.", "Q"),
            ("Organizations[8].ParentId", OrganizationsErrorCodes.Cycle, "'Q' is its own ancestor.", "P"),
            ("Organizations[10].ParentId", OrganizationsErrorCodes.NestingNotAllowed, "A WorkingCommittee may not sit under a Branch.", "A-B01"),
            ("Members[7].JoinedOn", OrganizationsErrorCodes.DateAfterSnapshot, "The date lies after the snapshot's date 2020-01-01.", "2020-01-04"),
            ("Members[11].FullSince", OrganizationsErrorCodes.DateAfterSnapshot, "The date lies after the snapshot's date 2020-01-01.", "2020-01-05"),
            ("Members[12].BranchId", OrganizationsErrorCodes.OrganizationUnknown, "Branch 'NOWHERE' is not an organization of the snapshot.", "NOWHERE"),
            ("Members[13].BranchId", OrganizationsErrorCodes.NotABranch, "Members belong to branches or party groups, not to a OrganPartyCommittee.", "A"),
            ("Roles[3].Since", OrganizationsErrorCodes.DateAfterSnapshot, "The date lies after the snapshot's date 2020-01-01.", "2020-01-06"),
            ("Roles[3].OrganizationId", OrganizationsErrorCodes.OrganizationUnknown, "Organization 'NOORG' is not in the snapshot.", "NOORG"),
            ("Roles[3].MemberId", OrganizationsErrorCodes.MemberUnknown, "Member 'NOBODY' is not in the snapshot.", "NOBODY"),
            ("Roles[4]", OrganizationsErrorCodes.RoleDuplicate, "'WC-B01-M001' holds Secretary in 'WC-B01' twice.", "WC-B01-M001"),
            ("Roles[5]", OrganizationsErrorCodes.SecretaryTaken, "'WC' has two secretaries.", "WC-B01-M003"),
            ("Districts[2].CommitteeId", OrganizationsErrorCodes.OrganizationUnknown, "Committee 'NOORG' is not in the snapshot.", "NOORG"),
            ("Districts[2].LeaderId", OrganizationsErrorCodes.MemberUnknown, "Member 'NOBODY' is not in the snapshot.", "NOBODY"),
            ("Districts[2].SupervisionGroup[1]", OrganizationsErrorCodes.MemberUnknown, "Member 'NOBODY-2' is not in the snapshot.", "NOBODY-2"),
        ]);
    }
}
