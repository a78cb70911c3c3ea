using BenchmarkDotNet.Attributes;
using NodaTime;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.Benchmarks;

/// <summary>
/// What standardization's derived indicators and member points' record-based standards ask of the records of organizational
/// life: each branch's meetings of a measure, and for each member whether a branch lists them and the meetings they
/// attended. A pass over every record per branch and per member made it quadratic (issue 25); the index built once per
/// records makes ten times the branches cost about ten times as much.
/// </summary>
[MemoryDiagnoser]
public class RecordLookupBenchmarks
{
    private static readonly AssessmentYear Year = AssessmentYear.Create(2025);
    private static readonly LocalDate AsOf = new(2025, 12, 31);
    private static readonly RecordMeasure Measure = new(RecordMeasureKind.ShareOfPeriodsWithValidMeeting, [MeetingKind.MembersMeeting], LifePeriod.Quarter);
    private static readonly MeetingKind[] Kinds = [MeetingKind.MembersMeeting, MeetingKind.PartyLesson];

    private OrganizationalLifeRecords _records = null!;

    /// <summary>Gets or sets the number of branches (ten members and twelve meetings each).</summary>
    [Params(1_000, 10_000)]
    public int Branches { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var branches = new List<LifeBranch>();
        var meetings = new List<MeetingRecord>();
        for (var b = 0; b < Branches; b++)
        {
            var id = OrganizationId.Parse($"B{b}");
            var members = Enumerable.Range(0, 10).Select(m => MemberId.Parse($"B{b}-M{m}")).ToArray();
            branches.Add(new LifeBranch(id, [.. members.Select(m => new LifeMember(m, MembershipStatus.Full))]));
            meetings.AddRange(Enumerable.Range(1, 12).Select(month => new MeetingRecord(
                LifeRecordId.Parse($"B{b}-R{month}"), month % 3 == 0 ? MeetingKind.MembersMeeting : MeetingKind.PartyLesson, id,
                new LocalDate(2025, month, 10), Attendees: [.. members.Skip(month % 3)])));
        }

        _records = new OrganizationalLifeRecords(Year, OrganizationId.Parse("WC"), [.. branches], [.. meetings]);
    }

    [Benchmark(Description = "every branch's measure and every member's meetings, index built once")]
    public int EveryBranchAndMember()
    {
        var records = _records with { };
        var found = 0;
        foreach (var branch in records.Branches)
        {
            found += RecordMeasures.Branch(records, RecordMeasures.BranchOf(records, branch.Id)!, Measure, AsOf, null).Records.Length;
            foreach (var member in branch.Members)
            {
                if (RecordMeasures.Covers(records, member.Id))
                {
                    found += RecordMeasures.OfMember(records, member.Id, Kinds, absentWithoutReason: false, AsOf).Length;
                }
            }
        }

        return found;
    }
}
