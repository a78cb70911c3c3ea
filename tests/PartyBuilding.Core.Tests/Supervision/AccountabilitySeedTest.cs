using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Supervision;
using PartyBuilding.Core.Tests.Golden;

namespace PartyBuilding.Core.Tests.Supervision;

/// <summary>
/// The bundled accountability cases of 2019 (illustrative): consistent with the registry, the supervision records of 2018 and
/// the rectification ledger of 2019; their explanations and the year's statistics are pinned.
/// </summary>
public sealed class AccountabilitySeedTest
{
    private static readonly LocalDate YearEnd = new(2019, 12, 31);

    private static (AccountabilityRecords Records, AccountabilityBasis Basis) Seed() => (
        SeedDocuments.Read<AccountabilityRecords>("supervision", "accountability-bz-2019.json"),
        new AccountabilityBasis(
            [SeedDocuments.Read<SupervisionRecords>("supervision", "records-bz-2018.json")],
            [SeedDocuments.Read<RectificationLedger>("responsibilities", "rectification-ledger-2019.json")]));

    [Fact]
    public void Seed_IsIllustrative_Valid_AndConsistentWithTheRegistryTheSupervisionRecordsAndTheLedger()
    {
        var (records, basis) = Seed();
        var registry = OrganizationRegistry.Create(SeedDocuments.Read<OrganizationSnapshot>("organizations", "binzhou-snapshot.json"));

        records.IsIllustrative.Should().BeTrue();
        records.Cases.Should().HaveCount(2).And.OnlyContain(c => c.Summary!.ZhCn.EndsWith("（示例）", StringComparison.Ordinal));
        AccountabilityEngine.Validate(records, basis).Problems.Should().BeEmpty();
        AccountabilityEngine.CheckAgainst(records, basis, registry).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Seed_Cases_AnOrganizationAndACadre_ArePinned()
    {
        var (records, basis) = Seed();

        var result = AccountabilityEngine.Evaluate(records, basis, YearEnd);

        result.Cases.Select(c => $"{c.Case} {c.SubjectKind} {c.Organization} {c.Person} [{string.Join(",", c.Facts)}] {c.Stage} {c.DecidedOn:uuuu-MM-dd} [{string.Join(",", c.Forms)}]")
            .Should().Equal(
                "C01 PartyOrganization BZ-001  [SupervisionFinding,OverdueMeasure] HoldAccountable 2019-12-16 [Inspection,Circular]",
                "C02 LeadingCadre BZ-001 BZ-001-B01-M001 [OverdueMeasure,SupervisionFinding] HoldAccountable 2019-12-16 [Admonition]");
        result.Statistics.Explanation.Summary!.ZhCn.Should().Be(
            "截至2019-12-31，问责案例2件，其中已问责2件、尚未问责0件；被问责的党的领导干部1人，其中给予纪律处分0人。");
    }

    [Fact]
    public void Golden_AccountabilityExplanations_NameTheSubjectEveryFactTheStageTheDecisionAndEachFormWithItsArticle()
    {
        var (records, basis) = Seed();

        var result = AccountabilityEngine.Evaluate(records, basis, YearEnd);
        var trees = result.Cases.Select(c => c.Explanation).Append(result.Statistics.Explanation).ToList();

        trees.Select(t => t.Verify()).Should().OnlyContain(v => v.IsEmpty);
        GoldenTrees.Verify("supervision/accountability-bz-2019.txt", trees);
    }
}
