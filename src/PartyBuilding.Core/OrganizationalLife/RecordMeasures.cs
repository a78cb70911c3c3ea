using System.Runtime.InteropServices;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>A value derived from records, with the identifiers of the records it came from and its explanation.</summary>
/// <remarks>The explanation is built when it is read (docs/architecture.md, "Explanations on demand"); equality compares the built trees.</remarks>
internal sealed record MeasuredValue
{
    private readonly DeferredExplanation _explanation;

    /// <summary>Initializes a value whose explanation is built when read.</summary>
    /// <param name="value">The value.</param>
    /// <param name="records">The identifiers of the records counted, in date order.</param>
    /// <param name="explanation">The explanation, deferred.</param>
    public MeasuredValue(decimal value, ImmutableArray<LifeRecordId> records, DeferredExplanation explanation)
    {
        Value = value;
        Records = records;
        _explanation = explanation;
    }

    /// <summary>Gets the value.</summary>
    public decimal Value { get; }

    /// <summary>Gets the identifiers of the records counted, in date order.</summary>
    public ImmutableArray<LifeRecordId> Records { get; }

    /// <summary>Gets the explanation: the measure, a node per period or kind and a node per record (keyed by the record's identifier); built when read.</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Gets the explanation as held, for a caller that defers its own tree over it without building this one.</summary>
    public DeferredExplanation Deferred => _explanation;
}

/// <summary>
/// Derives values from the records of organizational life for the areas that score on them: a branch's
/// <see cref="RecordMeasure"/> (standardization indicators) and the meetings a member attended or missed (member points).
/// </summary>
/// <remarks>Validity is the compliance check's one rule (<see cref="StandingQuorum"/>), under the scheme's reading of “半数以上”:
/// a members' meeting needs half or more (as read) of the full members with a vote present, a committee meeting of the committee
/// (<see cref="OrganizationalLifeRules.MembersMeetingQuorum"/>, <see cref="OrganizationalLifeRules.CommitteeMeetingQuorum"/>).
/// Defensive: the records need not be valid. Pure.</remarks>
internal static class RecordMeasures
{
    /// <summary>Gets the branch of the records, or <see langword="null"/>.</summary>
    public static LifeBranch? BranchOf(OrganizationalLifeRecords records, OrganizationId branch) => LifeRecordIndex.Of(records).Branch(branch);

    /// <summary>Tells whether the records list a member on a branch.</summary>
    public static bool Covers(OrganizationalLifeRecords records, MemberId member) => LifeRecordIndex.Of(records).Lists(member);

    /// <summary>Derives a branch's value.</summary>
    /// <param name="records">The records.</param>
    /// <param name="branch">The branch, listed in the records.</param>
    /// <param name="measure">What to derive.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="scheme">The scheme of organizational life whose reading of “半数以上” decides a meeting's quorum (<see cref="StandingQuorum"/>), or <see langword="null"/> for the default reading.</param>
    /// <returns>The value, its records and its explanation.</returns>
    public static MeasuredValue Branch(OrganizationalLifeRecords records, LifeBranch branch, RecordMeasure measure, LocalDate asOf, OrganizationalLifeScheme? scheme)
    {
        var kinds = measure.Meetings.Distinct().Order().ToArray();
        var index = LifeRecordIndex.Of(records);
        var meetings = InOrder(index, new[] { branch.Id }.Concat(branch.Groups).Distinct().SelectMany(index.HeldBy), m => m.Date <= asOf && kinds.Contains(m.Kind));
        var reading = StandingQuorum.Of(scheme);
        // The attendance rate counts every record; the other measures count valid meetings only.
        var valid = measure.Kind == RecordMeasureKind.AttendanceRate ? [] : Array.ConvertAll(meetings, m => StandingQuorum.IsValid(m, branch, reading));
        var ids = meetings.Select(m => m.Id).ToImmutableArray();
        decimal value;
        switch (measure.Kind)
        {
            case RecordMeasureKind.PeriodsWithoutValidMeeting:
            case RecordMeasureKind.ShareOfPeriodsWithValidMeeting:
            {
                var periods = Periods(records.Year, measure.Period, asOf).ToArray();
                var with = periods.Count(range => meetings.Where((m, i) => valid[i] && range.Contains(m.Date)).Any());
                value = measure.Kind == RecordMeasureKind.PeriodsWithoutValidMeeting ? periods.Length - with
                    : periods.Length == 0 ? 0m : (decimal)with / periods.Length;
                break;
            }

            case RecordMeasureKind.HeldInYear:
                value = kinds.Length > 0 && kinds.All(k => meetings.Where((m, i) => valid[i] && m.Kind == k).Any()) ? 1m : 0m;
                break;

            default:
            {
                var present = meetings.Sum(m => m.Attendees.Length);
                var recorded = present + meetings.Sum(m => m.Absentees.Length);
                value = recorded == 0 ? 0m : (decimal)present / recorded;
                break;
            }
        }

        var year = records.Year;
        return new MeasuredValue(value, ids, new DeferredExplanation(() => Explain(year, measure, asOf, kinds, meetings, valid, ids)));
    }

    /// <summary>Builds the explanation of a branch's value from the meetings counted and whether each is valid.</summary>
    private static Explanation Explain(
        AssessmentYear year, RecordMeasure measure, LocalDate asOf, MeetingKind[] kinds, MeetingRecord[] meetings, bool[] valid, ImmutableArray<LifeRecordId> ids)
    {
        var label = RecordTexts.Derived(measure);
        var parameters = new List<KeyValuePair<string, string>>();
        var nodes = valid.Select((v, i) => (Meeting: meetings[i], Node: Node(meetings[i], v))).ToArray();
        Explanation explanation;
        switch (measure.Kind)
        {
            case RecordMeasureKind.PeriodsWithoutValidMeeting:
            case RecordMeasureKind.ShareOfPeriodsWithValidMeeting:
            {
                var periods = Periods(year, measure.Period, asOf)
                    .Select(range => Explanation.Sum(
                        OrganizationalLifeTexts.Period(measure.Period, range.Start),
                        nodes.Where(n => range.Contains(n.Meeting.Date)).Select(n => n.Node)) with { Key = PeriodKey(measure.Period, range.Start) })
                    .ToArray();
                var with = periods.Count(p => p.Value > 0);
                var value = measure.Kind == RecordMeasureKind.PeriodsWithoutValidMeeting ? periods.Length - with
                    : periods.Length == 0 ? 0m : (decimal)with / periods.Length;
                parameters.Add(new("periods", Text(periods.Length)));
                parameters.Add(new("periods-with", Text(with)));
                explanation = Explanation.Formula(label, value, RecordTexts.Key(measure.Kind), parameters, periods);
                break;
            }

            case RecordMeasureKind.HeldInYear:
            {
                var perKind = kinds
                    .Select(k => Explanation.Sum(OrganizationalLifeLabels.MeetingKinds[k], nodes.Where(n => n.Meeting.Kind == k).Select(n => n.Node)) with { Key = RecordTexts.Key(k) })
                    .ToArray();
                var value = kinds.Length > 0 && perKind.All(k => k.Value > 0) ? 1m : 0m;
                explanation = Explanation.Formula(label, value, RecordTexts.Key(measure.Kind), parameters, perKind);
                break;
            }

            default:
            {
                var present = meetings.Sum(m => m.Attendees.Length);
                var recorded = present + meetings.Sum(m => m.Absentees.Length);
                parameters.Add(new("present", Text(present)));
                parameters.Add(new("recorded", Text(recorded)));
                explanation = Explanation.Formula(label, recorded == 0 ? 0m : (decimal)present / recorded, RecordTexts.Key(measure.Kind), parameters,
                    meetings.Select(m => Explanation.Given(RecordTexts.Attendance(m), m.Attendees.Length) with { Key = m.Id.Value }));
                break;
            }
        }

        return explanation with { Summary = RecordTexts.From(ids) };
    }

    /// <summary>Gets the meetings of the kinds, dated in the year by the evaluation date, that a member attended or was absent from without a reason.</summary>
    /// <param name="records">The records.</param>
    /// <param name="member">The member.</param>
    /// <param name="kinds">The kinds of meeting.</param>
    /// <param name="absentWithoutReason">Whether to count absences without a reason (无故缺席) instead of attendance.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The meetings, in date and identifier order.</returns>
    public static ImmutableArray<MeetingRecord> OfMember(OrganizationalLifeRecords records, MemberId member, IReadOnlyCollection<MeetingKind> kinds, bool absentWithoutReason, LocalDate asOf)
    {
        var index = LifeRecordIndex.Of(records);
        return ImmutableCollectionsMarshal.AsImmutableArray(InOrder(index, index.OfMember(member, absentWithoutReason), m => m.Date <= asOf && kinds.Contains(m.Kind)));
    }

    /// <summary>
    /// Gets the meetings at the positions that pass the filter, in date and identifier order, and in listed order where both
    /// are the same (as a stable sort of the whole list would give them).
    /// </summary>
    private static MeetingRecord[] InOrder(LifeRecordIndex index, IEnumerable<int> positions, Func<MeetingRecord, bool> filter) =>
        [.. positions.Where(i => filter(index.Meetings[i])).Order().Select(i => index.Meetings[i]).OrderBy(m => m.Date).ThenBy(m => m.Id)];

    private static Explanation Node(MeetingRecord meeting, bool valid) => valid
        ? Explanation.Given(OrganizationalLifeTexts.Record(meeting), 1) with { Key = meeting.Id.Value }
        : Explanation.Given(OrganizationalLifeTexts.InvalidRecord(meeting), 0) with { Key = meeting.Id.Value };

    /// <summary>Gets the periods of a kind in the year that ended by a date.</summary>
    internal static IEnumerable<DateRange> Periods(AssessmentYear year, LifePeriod period, LocalDate asOf) => (period switch
    {
        LifePeriod.Month => year.Months.Select(DateRange.Of),
        LifePeriod.Quarter => Enumerable.Range(1, 4).Select(q => AssessmentQuarter.Create(year, q).Range),
        _ => [year.Range],
    }).Where(r => r.End <= asOf);

    private static string PeriodKey(LifePeriod period, LocalDate start) => period switch
    {
        LifePeriod.Month => start.ToString("uuuu-MM", CultureInfo.InvariantCulture),
        LifePeriod.Quarter => I($"{start.Year}-Q{((start.Month - 1) / 3) + 1}"),
        _ => I($"{start.Year}"),
    };

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
