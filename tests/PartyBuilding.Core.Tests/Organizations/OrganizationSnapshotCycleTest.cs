using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Tests.Organizations;

/// <summary>
/// The snapshot's cycle rule (no organization is its own ancestor) on long parent chains: only the organizations on a
/// cycle are refused, not those that merely lead into one. The check follows every parent link once, so a chain of
/// 20,000 organizations is checked in one pass (the benchmark <c>SnapshotValidationBenchmarks</c> measures it).
/// </summary>
public sealed class OrganizationSnapshotCycleTest
{
    private static readonly LocalDate Day = new(2019, 1, 1);

    private static readonly NestingRules BranchUnderBranch = new(
        [OrganizationKind.WorkingCommittee],
        [
            new KindNesting(OrganizationKind.WorkingCommittee, OrganizationKind.Branch, NestingRelation.Leads),
            new KindNesting(OrganizationKind.Branch, OrganizationKind.Branch, NestingRelation.Leads),
        ]);

    private static Organization Branch(string id, string parent) =>
        new(OrganizationId.Parse(id), OrganizationKind.Branch, id, OrganizationId.Parse(parent));

    private static IEnumerable<ValidationProblem> Cycles(IEnumerable<Organization> organizations) =>
        new OrganizationSnapshotValidator().Check(new OrganizationSnapshot(Day, [.. organizations], nesting: BranchUnderBranch))
            .Problems.Where(p => p.ErrorCode == OrganizationsErrorCodes.Cycle);

    [Fact]
    public void LongChainUnderTheRoot_HasNoCycle()
    {
        var chain = Enumerable.Range(1, 20_000).Select(i => Branch($"B{i}", i == 1 ? "WC" : $"B{i - 1}"));

        var snapshot = new OrganizationSnapshot(Day, [new Organization(OrganizationId.Parse("WC"), OrganizationKind.WorkingCommittee, "工委"), .. chain], nesting: BranchUnderBranch);

        new OrganizationSnapshotValidator().Check(snapshot).IsValid.Should().BeTrue();
    }

    [Fact]
    public void LongChainClosedIntoACycle_RefusesEveryOrganizationOnTheCycleOnly()
    {
        // B1 → B2 → … → B5000 → B1 is a cycle; T1 → … → T100 → B2500 only leads into it.
        var cycle = Enumerable.Range(1, 5_000).Select(i => Branch($"B{i}", i == 5_000 ? "B1" : $"B{i + 1}"));
        var tail = Enumerable.Range(1, 100).Select(i => Branch($"T{i}", i == 100 ? "B2500" : $"T{i + 1}"));

        var problems = Cycles([.. tail, .. cycle]).ToList();

        problems.Should().HaveCount(5_000);
        problems.Select(p => p.Path).Should().Equal(Enumerable.Range(100, 5_000).Select(i => $"Organizations[{i}].ParentId"));
        problems[0].Should().Be(new ValidationProblem("Organizations[100].ParentId", OrganizationsErrorCodes.Cycle, "'B1' is its own ancestor.", "B2"));
    }

    [Fact]
    public void OrganizationItsOwnParent_IsACycle() =>
        Cycles([Branch("SELF", "SELF")]).Should().ContainSingle().Which.Path.Should().Be("Organizations[0].ParentId");
}
