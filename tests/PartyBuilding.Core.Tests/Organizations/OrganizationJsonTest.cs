using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

public sealed class OrganizationJsonTest
{
    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(1_000_001)]
    public void PartyProbation_OfMoreMonthsThanTheCalendarHolds_RoundTrips_AndIsRefusedByTheRegistry(int months)
    {
        // Found by the typed fuzz run of session 21 (input 18419 of seed 20261207, typed mutations): writing the event
        // computed its end past the ISO calendar and threw OverflowException.
        var start = new LocalDate(2024, 1, 1);
        var imposed = new PartyProbationImposed(start.PlusDays(1), M("WC-B01-M002"), months);
        var log = new OrganizationEventLog([imposed]);

        imposed.Ends.Should().Be(new LocalDate(9999, 12, 2));
        PartyBuildingJson.Deserialize<OrganizationEventLog>(PartyBuildingJson.Serialize(log)).Should().Be(log);
        OrganizationRegistry.Build(new SnapshotBuilder(start).Build(), log).Report.Problems
            .Should().ContainSingle().Which.ErrorCode.Should().Be(OrganizationsErrorCodes.PartyProbationPeriod);
    }

    [Fact]
    public void ComplianceReport_RoundTripsExactly()
    {
        var tree = new SnapshotBuilder(new LocalDate(2024, 1, 1)).Org("B", OrganizationKind.Branch, "WC").Members("B", 2).Tree();
        var report = ComplianceChecker.Check(tree);

        var json = PartyBuildingJson.Serialize(report);

        PartyBuildingJson.Deserialize<ComplianceReport>(json).Should().Be(report);
        json.Should().Contain("\"kind\": \"organization-compliance-report\"").And.Contain("\"severity\": \"Violation\"");
    }

    [Fact]
    public void EventLog_WritesEnumsByNameAndOmitsUnusedFields()
    {
        var log = new OrganizationEventLog([new OrganizationReparented(new LocalDate(2019, 5, 31), O("X"), O("Y"))]);

        var json = PartyBuildingJson.Serialize(log);

        json.Should().Contain("\"kind\": \"Reparented\"").And.Contain("\"parentId\": \"Y\"").And.NotContain("memberId");
        PartyBuildingJson.Deserialize<OrganizationEventLog>(json).Should().Be(log);
    }

    [Fact]
    public void Snapshot_WithoutOptionalCollections_ReadsAsEmptyWithDefaultNesting()
    {
        const string json = """{"schemaVersion":"1.0","kind":"organization-snapshot","content":{"asOf":"2020-01-01","organizations":[{"id":"WC","kind":"WorkingCommittee","name":"工委"}]}}""";

        var snapshot = PartyBuildingJson.Deserialize<OrganizationSnapshot>(json);

        snapshot.Members.Should().BeEmpty();
        snapshot.Nesting.Should().Be(NestingRules.Default);
        OrganizationRegistry.Create(snapshot).AsOf(new LocalDate(2020, 1, 1)).Roots.Should().ContainSingle();
    }

    [Fact]
    public void Snapshot_UnknownKind_IsRejectedWithPath()
    {
        const string json = """{"schemaVersion":"1.0","kind":"organization-snapshot","content":{"asOf":"2020-01-01","organizations":[{"id":"WC","kind":"Bureau","name":"工委"}]}}""";

        var act = () => PartyBuildingJson.Deserialize<OrganizationSnapshot>(json);

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Path.Should().StartWith("$.content.organizations[0].kind");
    }

    [Fact]
    public void EventLog_EveryKind_RoundTripsAsItsOwnRecord()
    {
        var day = new LocalDate(2019, 6, 1);
        var log = new OrganizationEventLog(
        [
            new OrganizationCreated(day, O("N"), OrganizationKind.Branch, "新建党支部", O("A"), DistrictId.Parse("D1"), true, 12, "文号"),
            new OrganizationRenamed(day, O("N"), "更名党支部"),
            new LeadershipSupplemented(day, O("N"), M("N-M001"), PartyRole.CommitteeMember),
            new OrganizationReparented(day, O("N"), O("B")),
            new OrganizationDissolved(day, O("N"), O("B-B01")),
            new OrganizationUnchanged(day, O("A")),
            new MemberJoined(day, O("B-B01"), M("N-M002"), "新党员", MembershipStatus.Probationary, MembershipChangeReason.Admitted),
            new MemberTransferred(day, O("B-B02"), M("N-M002")),
            new MemberConfirmed(day, M("N-M002")),
            new MemberLeft(day, M("N-M002"), MembershipChangeReason.TransferredOut),
            new RoleAssigned(day, O("B-B01"), M("N-M001"), PartyRole.Secretary),
            new RoleEnded(day, O("B-B01"), M("N-M001"), PartyRole.Secretary),
            new OrganizationElected(day, O("B-B01"), true),
            new DistrictAssigned(day, O("B"), DistrictId.Parse("D2")),
            new StaffCountChanged(day, O("B"), 40),
            new ProbationExtended(day, M("N-M003"), 6, "延长预备期决定"),
            new PartyProbationImposed(day, M("N-M001"), 12),
            new AppraisalDecisionRecorded(day, M("N-M001"), AppraisalOutcome.CorrectWithinDeadline, new LocalDate(2019, 12, 1)),
        ]);

        var back = PartyBuildingJson.Deserialize<OrganizationEventLog>(PartyBuildingJson.Serialize(log));

        back.Should().Be(log);
        back.Events.Select(e => e.Kind).Should().Equal(Enum.GetValues<OrganizationEventKind>());
    }

    [Fact]
    public void EventLog_KindAnywhereInTheEvent_PicksTheRecord()
    {
        var log = ReadLog("""{"date":"2019-06-01","organizationId":"A","name":"新名称","kind":"Renamed"}""");

        log.Events.Should().Equal(new OrganizationRenamed(new LocalDate(2019, 6, 1), O("A"), "新名称"));
    }

    [Theory]
    [InlineData("""{"date":"2019-06-01","kind":"Merged","organizationId":"A"}""", "$.content.events[0].kind", CommonErrorCodes.UndefinedEnumValue)]
    [InlineData("""{"date":"2019-06-01","organizationId":"A"}""", "$.content.events[0].kind", CommonErrorCodes.MalformedJson)]
    [InlineData("""{"date":"2019-06-01","kind":"Renamed","organizationId":"A","name":"x","reason":"Died"}""", "$.content.events[0].reason", CommonErrorCodes.MalformedJson)]
    [InlineData("""{"date":"2019-13-01","kind":"Renamed","organizationId":"A","name":"x"}""", "$.content.events[0].date", CommonErrorCodes.MalformedJson)]
    [InlineData("""{"date":"2019-06-01","kind":"StaffCountChanged","organizationId":"A"}""", "$.content.events[0]", CommonErrorCodes.MalformedJson)]
    public void EventLog_EventThatIsNoRecordOfItsKind_IsRejectedAtItsPath(string item, string path, string code)
    {
        var act = () => ReadLog(item);

        act.Should().Throw<PartyBuildingValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == path && p.ErrorCode == code);
    }

    private static OrganizationEventLog ReadLog(string item) =>
        PartyBuildingJson.Deserialize<OrganizationEventLog>(
            """{"schemaVersion":"1.0","kind":"organization-event-log","content":{"events":[""" + item + "]}}");

    private static MemberId M(string id) => MemberId.Parse(id);
}
