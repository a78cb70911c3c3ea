using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// Pins the value equality of the Organizations records, whose lists are <see cref="ValueArray{T}"/> (the compiler's
/// record equality, no hand-written <c>Equals</c>): records built apart from equal items are equal, one differing item
/// makes them differ. Also the snapshot's default nesting rules.
/// </summary>
public sealed class OrganizationRecordsEqualityTest
{
    private static readonly LocalDate Day = new(2024, 6, 30);

    [Fact]
    public void Records_BuiltApartFromEqualItems_AreEqual_AndOneDifferingItemMakesThemDiffer()
    {
        var snapshot = new SnapshotBuilder(Day).District("D1").Build();
        var copy = new OrganizationSnapshot(Day, [.. snapshot.Organizations], [.. snapshot.Members], [.. snapshot.Roles],
            [.. snapshot.Districts.Select(d => d with { SupervisionGroup = [.. d.SupervisionGroup] })],
            new NestingRules([.. snapshot.Nesting.RootKinds], [.. snapshot.Nesting.Allowed]));
        var district = snapshot.Districts[0];
        var renamed = new OrganizationRenamed(Day, O("WC-B01"), "新名称");
        var finding = new ComplianceFinding(O("D1-B01"), "branch-minimum-full-members", ComplianceSeverity.Violation, Sources.OrganRegulation2019.At("第七条"), 2m, 3m,
            new LocalizedText("党支部正式党员不足3人", "The branch has fewer than 3 full members"),
            Explanation.Given(new LocalizedText("正式党员数", "Full members"), 2m));
        var report = new ComplianceReport(Day, ["branch-minimum-full-members"], [finding]);

        copy.Should().Be(snapshot);
        copy.GetHashCode().Should().Be(snapshot.GetHashCode());
        (snapshot with { Districts = [district with { SupervisionGroup = [.. district.SupervisionGroup, M("WC-B01-M099")] }] }).Should().NotBe(snapshot);
        (snapshot with { Nesting = snapshot.Nesting with { Allowed = snapshot.Nesting.Allowed.AsImmutableArray().RemoveAt(0) } }).Should().NotBe(snapshot);
        (snapshot with { Members = [] }).Should().NotBe(snapshot);
        new OrganizationEventLog([renamed]).Should().Be(new OrganizationEventLog([renamed with { }]));
        new OrganizationEventLog([renamed]).Should().NotBe(new OrganizationEventLog([renamed with { Name = "另一名称" }]));
        new ComplianceReport(Day, [.. report.Rules], [.. report.Findings]).Should().Be(report);
        (report with { Findings = [finding with { Measured = 0m }] }).Should().NotBe(report);
    }

    [Fact]
    public void OrganizationSnapshot_WithoutNestingRules_UsesTheDefault() =>
        new OrganizationSnapshot(Day, default).Nesting.Should().BeSameAs(NestingRules.Default);

    [Fact]
    public void OrganizationSnapshot_GivenNestingRules_AreKept()
    {
        var nesting = new NestingRules([OrganizationKind.PartyCommittee], [new KindNesting(OrganizationKind.PartyCommittee, OrganizationKind.Branch)]);

        new OrganizationSnapshot(Day, [], nesting: nesting).Nesting.Should().BeSameAs(nesting);
    }
}
