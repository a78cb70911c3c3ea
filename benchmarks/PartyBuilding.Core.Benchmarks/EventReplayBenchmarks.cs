using BenchmarkDotNet.Attributes;
using NodaTime;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// The registry replaying a log of role assignments, each on a date of its own, over a snapshot of 5,000 branches of ten
/// members: each role event copied every role and each date's state kept its copy (8,000 events: 640 MB at the peak, issue
/// 25); with the roles held persistently, ten times the events cost about ten times as much.
/// </summary>
[MemoryDiagnoser]
public class EventReplayBenchmarks
{
    private static readonly LocalDate Start = new(2025, 1, 1);

    private OrganizationSnapshot _snapshot = null!;
    private OrganizationEventLog _log = null!;

    /// <summary>Gets or sets the number of role events.</summary>
    [Params(4_000, 40_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var committee = OrganizationId.Parse("WC");
        var organizations = new List<Organization> { new(committee, OrganizationKind.WorkingCommittee, "工委") };
        var members = new List<PartyMember>();
        var roles = new List<RoleAssignment>();
        for (var b = 0; b < 5_000; b++)
        {
            var branch = OrganizationId.Parse($"B{b}");
            organizations.Add(new Organization(branch, OrganizationKind.Branch, $"支部{b}", committee));
            for (var m = 0; m < 10; m++)
            {
                members.Add(new PartyMember(MemberId.Parse($"B{b}-M{m}"), $"党员{m}", branch, MembershipStatus.Full, new LocalDate(2010, 1, 1), new LocalDate(2011, 1, 1)));
            }

            roles.Add(new RoleAssignment(branch, MemberId.Parse($"B{b}-M0"), PartyRole.Secretary, new LocalDate(2020, 1, 1)));
        }

        _snapshot = new OrganizationSnapshot(Start, [.. organizations], [.. members], [.. roles]);
        var events = Enumerable.Range(0, Events).Select(i => (OrganizationEvent)(i / 5_000 % 2 == 0
            ? new RoleAssigned(Start.PlusDays(1 + i), OrganizationId.Parse($"B{i % 5_000}"), MemberId.Parse($"B{i % 5_000}-M1"), PartyRole.DeputySecretary)
            : new RoleEnded(Start.PlusDays(1 + i), OrganizationId.Parse($"B{i % 5_000}"), MemberId.Parse($"B{i % 5_000}-M1"), PartyRole.DeputySecretary)));
        _log = new OrganizationEventLog([.. events]);
    }

    [Benchmark(Description = "OrganizationRegistry.Create, role events each on a date of its own")]
    public int Replay() => OrganizationRegistry.Create(_snapshot, _log).AsOf(Start.PlusDays(Events)).Roles.Length;
}
