using FsCheck.Xunit;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using static PartyBuilding.Core.Tests.Organizations.SnapshotBuilder;

namespace PartyBuilding.Core.Tests.Organizations;

public sealed class OrderIndependenceProperties
{
    private static readonly LocalDate Day = new(2024, 6, 30);

    private static OrganizationSnapshot Snapshot => new SnapshotBuilder(Day).District("D1")
        .Org("A", OrganizationKind.OrganPartyCommittee, "WC", committee: true, staff: 120, district: "D1", secretary: true)
        .Org("A-B01", OrganizationKind.Branch, "A", committee: true, elected: new LocalDate(2020, 1, 1)).Members("A-B01", 8, 1).Committee("A-B01", 6)
        .Org("A-B02", OrganizationKind.Branch, "A").Members("A-B02", 2)
        .Org("A-B02-G01", OrganizationKind.PartyGroup, "A-B02")
        .Role("A-B01", "A-B01-M007", PartyRole.FullTimePartyAffairsCadre)
        .Build();

    private static ValueArray<T> Shuffle<T>(ValueArray<T> items, int seed)
    {
        var random = new Random(seed);
        return [.. items.OrderBy(_ => random.Next())];
    }

    [Property(MaxTest = 25)]
    public bool ComplianceReport_DoesNotDependOnTheOrderOfTheSnapshot(int seed)
    {
        var shuffled = Snapshot with
        {
            Organizations = Shuffle(Snapshot.Organizations, seed),
            Members = Shuffle(Snapshot.Members, seed + 1),
            Roles = Shuffle(Snapshot.Roles, seed + 2),
        };

        var expected = ComplianceChecker.Check(OrganizationRegistry.Create(Snapshot).AsOf(Day));
        var actual = ComplianceChecker.Check(OrganizationRegistry.Create(shuffled).AsOf(Day));

        return actual.Equals(expected) && !expected.Findings.IsEmpty;
    }

    [Fact]
    public void With_DefaultArray_ReadsAsEmpty()
    {
        var snapshot = Snapshot with { Members = default, Roles = default };

        snapshot.Members.Should().BeEmpty();
        (new OrganizationEventLog() with { Events = default }).Events.Should().BeEmpty();
        O("A").Value.Should().Be("A");
    }
}
