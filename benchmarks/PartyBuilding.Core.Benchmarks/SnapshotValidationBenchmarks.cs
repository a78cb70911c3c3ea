using BenchmarkDotNet.Attributes;
using NodaTime;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The snapshot validator on one long parent chain (the worst case of its cycle rule): walking every ancestor of every
/// organization took 21 s for 20,000 organizations; colouring each organization once makes it linear. The same chain with as
/// many duplicated identifiers hanging from its end: each later listing walked the whole chain for its cycle check; the
/// parent links laid out once (<c>Ancestry</c>) answer each in constant time.
/// </summary>
[MemoryDiagnoser]
public class SnapshotValidationBenchmarks
{
    private static readonly NestingRules BranchUnderBranch = new(
        [OrganizationKind.WorkingCommittee],
        [
            new KindNesting(OrganizationKind.WorkingCommittee, OrganizationKind.Branch),
            new KindNesting(OrganizationKind.Branch, OrganizationKind.Branch),
        ]);

    private readonly OrganizationSnapshotValidator _validator = new();
    private OrganizationSnapshot _chain = null!;
    private OrganizationSnapshot _duplicates = null!;

    /// <summary>Gets or sets the length of the chain.</summary>
    [Params(2_000, 20_000, 100_000)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = new Organization(OrganizationId.Parse("WC"), OrganizationKind.WorkingCommittee, "工委");
        var chain = Enumerable.Range(1, Length).Select(i => new Organization(
            OrganizationId.Parse($"B{i}"), OrganizationKind.Branch, $"B{i}", OrganizationId.Parse(i == 1 ? "WC" : $"B{i - 1}")));
        _chain = new OrganizationSnapshot(new LocalDate(2019, 1, 1), [root, .. chain], nesting: BranchUnderBranch);
        var last = OrganizationId.Parse($"B{Length}");
        var duplicates = Enumerable.Range(1, Length).Select(i => new Organization(OrganizationId.Parse($"B{i}"), OrganizationKind.Branch, $"B{i}", last));
        _duplicates = _chain with { Organizations = [.. _chain.Organizations, .. duplicates] };
    }

    [Benchmark(Description = "OrganizationSnapshotValidator, one parent chain")]
    public bool ValidateChain() => _validator.Check(_chain).IsValid;

    [Benchmark(Description = "OrganizationSnapshotValidator, one parent chain and every identifier listed again under its end")]
    public int ValidateDuplicates() => _validator.Check(_duplicates).Problems.Length;
}
