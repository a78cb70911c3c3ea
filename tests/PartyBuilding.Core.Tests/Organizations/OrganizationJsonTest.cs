using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Validation;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

public sealed class OrganizationJsonTest
{
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
        var log = new OrganizationEventLog([new(new LocalDate(2019, 5, 31), OrganizationEventKind.Reparented, O("X"), ParentId: O("Y"))]);

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
}
