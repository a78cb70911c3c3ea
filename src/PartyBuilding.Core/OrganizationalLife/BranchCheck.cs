using System.Runtime.InteropServices;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>The compliance check of one branch: quorums, frequencies, the secretary's lesson, talks, leading cadres, dues and the six-month rule.</summary>
internal sealed class BranchCheck
{
    private static readonly LifePeriod[] FrequencyPeriods = [LifePeriod.Month, LifePeriod.Quarter, LifePeriod.Year];

    private readonly LifeBranch _branch;
    private readonly OrganizationalLifeScheme _scheme;
    private readonly AssessmentYear _year;
    private readonly LocalDate _asOf;
    private readonly MeetingRecord[] _meetings;
    private readonly HashSet<(MemberId, YearMonth)> _paid;
    private readonly bool[] _invalid;
    private readonly List<LifeFinding> _findings = [];
    private readonly YearMonth[] _endedMonths;
    private readonly MeetingRecord[] _lifeMeetings;
    private readonly YearMonth[] _carriedMonths;
    private readonly LifeCalendar _calendar;

    // The records of the six-month rule (the carried and the year's) grouped by month once: the months in the order of their
    // first record, each month's records in their order, at [_monthStart[k], _monthStart[k + 1]) of _byMonth.
    private readonly MeetingRecord[] _byMonth;
    private readonly YearMonth[] _monthKeys;
    private readonly int[] _monthStart;

    // Buffers reused for every member: the unpaid months of the year, those of the six-month rule, the months without life.
    private readonly List<YearMonth> _unpaid = [];
    private readonly List<YearMonth> _unpaidWithCarried = [];
    private readonly List<YearMonth> _absent = [];
    private int _checked;

    // meetings: the branch's and its party groups' records dated by the as-of date, by date; carried: the same of the
    // records carried over from the previous year; calendar: the periods of the year ended by the as-of date.
    public BranchCheck(
        LifeBranch branch, OrganizationalLifeScheme scheme, AssessmentYear year, LocalDate asOf, MeetingRecord[] meetings, HashSet<(MemberId, YearMonth)> paid,
        MeetingRecord[]? carried = null, YearMonth[]? carriedMonths = null, LifeCalendar? calendar = null)
    {
        _branch = branch;
        _scheme = scheme;
        _year = year;
        _asOf = asOf;
        _meetings = meetings;
        _paid = paid;
        _invalid = new bool[meetings.Length];
        _calendar = calendar ?? new LifeCalendar(year, asOf, scheme);
        _endedMonths = _calendar.EndedMonths;

        // The six-month rule also sees the months carried over from the previous year (StandingCarryover).
        _carriedMonths = carriedMonths ?? [];
        _lifeMeetings = carried is null or { Length: 0 } ? _meetings : [.. carried, .. _meetings];
        (_byMonth, _monthKeys, _monthStart) = GroupByMonth(_lifeMeetings);
    }

    public BranchLifeResult Run()
    {
        Quorums();
        foreach (var kind in OrganizationalLifeRules.FrequencyKinds)
        {
            if (kind == MeetingKind.PartyGroupMeeting)
            {
                foreach (var group in _branch.Groups.Order())
                {
                    Frequency(kind, group);
                }
            }
            else if (kind != MeetingKind.BranchCommitteeMeeting || _branch.Members.Any(m => m.CommitteeMember))
            {
                Frequency(kind, _branch.Id);
            }
        }

        if (_year.LastDay <= _asOf)
        {
            SecretaryLesson();
            Talks();
        }

        foreach (var member in _branch.Members.OrderBy(m => m.Id))
        {
            LeadingCadre(member);
            Unpaid(member, _endedMonths, _unpaid);
            Dues(member.Id, _unpaid);
            Unpaid(member, _carriedMonths, _unpaidWithCarried);
            _unpaidWithCarried.AddRange(_unpaid);
            Article9(member, _unpaidWithCarried);
        }

        var findings = _findings.Count == 0 ? [] : _findings.OrderBy(f => f.Kind).ThenBy(f => f.Period.Start).ThenBy(f => f.OrganizationId)
            .ThenBy(f => f.Members.IsEmpty ? default : f.Members[0]).ThenBy(f => f.Records.IsEmpty ? default : f.Records[0]).ToImmutableArray();
        return new BranchLifeResult(_branch.Id, _meetings.Length, _invalid.Length - _invalid.AsSpan().Count(true), findings, _checked);
    }

    private void Quorums()
    {
        var counter = new QuorumCounter(_branch, StandingQuorum.Of(_scheme));
        for (var i = 0; i < _meetings.Length; i++)
        {
            var meeting = _meetings[i];
            if (counter.Count(meeting) is not { } count)
            {
                continue;
            }

            _checked++;
            if (!count.Met)
            {
                _invalid[i] = true;
                WithoutQuorum(meeting, count);
            }
        }
    }

    private void WithoutQuorum(MeetingRecord meeting, QuorumCount count)
    {
        Add(LifeFindingKind.WithoutQuorum, meeting.Kind, meeting.OrganizationId, DateRange.Create(meeting.Date, meeting.Date), [], [meeting.Id], [], count.Rule.Citation,
            new DeferredExplanation(() => WithoutQuorumNode(meeting, count)));
    }

    private static Explanation WithoutQuorumNode(MeetingRecord meeting, QuorumCount count)
    {
        var entitledCitation = meeting.Kind == MeetingKind.MembersMeeting ? OrganizationalLifeRules.ProbationaryMembersHaveNoVote : null;
        List<Explanation> children =
        [
            Explanation.Given(OrganizationalLifeTexts.Present, count.Present),
            Explanation.Given(OrganizationalLifeTexts.Entitled(meeting.Kind), count.Entitled) with { Citation = entitledCitation },
        ];
        if (count.WithoutVote > 0)
        {
            children.Add(Explanation.Given(OrganizationalLifeTexts.OnPartyProbation, count.WithoutVote) with { Citation = MemberStandingRules.PartyProbationHasNoVote });
        }

        var explanation = Explanation.Formula(
            OrganizationalLifeTexts.InvalidRecord(meeting),
            count.Present,
            StandingQuorum.Formula(count.Reading),
            [new("present", Text(count.Present)), new("entitled", Text(count.Entitled)), new("share", count.Rule.Value.ToString())],
            children) with { Key = meeting.Id.Value, Citation = count.Rule.Citation, Summary = StandingQuorum.WithoutQuorum(meeting, count.Present, count.Entitled, count.Reading) };
        return explanation;
    }

    private void Frequency(MeetingKind kind, OrganizationId organization)
    {
        foreach (var period in FrequencyPeriods)
        {
            var ranges = _calendar.Of(period);
            for (var r = 0; r < ranges.Length; r++)
            {
                var range = ranges[r];
                if (_calendar.RequirementOf(kind, period, r) is not { } rule || rule.Requirement.Period != period)
                {
                    continue;
                }

                _checked++;

                // One pass over the branch's records counts those held and valid; the records are gathered only for a finding.
                int held = 0, valid = 0;
                for (var i = 0; i < _meetings.Length; i++)
                {
                    var m = _meetings[i];
                    if (m.Kind == kind && m.OrganizationId == organization && range.Contains(m.Date))
                    {
                        held++;
                        valid += _invalid[i] ? 0 : 1;
                    }
                }

                if (valid >= rule.Requirement.Minimum)
                {
                    continue;
                }

                // The tree reads each record's validity as it is now: the quorums are all checked by then.
                var records = new MeetingRecord[held];
                var validity = new bool[held];
                for (int i = 0, k = 0; i < _meetings.Length; i++)
                {
                    var m = _meetings[i];
                    if (m.Kind == kind && m.OrganizationId == organization && range.Contains(m.Date))
                    {
                        (records[k], validity[k]) = (m, !_invalid[i]);
                        k++;
                    }
                }

                var (start, minimum, citation) = (range.Start, rule.Requirement.Minimum, rule.Citation);
                Add(LifeFindingKind.MissedMeeting, kind, organization, range, [], [.. records.Select(m => m.Id)], [], citation,
                    new DeferredExplanation(() => MissedNode(kind, organization, period, start, valid, minimum, citation, records, validity)));
            }
        }
    }

    private static Explanation MissedNode(
        MeetingKind kind, OrganizationId organization, LifePeriod period, LocalDate start, int valid, int minimum, Citation? citation, MeetingRecord[] held, bool[] validity)
    {
        var label = OrganizationalLifeTexts.Period(period, start);
        return Explanation.Formula(
            OrganizationalLifeTexts.Finding(LifeFindingKind.MissedMeeting, kind, label),
            valid,
            "minimum-per-period",
            [new("period", RecordTexts.Key(period)), new("minimum", Text(minimum))],
            held.Select((m, i) => RecordNode(m, validity[i]))) with { Key = organization.Value, Citation = citation, Summary = OrganizationalLifeTexts.Missed(kind, label, valid, minimum) };
    }

    private void SecretaryLesson()
    {
        if (!OrganizationalLifeRules.SecretaryLessonsPerYear.TryGetEntryAsOf(_year.LastDay, out var entry))
        {
            return;
        }

        _checked++;

        var lessons = _meetings.Where(m => m.Kind == MeetingKind.PartyLesson).ToArray();
        var given = lessons.Count(m => m.Giver == LessonGiver.Secretary);
        if (given >= entry.Value)
        {
            return;
        }

        var (branch, year) = (_branch.Id, _year);
        Add(LifeFindingKind.MissingSecretaryLesson, MeetingKind.PartyLesson, _branch.Id, _year.Range, [], [.. lessons.Select(m => m.Id)], [], entry.Citation,
            new DeferredExplanation(() => Explanation.Formula(
                OrganizationalLifeTexts.Finding(LifeFindingKind.MissingSecretaryLesson, null, OrganizationalLifeTexts.Period(LifePeriod.Year, year.FirstDay)),
                given,
                "minimum-per-period",
                [new("period", "year"), new("minimum", Text(entry.Value))],
                lessons.Select(m => Explanation.Given(OrganizationalLifeTexts.Lesson(m), m.Giver == LessonGiver.Secretary ? 1 : 0) with { Key = m.Id.Value }))
                with { Key = branch.Value, Citation = entry.Citation, Summary = OrganizationalLifeTexts.SecretaryLesson(given, entry.Value) }));
    }

    private void Talks()
    {
        if (!OrganizationalLifeRules.TalksPerMemberPerYear.TryGetEntryAsOf(_year.LastDay, out var entry))
        {
            return;
        }

        _checked++;

        var talks = _meetings.Where(m => m.Kind == MeetingKind.HeartToHeartTalk).ToArray();
        var counts = _branch.Members.ToDictionary(m => m.Id, m => talks.Count(t => Attended(t, m.Id) || t.Chair == m.Id));
        var missing = counts.Where(c => c.Value < entry.Value).Select(c => c.Key).Order().ToImmutableArray();
        if (missing.IsEmpty)
        {
            return;
        }

        var talked = missing.Select(m => counts[m]).ToArray();
        var (branch, year) = (_branch.Id, _year);
        Add(LifeFindingKind.MissingTalks, MeetingKind.HeartToHeartTalk, _branch.Id, _year.Range, missing, [.. talks.Select(m => m.Id)], [], entry.Citation,
            new DeferredExplanation(() => Explanation.Formula(
                OrganizationalLifeTexts.Finding(LifeFindingKind.MissingTalks, null, OrganizationalLifeTexts.Period(LifePeriod.Year, year.FirstDay)),
                missing.Length,
                "talk-with-every-member",
                [new("minimum", Text(entry.Value))],
                missing.Select((m, i) => Explanation.Given(OrganizationalLifeTexts.Member(m), talked[i]) with { Key = m.Value }))
                with { Key = branch.Value, Citation = entry.Citation, Summary = OrganizationalLifeTexts.MissingTalks(missing.Length) }));
    }

    private void LeadingCadre(LifeMember member)
    {
        var minimum = _scheme.LeadingCadreMeetingsPerQuarter;
        if (!member.LeadingCadre || minimum == 0)
        {
            return;
        }

        foreach (var range in _calendar.Of(LifePeriod.Quarter))
        {
            // A quarter the leading cadre spent wholly outside the branch (LifeMember.From, .To) is not checked.
            if ((member.From is { } from && from > range.End) || (member.To is { } to && to < range.Start))
            {
                continue;
            }

            _checked++;
            int open = 0, attended = 0;
            foreach (var m in _meetings)
            {
                if (range.Contains(m.Date) && IsOpenTo(m, member))
                {
                    open++;
                    attended += Attended(m, member.Id) ? 1 : 0;
                }
            }

            if (attended >= minimum)
            {
                continue;
            }

            var missed = new MeetingRecord[open - attended];
            var k = 0;
            foreach (var m in _meetings)
            {
                if (range.Contains(m.Date) && IsOpenTo(m, member) && !Attended(m, member.Id))
                {
                    missed[k++] = m;
                }
            }

            var citation = _scheme.Cite(OrganizationalLifeRules.DualOrganizationalLife);
            Add(LifeFindingKind.LeadingCadreAbsent, null, _branch.Id, range, [member.Id], [.. missed.Select(m => m.Id)], [], citation,
                LeadingCadreLater(member.Id, range.Start, attended, minimum, citation, missed));
        }
    }

    // Made in a static method, so that the closure holds its arguments only, never this check (its lambdas capture it).
    private static DeferredExplanation LeadingCadreLater(MemberId member, LocalDate start, int attended, int minimum, Citation? citation, MeetingRecord[] missed) =>
        new(() => LeadingCadreNode(member, start, attended, minimum, citation, missed));

    private static Explanation LeadingCadreNode(MemberId member, LocalDate start, int attended, int minimum, Citation? citation, MeetingRecord[] missed)
    {
        var label = OrganizationalLifeTexts.Period(LifePeriod.Quarter, start);
        return Explanation.Formula(
            OrganizationalLifeTexts.Finding(LifeFindingKind.LeadingCadreAbsent, null, label),
            attended,
            "minimum-per-period",
            [new("period", "quarter"), new("minimum", Text(minimum))],
            missed.Select(m => Explanation.Given(OrganizationalLifeTexts.Record(m), 0) with { Key = m.Id.Value }))
            with { Key = member.Value, Citation = citation, Summary = OrganizationalLifeTexts.LeadingCadre(member, label, attended, minimum) };
    }

    private void Dues(MemberId member, List<YearMonth> unpaidMonths)
    {
        if (_endedMonths.Length > 0)
        {
            _checked++;
        }

        if (unpaidMonths.Count == 0)
        {
            return;
        }

        var unpaid = unpaidMonths.ToArray();
        var range = DateRange.Create(unpaid[0].OnDayOfMonth(1), DateRange.Of(unpaid[^1]).End);
        Add(LifeFindingKind.DuesUnpaid, null, _branch.Id, range, [member], [], [.. unpaid], OrganizationalLifeRules.MonthlyDues,
            new DeferredExplanation(() => Explanation.Formula(
                OrganizationalLifeTexts.Finding(LifeFindingKind.DuesUnpaid, null, OrganizationalLifeTexts.Member(member)),
                unpaid.Length,
                "months-unpaid",
                [],
                unpaid.Select(m => Explanation.Given(OrganizationalLifeTexts.MonthUnpaid(m), 1) with { Key = MonthKey(m) }))
                with { Key = member.Value, Citation = OrganizationalLifeRules.MonthlyDues, Summary = OrganizationalLifeTexts.DuesUnpaid(member, unpaid.Length) }));
    }

    private void Article9(LifeMember member, List<YearMonth> unpaid)
    {
        if (_carriedMonths.Length + _endedMonths.Length > 0)
        {
            _checked++;
        }

        _absent.Clear();
        foreach (var seen in (ReadOnlySpan<YearMonth[]>)[_carriedMonths, _endedMonths])
        {
            foreach (var m in seen)
            {
                if (member.BelongsIn(m) && WithoutLife(member, m))
                {
                    _absent.Add(m);
                }
            }
        }

        var (absentStart, absentLength) = LongestRun(CollectionsMarshal.AsSpan(_absent));
        var (unpaidStart, unpaidLength) = LongestRun(CollectionsMarshal.AsSpan(unpaid));
        var (lastList, lastStart, lastLength) = absentLength >= unpaidLength ? (_absent, absentStart, absentLength) : (unpaid, unpaidStart, unpaidLength);
        if (lastLength == 0 || !OrganizationalLifeRules.Article9Months.TryGetEntryAsOf(DateRange.Of(lastList[lastStart + lastLength - 1]).End, out var entry)
            || Math.Max(absentLength, unpaidLength) < entry.Value)
        {
            return;
        }

        var absentRun = _absent.GetRange(absentStart, absentLength).ToArray();
        var unpaidRun = unpaid.GetRange(unpaidStart, unpaidLength).ToArray();
        var missed = _lifeMeetings.Where(m => absentRun.Contains(m.Date.ToYearMonth()) && IsOpenTo(m, member) && !m.Attendees.Contains(member.Id)).ToArray();
        var months = absentRun.Union(unpaidRun).Order().ToImmutableArray();
        var range = DateRange.Create(months[0].OnDayOfMonth(1), DateRange.Of(months[^1]).End);
        Add(LifeFindingKind.RegardedAsLeftTheParty, null, _branch.Id, range, [member.Id], [.. missed.Select(m => m.Id)], months, entry.Citation,
            Article9Later(member.Id, entry, absentRun, missed, unpaidRun));
    }

    // Made in a static method, so that the closure holds its arguments only, never this check (its lambdas capture it).
    private static DeferredExplanation Article9Later(MemberId member, DatedValue<int> entry, YearMonth[] absentRun, MeetingRecord[] missed, YearMonth[] unpaidRun) =>
        new(() => Article9Node(member, entry, absentRun, missed, unpaidRun));

    private static Explanation Article9Node(MemberId member, DatedValue<int> entry, YearMonth[] absentRun, MeetingRecord[] missed, YearMonth[] unpaidRun)
    {
        var children = absentRun.Select(m => Explanation.Given(OrganizationalLifeTexts.MonthAbsent(m), 1) with { Key = "absent:" + MonthKey(m) })
            .Concat(missed.Select(m => Explanation.Given(OrganizationalLifeTexts.Record(m), 0) with { Key = m.Id.Value }))
            .Concat(unpaidRun.Select(m => Explanation.Given(OrganizationalLifeTexts.MonthUnpaid(m), 1) with { Key = "unpaid:" + MonthKey(m) }));
        return Explanation.Formula(
            OrganizationalLifeTexts.Finding(LifeFindingKind.RegardedAsLeftTheParty, null, OrganizationalLifeTexts.Member(member)),
            Math.Max(absentRun.Length, unpaidRun.Length),
            "consecutive-months",
            [new("months", Text(entry.Value)), new("monthsWithoutLife", Text(absentRun.Length)), new("monthsUnpaid", Text(unpaidRun.Length))],
            children)
            with { Key = member.Value, Citation = entry.Citation, Summary = OrganizationalLifeTexts.Article9(member, absentRun.Length, unpaidRun.Length, entry.Value) };
    }

    /// <summary>A month without organizational life and without a proper reason: the branch or group held a meeting open to the member, who attended none and was excused from none.</summary>
    private bool WithoutLife(LifeMember member, YearMonth month)
    {
        var k = Array.IndexOf(_monthKeys, month);
        if (k < 0)
        {
            return false;
        }

        var open = false;
        for (var i = _monthStart[k]; i < _monthStart[k + 1]; i++)
        {
            var meeting = _byMonth[i];
            if (!IsOpenTo(meeting, member))
            {
                continue;
            }

            if (Attended(meeting, member.Id) || Excused(meeting, member.Id))
            {
                return false;
            }

            open = true;
        }

        return open;
    }

    private bool IsOpenTo(MeetingRecord meeting, LifeMember member) => member.BelongsOn(meeting.Date) && meeting.Kind switch
    {
        MeetingKind.HeartToHeartTalk => false,
        MeetingKind.BranchCommitteeMeeting => member.CommitteeMember,
        MeetingKind.PartyGroupMeeting => meeting.OrganizationId == member.GroupId,
        _ => meeting.OrganizationId == _branch.Id,
    };

    private static (int Start, int Length) LongestRun(ReadOnlySpan<YearMonth> months)
    {
        int best = 0, bestStart = 0;
        for (var i = 0; i < months.Length;)
        {
            var j = i + 1;
            while (j < months.Length && months[j] == months[j - 1].PlusMonths(1))
            {
                j++;
            }

            if (j - i > best)
            {
                (best, bestStart) = (j - i, i);
            }

            i = j;
        }

        return (bestStart, best);
    }

    /// <summary>Gathers into <paramref name="unpaid"/> the months of <paramref name="months"/> the member belonged in and has not paid for.</summary>
    private void Unpaid(LifeMember member, YearMonth[] months, List<YearMonth> unpaid)
    {
        unpaid.Clear();
        foreach (var m in months)
        {
            if (member.BelongsIn(m) && !_paid.Contains((member.Id, m)))
            {
                unpaid.Add(m);
            }
        }
    }

    private static bool Attended(MeetingRecord meeting, MemberId member) => meeting.Attendees.AsSpan().Contains(member);

    private static bool Excused(MeetingRecord meeting, MemberId member)
    {
        foreach (var absence in meeting.Absentees)
        {
            if (absence.MemberId == member && absence.Reason != AbsenceReason.None)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The records grouped by month (stably: each month's in their order), the months in the order of their first record.</summary>
    private static (MeetingRecord[] Records, YearMonth[] Months, int[] Start) GroupByMonth(MeetingRecord[] records)
    {
        var months = new List<YearMonth>();
        var counts = new List<int>();
        var monthOf = new int[records.Length];
        for (var i = 0; i < records.Length; i++)
        {
            var month = records[i].Date.ToYearMonth();
            var k = months.Count > 0 && months[^1] == month ? months.Count - 1 : months.IndexOf(month);
            if (k < 0)
            {
                k = months.Count;
                months.Add(month);
                counts.Add(0);
            }

            monthOf[i] = k;
            counts[k]++;
        }

        var start = new int[months.Count + 1];
        for (var k = 0; k < months.Count; k++)
        {
            start[k + 1] = start[k] + counts[k];
        }

        var next = start[..^1];
        var grouped = new MeetingRecord[records.Length];
        for (var i = 0; i < records.Length; i++)
        {
            grouped[next[monthOf[i]]++] = records[i];
        }

        return (grouped, [.. months], start);
    }

    private static Explanation RecordNode(MeetingRecord meeting, bool valid) => valid
        ? Explanation.Given(OrganizationalLifeTexts.Record(meeting), 1) with { Key = meeting.Id.Value }
        : Explanation.Given(OrganizationalLifeTexts.InvalidRecord(meeting), 0) with { Key = meeting.Id.Value };

    // The explanation is built when read, from what the finding's builder captured: records, arrays made for the finding and numbers, never this check's sets.
    private void Add(
        LifeFindingKind kind, MeetingKind? meeting, OrganizationId organization, DateRange period, ImmutableArray<MemberId> members, ImmutableArray<LifeRecordId> records,
        ImmutableArray<YearMonth> months, Citation? citation, DeferredExplanation explanation) =>
        _findings.Add(new LifeFinding(kind, meeting, organization, period, members, records, months, null) { Citation = citation!, Tree = explanation });

    private static string MonthKey(YearMonth month) => month.ToString("uuuu-MM", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
