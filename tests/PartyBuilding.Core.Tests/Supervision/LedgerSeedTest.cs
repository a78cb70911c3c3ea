using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Serialization;
using PartyBuilding.Core.Supervision;
using PartyBuilding.Core.Tests.Golden;

namespace PartyBuilding.Core.Tests.Supervision;

/// <summary>
/// The bundled notices of 2018 carried into the bundled rectification ledger (illustrative, <c>seeds/supervision/ledger-bz-2018.json</c>):
/// the ledger's problems are what <see cref="SupervisionEngine.ToLedgerProblems"/> makes of the notices (the later notice
/// governing a restated finding), its people and departments resolve in the registry, and the ledger's view of the findings is pinned.
/// </summary>
public sealed class LedgerSeedTest
{
    private static (SupervisionRecords Records, SupervisionCatalogue Catalogue, RectificationLedger Ledger) Seed() => (
        SeedDocuments.Read<SupervisionRecords>("supervision", "records-bz-2018.json"),
        SeedDocuments.Read<SupervisionCatalogue>("supervision", "catalogue-004-shape.json"),
        SeedDocuments.Read<RectificationLedger>("supervision", "ledger-bz-2018.json"));

    private static RectificationProblem Planned(RectificationProblem problem) => new(
        problem.Id, problem.Organization, problem.Area, problem.Description,
        [.. problem.Measures.Select(m => new RectificationMeasure(m.Id, m.Description, m.FirstResponsible, m.Deadline, null, default, m.DueOn, m.ResponsibleDepartment))],
        problem.Origin);

    [Fact]
    public void Seed_LedgerProblems_AreTheNoticesCarriedOver_TheLaterNoticeGoverningARestatedFinding()
    {
        var (records, _, ledger) = Seed();
        var carried = new Dictionary<RectificationProblemId, RectificationProblem>();
        foreach (var notice in records.Notices.OrderBy(n => n.IssuedOn))
        {
            foreach (var problem in SupervisionEngine.ToLedgerProblems(notice, records, RectificationAreaId.Parse("SUP")))
            {
                carried[problem.Id] = problem;
            }
        }

        ledger.Problems.Select(Planned).Should().BeEquivalentTo(carried.Values, o => o.WithoutStrictOrdering());
        ledger.Problems.Single(p => p.Id.Value == "SUP-F01").Measures[0].DueOn.Should().Be(new LocalDate(2018, 12, 20), "N03 restates F01 and governs");
    }

    [Fact]
    public void Seed_Ledger_IsValid_IllustrativeByName_FitsTheRecords_AndItsPeopleAndDepartmentsAreInTheRegistry()
    {
        var (records, _, ledger) = Seed();
        var tree = OrganizationRegistry.Create(SeedDocuments.Read<OrganizationSnapshot>("organizations", "binzhou-snapshot.json")).AsOf(new LocalDate(2019, 1, 1));

        RectificationLedgerEngine.Validate(ledger).Problems.Should().BeEmpty();
        SupervisionEngine.CheckLedger(records, ledger).Problems.Should().BeEmpty();
        ledger.Title.ZhCn.Should().EndWith("（示例）");
        ledger.Areas.Should().OnlyContain(a => a.Title.ZhCn.EndsWith("（示例）", StringComparison.Ordinal));
        ledger.Problems.Should().OnlyContain(p => tree.Contains(p.Organization));
        ledger.Problems.SelectMany(p => p.Measures).Should().OnlyContain(m => tree.FindMember(m.FirstResponsible) != null && tree.Contains(m.ResponsibleDepartment!.Value));
        records.Notices.SelectMany(n => n.Items).Should().OnlyContain(i => i.Responsible != null);
    }

    [Fact]
    public void Seed_Ledger_RoundTripsExactly()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "supervision", "ledger-bz-2018.json"));
        var ledger = PartyBuildingJson.Deserialize<RectificationLedger>(json);

        PartyBuildingJson.Deserialize<RectificationLedger>(PartyBuildingJson.Serialize(ledger)).Should().Be(ledger);
    }

    [Theory]
    [InlineData("2018-11-30", "F01 Open SUP-F01|F02 Rectified SUP-F02|F05 Open SUP-F05|F06 Open SUP-F06|F03 Rectified SUP-F03|F04 Open SUP-F04|F07 NotOnNotice -")]
    [InlineData("2018-12-01", "F01 Open SUP-F01|F02 Rectified SUP-F02|F05 Overdue SUP-F05|F06 Open SUP-F06|F03 Rectified SUP-F03|F04 Open SUP-F04|F07 NotOnNotice -")]
    [InlineData("2018-12-31", "F01 Rectified SUP-F01|F02 Rectified SUP-F02|F05 Overdue SUP-F05|F06 Open SUP-F06|F03 Rectified SUP-F03|F04 Open SUP-F04|F07 NotOnNotice -")]
    public void Seed_Findings_AsTheLedgerSays(string asOf, string expected)
    {
        var (records, catalogue, ledger) = Seed();

        var result = SupervisionEngine.Evaluate(records, catalogue, NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value, ledger);

        string.Join("|", result.Organizations.SelectMany(o => o.Findings).Select(f => $"{f.Finding} {f.State} {f.LedgerProblem?.Value ?? "-"}"))
            .Should().Be(expected);
    }

    [Fact]
    public void Golden_SeedExplanations_WithTheLedger_NameTheLedgerProblemAndEachMeasuresDueDate()
    {
        var (records, catalogue, ledger) = Seed();

        var result = SupervisionEngine.Evaluate(records, catalogue, new LocalDate(2018, 12, 31), ledger);

        result.Organizations.Select(o => o.Explanation.Verify()).Should().OnlyContain(v => v.IsEmpty);
        GoldenTrees.Verify("supervision/bz-2018-ledger.txt", result.Organizations.Select(o => o.Explanation));
    }
}
