using BenchmarkDotNet.Attributes;
using NodaTime;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The registry replaying a log that dissolves every branch but one under a general branch, each on a date of its own, the
/// members passing to the remaining branch: a dissolution looked through every organization for children and every member
/// for the branch's, so the log took time quadratic in the registry (issue 25); with each state's children and members
/// indexed, ten times the branches cost about ten times as much.
/// </summary>
[MemoryDiagnoser]
public class DissolutionReplayBenchmarks
{
    private static readonly LocalDate Start = new(2000, 1, 1);

    private OrganizationSnapshot _snapshot = null!;
    private OrganizationEventLog _log = null!;

    /// <summary>Gets or sets the number of branches, each with two members.</summary>
    [Params(10_000, 100_000)]
    public int Branches { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var committee = OrganizationId.Parse("WC");
        var general = OrganizationId.Parse("G");
        var organizations = new List<Organization>
        {
            new(committee, OrganizationKind.WorkingCommittee, "工委"),
            new(general, OrganizationKind.GeneralBranch, "总支", committee),
        };
        var members = new List<PartyMember>();
        for (var b = 0; b < Branches; b++)
        {
            var branch = OrganizationId.Parse($"B{b}");
            organizations.Add(new Organization(branch, OrganizationKind.Branch, $"支部{b}", general));
            for (var m = 0; m < 2; m++)
            {
                members.Add(new PartyMember(MemberId.Parse($"B{b}-M{m}"), $"党员{m}", branch, MembershipStatus.Full, new LocalDate(1990, 1, 1), new LocalDate(1991, 1, 1)));
            }
        }

        _snapshot = new OrganizationSnapshot(Start, [.. organizations], [.. members], []);
        var survivor = OrganizationId.Parse("B0");
        _log = new OrganizationEventLog([.. Enumerable.Range(1, Branches - 1).Select(b => (OrganizationEvent)new OrganizationDissolved(Start.PlusDays(b), OrganizationId.Parse($"B{b}"), survivor))]);
    }

    [Benchmark(Description = "OrganizationRegistry.Create, every branch but one dissolved into it, each on a date of its own")]
    public int Replay() => OrganizationRegistry.Create(_snapshot, _log).AsOf(Start.PlusDays(Branches)).Members.Length;
}
