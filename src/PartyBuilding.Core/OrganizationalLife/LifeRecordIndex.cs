using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>
/// The records of organizational life laid out once for the look-ups the other areas make (<see cref="RecordMeasures"/>):
/// each branch by its identifier, the members listed on any branch, and the meetings of the year by organization and by
/// member, so that a look-up costs what it finds, not a pass over every record of the committee.
/// </summary>
/// <remarks>
/// Built on first use for a records instance and kept beside it, not in it (the records stay value-equal and unchanged), so
/// that standardization's derived indicators and member points' record-based standards, which ask once per branch and once
/// per member, are linear in the records together rather than their product (issue 25: every engine linear or n log n).
/// Defensive like its callers: the records need not be valid (null entries are passed over; a repeated branch identifier
/// finds the first, as a scan would). Each list keeps the order of <see cref="OrganizationalLifeRecords.Meetings"/>.
/// Thread-safe: built under the table's lock, read-only afterwards.
/// </remarks>
internal sealed class LifeRecordIndex
{
    private static readonly ConditionalWeakTable<OrganizationalLifeRecords, LifeRecordIndex> Built = [];

    private readonly Dictionary<OrganizationId, LifeBranch> _branches = [];
    private readonly HashSet<MemberId> _listed = [];
    private readonly Dictionary<OrganizationId, List<int>> _byOrganization = [];
    private readonly Dictionary<MemberId, List<int>> _attended = [];
    private readonly Dictionary<MemberId, List<int>> _absentWithoutReason = [];

    private LifeRecordIndex(OrganizationalLifeRecords records)
    {
        Meetings = records.Meetings.AsImmutableArray();
        foreach (var branch in records.Branches)
        {
            if (branch is null)
            {
                continue;
            }

            _branches.TryAdd(branch.Id, branch);
            foreach (var member in branch.Members)
            {
                if (member is not null)
                {
                    _listed.Add(member.Id);
                }
            }
        }

        for (var i = 0; i < Meetings.Length; i++)
        {
            if (Meetings[i] is not { } meeting || !records.Year.Contains(meeting.Date))
            {
                continue;
            }

            Add(_byOrganization, meeting.OrganizationId, i);
            foreach (var attendee in meeting.Attendees)
            {
                Add(_attended, attendee, i);
            }

            foreach (var absence in meeting.Absentees)
            {
                if (absence is { Reason: AbsenceReason.None })
                {
                    Add(_absentWithoutReason, absence.MemberId, i);
                }
            }
        }
    }

    /// <summary>Gets the meetings as listed; the lists below hold their positions.</summary>
    public ImmutableArray<MeetingRecord> Meetings { get; }

    /// <summary>Gets the index of the records, built on first use.</summary>
    /// <param name="records">The records.</param>
    /// <returns>The index.</returns>
    public static LifeRecordIndex Of(OrganizationalLifeRecords records) => Built.GetValue(records, static r => new LifeRecordIndex(r));

    /// <summary>Gets the first branch listed with an identifier, or <see langword="null"/>.</summary>
    /// <param name="id">The branch.</param>
    /// <returns>The branch, or <see langword="null"/>.</returns>
    public LifeBranch? Branch(OrganizationId id) => _branches.GetValueOrDefault(id);

    /// <summary>Tells whether any branch lists a member.</summary>
    /// <param name="member">The member.</param>
    /// <returns><see langword="true"/> when listed.</returns>
    public bool Lists(MemberId member) => _listed.Contains(member);

    /// <summary>Gets the positions of the year's meetings an organization held, in listed order.</summary>
    /// <param name="organization">The organization.</param>
    /// <returns>The positions; empty when none.</returns>
    public IReadOnlyList<int> HeldBy(OrganizationId organization) => _byOrganization.TryGetValue(organization, out var list) ? list : [];

    /// <summary>Gets the positions of the year's meetings a member attended, or was absent from without a reason, in listed order; a meeting that lists the member twice appears once.</summary>
    /// <param name="member">The member.</param>
    /// <param name="absentWithoutReason">Whether to find absences without a reason (无故缺席) instead of attendance.</param>
    /// <returns>The positions; empty when none.</returns>
    public IReadOnlyList<int> OfMember(MemberId member, bool absentWithoutReason) =>
        (absentWithoutReason ? _absentWithoutReason : _attended).TryGetValue(member, out var list) ? list : [];

    private static void Add<TKey>(Dictionary<TKey, List<int>> lists, TKey key, int position)
        where TKey : notnull
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(lists, key, out _);
        list ??= [];
        if (list.Count == 0 || list[^1] != position)
        {
            list.Add(position);
        }
    }
}
