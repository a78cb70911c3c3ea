using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Tests.OrganizationalLife;

/// <summary>The bundled year of records of BZ-001 (2018, illustrative): it resolves against the organization registry, validates, and its findings are pinned.</summary>
public sealed class SeedTest
{
    private static readonly LocalDate AsOf = new(2019, 1, 15);

    private static (OrganizationalLifeRecords Records, OrganizationalLifeScheme Scheme) Seed() => (
        SeedDocuments.Read<OrganizationalLifeRecords>("organizational-life", "records-bz-001-2018.json"),
        SeedDocuments.Read<OrganizationalLifeScheme>("organizational-life", "scheme-bz-001-2018.json"));

    [Fact]
    public void Seed_IsIllustrative_Valid_AndConsistentWithTheOrganizationRegistry()
    {
        var (records, scheme) = Seed();
        var tree = OrganizationRegistry.Create(SeedDocuments.Read<OrganizationSnapshot>("organizations", "binzhou-snapshot.json")).AsOf(new LocalDate(2019, 1, 1));

        records.IsIllustrative.Should().BeTrue();
        scheme.IsIllustrative.Should().BeTrue();
        OrganizationalLifeEngine.Validate(records, scheme, AsOf).Problems.Should().BeEmpty();
        OrganizationalLifeEngine.CheckAgainst(records, tree).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Seed_Findings_ArePinned()
    {
        var (records, scheme) = Seed();

        var findings = OrganizationalLifeEngine.Evaluate(records, scheme, AsOf).Findings
            .Select(f => $"{f.OrganizationId} {f.Kind} {f.Meeting} {f.Period.Start:uuuu-MM} {string.Join(",", f.Members)} [{string.Join(",", f.Records)}] {f.Months.Length}")
            .ToList();

        findings.Should().Equal(
            "BZ-001-B01 MissedMeeting ThemePartyDay 2018-08  [] 0",
            "BZ-001-B02 MissedMeeting BranchCommitteeMeeting 2018-11  [BZ-001-B02-CM-11] 0",
            "BZ-001-B02 WithoutQuorum BranchCommitteeMeeting 2018-11  [BZ-001-B02-CM-11] 0",
            "BZ-001-B02 MissingTalks HeartToHeartTalk 2018-01 BZ-001-B02-M008 [" + string.Join(",", Enumerable.Range(1, 6).Select(i => $"BZ-001-B02-TK-{i:00}")) + "] 0",
            "BZ-001-B02 LeadingCadreAbsent  2018-07 BZ-001-B02-M001 [BZ-001-B02-CM-07,BZ-001-B02-TD-07,BZ-001-B02-CM-08,BZ-001-B02-TD-08,BZ-001-B02-CM-09,BZ-001-B02-TD-09,BZ-001-B02-MM-Q3,BZ-001-B02-PL-Q3] 0",
            "BZ-001-B03 MissingSecretaryLesson PartyLesson 2018-01  [BZ-001-B03-PL-Q1,BZ-001-B03-PL-Q2,BZ-001-B03-PL-Q3,BZ-001-B03-PL-Q4] 0",
            "BZ-001-B03 DuesUnpaid  2018-03 BZ-001-B03-M004 [] 6",
            "BZ-001-B03 RegardedAsLeftTheParty  2018-03 BZ-001-B03-M004 [BZ-001-B03-TD-03,BZ-001-B03-MM-Q1,BZ-001-B03-PL-Q1,BZ-001-B03-TD-04,BZ-001-B03-TD-05,BZ-001-B03-TD-06,BZ-001-B03-MM-Q2,BZ-001-B03-PL-Q2,BZ-001-B03-TD-07,BZ-001-B03-TD-08] 6");
    }
}
