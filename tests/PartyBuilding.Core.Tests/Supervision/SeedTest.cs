using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Supervision;
using PartyBuilding.Core.Tests.Golden;

namespace PartyBuilding.Core.Tests.Supervision;

/// <summary>
/// The bundled supervision of 2018 (illustrative) with the catalogue in the shape of article 004: it validates, resolves
/// against the organization registry and the standardization catalogue, and its findings and explanations are pinned.
/// </summary>
public sealed class SeedTest
{
    private static (SupervisionRecords Records, SupervisionCatalogue Catalogue) Seed() => (
        SeedDocuments.Read<SupervisionRecords>("supervision", "records-bz-2018.json"),
        SeedDocuments.Read<SupervisionCatalogue>("supervision", "catalogue-004-shape.json"));

    [Fact]
    public void Article004_Catalogue_Has14AspectsAnd53Points_TextsIllustrative()
    {
        var (_, catalogue) = Seed();

        catalogue.IsIllustrative.Should().BeTrue();
        catalogue.Aspects.Length.Should().Be(14);
        catalogue.Points.Length.Should().Be(53);
        catalogue.Points.Should().OnlyContain(p => p.Text.ZhCn.EndsWith("（示例）", StringComparison.Ordinal) && p.Text.English.EndsWith("(illustrative)", StringComparison.Ordinal));
        catalogue.Aspects.Should().OnlyContain(a => catalogue.Points.Any(p => p.Aspect == a.Id));
    }

    [Fact]
    public void Seed_IsIllustrative_Valid_AndConsistentWithTheRegistryAndTheStandardizationCatalogue()
    {
        var (records, catalogue) = Seed();
        var registry = OrganizationRegistry.Create(SeedDocuments.Read<OrganizationSnapshot>("organizations", "binzhou-snapshot.json"));
        var indicators = SeedDocuments.Read<IndicatorCatalogue>("standardization", "catalogue-binzhou-002.json").AllIndicators().Select(i => i.Id);

        records.IsIllustrative.Should().BeTrue();
        SupervisionEngine.Validate(records, catalogue, new LocalDate(2018, 12, 31)).Problems.Should().BeEmpty();
        SupervisionEngine.CheckAgainst(records, registry).Problems.Should().BeEmpty();
        SupervisionEngine.CheckIndicators(records, indicators).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Seed_Findings_ArePinned_AtTheEndOf2018()
    {
        var (records, catalogue) = Seed();

        var findings = SupervisionEngine.Evaluate(records, catalogue, new LocalDate(2018, 12, 31)).Organizations
            .SelectMany(o => o.Findings.Select(f => $"{o.Organization} {f.Finding} {f.Organization} {f.TargetKind} {f.Aspect} {f.Notice} {f.Deadline} {f.DueOn:uuuu-MM-dd} {f.State} [{string.Join(",", f.Circulars)}]"))
            .ToList();

        findings.Should().Equal(
            "BZ-001 F01 BZ-001 SupervisionPoint A04 N03  2018-12-20 PastDue [C01]",
            "BZ-001 F02 BZ-001-B01 SupervisionPoint A05 N01 YearEnd 2018-12-31 Open []",
            "BZ-001 F05 BZ-001-B01 OrganizationalLifeRule  N03  2018-11-30 PastDue []",
            "BZ-001 F06 BZ-001-B02 OrganizationalLifeRule  N03 YearEnd 2018-12-31 Open []",
            "BZ-002 F03 BZ-002 SupervisionPoint A02 N02  2018-08-31 PastDue [C01]",
            "BZ-002 F04 BZ-002-B01 StandardizationIndicator  N02 LongTerm  Open []",
            "BZ-003 F07 BZ-003 SupervisionPoint A03    NotOnNotice []");
    }

    [Fact]
    public void Golden_SeedExplanations_NameEveryVisitMethodEvidenceNoticeAndDueDate()
    {
        var (records, catalogue) = Seed();

        var result = SupervisionEngine.Evaluate(records, catalogue, new LocalDate(2018, 12, 31));

        result.Organizations.Select(o => o.Explanation.Verify()).Should().OnlyContain(v => v.IsEmpty);
        GoldenTrees.Verify("supervision/bz-2018.txt", result.Organizations.Select(o => o.Explanation));
    }
}
