using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Serialization;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

public sealed class SeedTest
{
    private static OrganizationRegistry Registry => Load();

    internal static string SeedPath(string file) => Path.Combine(AppContext.BaseDirectory, "seeds", "organizations", file);

    internal static OrganizationRegistry Load() => OrganizationRegistry.Create(
        PartyBuildingJson.Deserialize<OrganizationSnapshot>(File.ReadAllText(SeedPath("binzhou-snapshot.json"))),
        PartyBuildingJson.Deserialize<OrganizationEventLog>(File.ReadAllText(SeedPath("binzhou-reform-2019.json"))));

    private static ImmutableArray<Organization> Departments(OrganizationTree tree) =>
        [.. tree.Children(O("BZ-WC")).Where(o => o.Id != O("BZ-WC-B01"))];

    [Fact]
    public void Article002_Seed_Has97OrganizationsInFiveDistricts()
    {
        var tree = Registry.AsOf(new LocalDate(2019, 1, 1));

        Departments(tree).Should().HaveCount(97);
        tree.Districts.Select(d => d.Id.Value).Should().Equal("D1", "D2", "D3", "D4", "D5");
        tree.OrganizationsIn(DistrictId.Parse("D1")).Should().HaveCount(20);
        tree.OrganizationsIn(DistrictId.Parse("D3")).Should().HaveCount(19);
        tree.DistrictOf(O("BZ-079-B01"))!.Id.Value.Should().Be("D5");
        tree.Districts.Should().OnlyContain(d => d.SupervisionGroup.Length == 2);
        Departments(tree).Count(o => o.Kind == OrganizationKind.OrganPartyCommittee).Should().Be(40, "article 002: 40 organ party committees");
        tree.MemberCount(O("BZ-030-B01")).Should().Be(105);
    }

    [Fact]
    public void Seed_AfterTheMidYearReform_StillHas97Organizations()
    {
        var tree = Registry.AsOf(new LocalDate(2019, 12, 31));

        Departments(tree).Should().HaveCount(97);
        tree.Contains(O("BZ-045")).Should().BeFalse();
        tree.Contains(O("BZ-098")).Should().BeTrue();
        tree.Get(O("BZ-046")).Name.Should().Be("市市场监督管理局机关党总支");
        tree.Parent(O("BZ-045-B01"))!.Id.Should().Be(O("BZ-046"));
        tree.BranchOf(M("BZ-045-B02-M001"))!.Id.Should().Be(O("BZ-046-B01"));
        tree.MemberCount(O("BZ-098")).Should().Be(4);
        tree.Contains(O("BZ-050-T01")).Should().BeFalse("the temporary branch was dissolved when its task ended");
    }

    [Fact]
    public void Seed_ComplianceAtYearEnd_FlagsTheLargeBranchesAndOverdueTerms()
    {
        var report = ComplianceChecker.Check(Registry.AsOf(new LocalDate(2019, 12, 31)));

        report.For(O("BZ-030-B01")).Select(f => f.Rule).Should().Contain(["branch-over-100", "branch-over-50", "form-advice"]);
        report.For(O("BZ-010-B01")).Select(f => f.Rule).Should().Contain(["branch-over-50", "form-advice"]).And.NotContain("branch-over-100");
        report.For(O("BZ-030-B01-G04")).Should().ContainSingle().Which.Rule.Should().Be("party-group-empty");
        report.For(O("BZ-005")).Select(f => f.Rule).Should().Contain("staffing-below-minimum");
        report.For(O("BZ-043")).Select(f => f.Rule).Should().Contain("term-expired");
        report.For(O("BZ-041")).Select(f => f.Rule).Should().NotContain("term-expired", "it held its election in September");
        report.Findings.Should().OnlyContain(f => f.Explanation.Citation == f.Citation && f.Explanation.Verify().IsEmpty);
    }

    [Fact]
    public void Seed_WritesBackToTheSameDocuments()
    {
        var snapshot = PartyBuildingJson.Deserialize<OrganizationSnapshot>(File.ReadAllText(SeedPath("binzhou-snapshot.json")));
        var log = PartyBuildingJson.Deserialize<OrganizationEventLog>(File.ReadAllText(SeedPath("binzhou-reform-2019.json")));

        PartyBuildingJson.Deserialize<OrganizationSnapshot>(PartyBuildingJson.Serialize(snapshot)).Should().Be(snapshot);
        PartyBuildingJson.Deserialize<OrganizationEventLog>(PartyBuildingJson.Serialize(log)).Should().Be(log);
    }
}
