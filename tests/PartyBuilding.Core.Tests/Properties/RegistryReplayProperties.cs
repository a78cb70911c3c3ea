using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Tests.Properties;

/// <summary>A generated reform: a committee and a valid event log over its organizations, members and districts.</summary>
public sealed record GeneratedReform(GeneratedCommittee Committee, OrganizationEventLog Log)
{
    /// <summary>The snapshot the log starts from.</summary>
    public OrganizationSnapshot Snapshot => Committee.Snapshot();

    private static readonly Gen<(int Kind, int A, int B, int Days)> Command =
        from kind in Gen.Choose(0, 5)
        from a in Gen.Choose(0, 1000)
        from b in Gen.Choose(0, 1000)
        from days in Gen.Frequency((1, Gen.Constant(-1)), (3, Gen.Choose(0, 20)))
        select (kind, a, b, days);

    /// <summary>
    /// Generates reforms: 0 to 30 events in date order over the committee's year (several may share a day), each built
    /// from a small model of the state so that the log is valid: a new branch created under a department, a member
    /// joining or leaving a branch, a probationary member confirmed, a department renamed, moved to the other district or
    /// given a new staff count.
    /// </summary>
    public static Gen<GeneratedReform> Generator { get; } =
        from committee in GeneratedCommittee.Generator
        from steps in Gen.Choose(0, 30)
        from commands in Command.ArrayOf(steps)
        select new GeneratedReform(committee, Build(committee, commands));

    private static OrganizationEventLog Build(GeneratedCommittee committee, (int Kind, int A, int B, int Days)[] commands)
    {
        var day = GeneratedCommittee.Start;
        var branches = committee.Departments.Select((_, i) => GeneratedCommittee.Department(i).Value + "-B01").ToList();
        var members = committee.Departments.SelectMany((d, i) => d.MemberGrades.Select((_, m) => GeneratedCommittee.Member(i, m))).ToList();
        var probationary = new List<MemberId>();
        var events = new List<OrganizationEvent>();
        var next = 0;
        foreach (var (kind, a, b, days) in commands)
        {
            day = events.Count > 0 && days < 0 ? day : day.PlusDays(1 + Math.Max(0, days));
            var department = GeneratedCommittee.Department(a % committee.Departments.Length);
            switch (kind)
            {
                case 0:
                    var branch = $"{department}-N{++next:00}";
                    branches.Add(branch);
                    events.Add(new OrganizationCreated(day, OrganizationId.Parse(branch), OrganizationKind.Branch, "新建党支部 " + branch, ParentId: department));
                    break;
                case 1:
                    var into = branches[b % branches.Count];
                    var member = MemberId.Parse($"{into}-J{++next:000}");
                    members.Add(member);
                    probationary.Add(member);
                    events.Add(new MemberJoined(day, OrganizationId.Parse(into), member, "新党员 " + member, MembershipStatus.Probationary));
                    break;
                case 2 when members.Count > 0:
                    var leaving = members[b % members.Count];
                    members.Remove(leaving);
                    probationary.Remove(leaving);
                    events.Add(new MemberLeft(day, leaving));
                    break;
                case 3 when probationary.Count > 0:
                    var confirmed = probationary[b % probationary.Count];
                    probationary.Remove(confirmed);
                    events.Add(new MemberConfirmed(day, confirmed));
                    break;
                case 4:
                    events.Add(new DistrictAssigned(day, department, DistrictId.Parse(b % 2 == 0 ? "D1" : "D2")));
                    break;
                default:
                    events.Add(b % 2 == 0
                        ? new OrganizationRenamed(day, department, $"{department} 更名 {b}")
                        : new StaffCountChanged(day, department, 30 + b));
                    break;
            }
        }

        return new OrganizationEventLog([.. events]);
    }
}

/// <summary>FsCheck arbitraries of generated reforms.</summary>
public static class ReformArbitraries
{
    /// <summary>Gets the arbitrary of generated reforms.</summary>
    public static Arbitrary<GeneratedReform> Reforms() => Arb.From(GeneratedReform.Generator);
}

/// <summary>(e) The organization registry's as-of queries agree with replaying the reform log up to the date.</summary>
public sealed class RegistryReplayProperties
{
    private static string Canonical(OrganizationTree tree) => string.Join('\n',
    [
        .. tree.Organizations.OrderBy(o => o.Id).Select(o => o.ToString()),
        .. tree.Members.OrderBy(m => m.Id).Select(m => m.ToString()),
        .. tree.Roles.Select(r => r.ToString()).Order(StringComparer.Ordinal),
    ]);

    [Property(MaxTest = 40, Arbitrary = [typeof(ReformArbitraries)])]
    public Property AsOf_AnyDate_AgreesWithReplayingTheLogUpToThatDate(GeneratedReform reform, NonNegativeInt offset)
    {
        var snapshot = reform.Snapshot;
        var registry = OrganizationRegistry.Create(snapshot, reform.Log);
        var date = snapshot.AsOf.PlusDays(offset.Get % 400);

        var replayed = OrganizationRegistry.Create(snapshot, new OrganizationEventLog([.. reform.Log.Events.Where(e => e.Date <= date)])).AsOf(date);
        var asOf = registry.AsOf(date);

        return (Canonical(asOf) == Canonical(replayed) && asOf.Date == date)
            .Label($"{reform.Log.Events.Length} events, as of {date}");
    }

    [Property(MaxTest = 40, Arbitrary = [typeof(ReformArbitraries)])]
    public bool AsOf_BetweenTwoEventDates_IsTheStateAfterTheEarlierDate(GeneratedReform reform)
    {
        var registry = OrganizationRegistry.Create(reform.Snapshot, reform.Log);
        var dates = reform.Log.Events.Select(e => e.Date).Distinct().ToList();

        // Nothing changes between two event dates: the day before an event date shows the previous date's state.
        return dates.Zip(dates.Skip(1)).All(pair =>
            Canonical(registry.AsOf(pair.Second.PlusDays(-1))) == Canonical(registry.AsOf(pair.First)));
    }

    [Property(MaxTest = 25, Arbitrary = [typeof(ReformArbitraries)])]
    public bool EventLog_RoundTripsThroughJson(GeneratedReform reform)
    {
        var json = PartyBuildingJson.Serialize(reform.Log);
        var back = PartyBuildingJson.Deserialize<OrganizationEventLog>(json);
        return back.Events.SequenceEqual(reform.Log.Events) && PartyBuildingJson.Serialize(back) == json;
    }
}
