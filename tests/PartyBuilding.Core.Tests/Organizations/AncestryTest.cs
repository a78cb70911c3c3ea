using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// The layout of parent links (<see cref="Ancestry"/>) answers "does the walk up from one organization meet another" as the
/// walk does, for every pair over random parent links with roots, unknown parents, cycles and trees hanging from cycles; and
/// the snapshot validator, which asks it once for each later listing of a duplicated identifier instead of walking, reports
/// the same cycles as before (issue 25, bounded time).
/// </summary>
public sealed class AncestryTest
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void IsSelfOrDescendant_ForEveryPair_IsWhatTheWalkUpFinds(int seed)
    {
        var random = new Random(seed);
        var count = random.Next(1, 30);
        var ids = Enumerable.Range(0, count).Select(i => OrganizationId.Parse($"O{i}")).ToArray();
        var unknown = Enumerable.Range(0, 3).Select(i => OrganizationId.Parse($"X{i}")).ToArray();
        var organizations = ids.ToDictionary(
            id => id,
            id => new Organization(id, OrganizationKind.Branch, id.Value, random.Next(8) switch
            {
                0 => null,
                1 => unknown[random.Next(unknown.Length)],
                _ => ids[random.Next(ids.Length)],
            }));

        var ancestry = Ancestry.Of(organizations);

        var everyone = ids.Concat(unknown).ToArray();
        foreach (var candidate in everyone)
        {
            foreach (var ancestor in everyone)
            {
                ancestry.IsSelfOrDescendant(candidate, ancestor).Should().Be(
                    OrganizationStructureRules.IsSelfOrDescendant(candidate, ancestor, organizations), "from {0} to {1}", candidate, ancestor);
            }

            if (organizations.ContainsKey(candidate))
            {
                ancestry.OnCycle(candidate).Should().Be(organizations[candidate].ParentId is { } parent
                    && OrganizationStructureRules.IsSelfOrDescendant(parent, candidate, organizations));
            }
        }
    }

    [Fact]
    public void DuplicatesHangingFromTheEndOfAChain_AreCycles_OnlyWhereTheirParentLiesBelowTheirIdentifier()
    {
        var rules = new NestingRules(
            [OrganizationKind.WorkingCommittee],
            [
                new KindNesting(OrganizationKind.WorkingCommittee, OrganizationKind.Branch),
                new KindNesting(OrganizationKind.Branch, OrganizationKind.Branch),
            ]);
        var chain = Enumerable.Range(1, 5_000).Select(i => Branch($"B{i}", i == 1 ? "WC" : $"B{i - 1}"));

        // B10 again under B5000 (below the first B10: a cycle), B4999 again under B3 (above it: none).
        var snapshot = new OrganizationSnapshot(
            new LocalDate(2019, 1, 1),
            [new Organization(OrganizationId.Parse("WC"), OrganizationKind.WorkingCommittee, "工委"), .. chain, Branch("B10", "B5000"), Branch("B4999", "B3")],
            nesting: rules);

        var problems = new OrganizationSnapshotValidator().Check(snapshot).Problems;

        problems.Where(p => p.ErrorCode == OrganizationsErrorCodes.Cycle).Should().ContainSingle()
            .Which.Path.Should().StartWith("Organizations[5001]");
    }

    private static Organization Branch(string id, string parent) =>
        new(OrganizationId.Parse(id), OrganizationKind.Branch, id, OrganizationId.Parse(parent));
}
