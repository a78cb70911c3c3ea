using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>The compliance check of one branch: quorums, frequencies, the secretary's lesson, talks, leading cadres, dues and the six-month rule.</summary>
internal sealed class BranchCheck
{
    private readonly LifeBranch _branch;
    private readonly OrganizationalLifeScheme _scheme;
    private readonly AssessmentYear _year;
    private readonly LocalDate _asOf;
    private readonly MeetingRecord[] _meetings;
    private readonly HashSet<(MemberId, YearMonth)> _paid;
    private readonly HashSet<LifeRecordId> _invalid = [];
    private readonly List<LifeFinding> _findings = [];
    private readonly YearMonth[] _endedMonths;
    private readonly MeetingRecord[] _lifeMeetings;
    private readonly YearMonth[] _carriedMonths;
    private readonly ILookup<YearMonth, MeetingRecord> _lifeByMonth;
    private int _checked;

    // meetings: the branch's and its party groups' records dated by the as-of date, by date; carried: the same of the
    // records carried over from the previous year.
    public BranchCheck(
        LifeBranch branch, OrganizationalLifeScheme scheme, AssessmentYear year, LocalDate asOf, MeetingRecord[] meetings, HashSet<(MemberId, YearMonth)> paid,
        MeetingRecord[]? carried = null, YearMonth[]? carriedMonths = null)
    {
        _branch = branch;
        _scheme = scheme;
        _year = year;
        _asOf = asOf;
        _meetings = meetings;
        _paid = paid;
        _endedMonths = [.. year.Months.Where(m => DateRange.Of(m).End <= asOf)];

        // The six-month rule also sees the months carried over from the previous year (StandingCarryover).
        _carriedMonths = carriedMonths ?? [];
        _lifeMeetings = [.. carried ?? [], .. _meetings];
        _lifeByMonth = _lifeMeetings.ToLookup(m => m.Date.ToYearMonth());
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
            var unpaid = _endedMonths.Where(m => member.BelongsIn(m) && !_paid.Contains((member.Id, m))).ToArray();
            Dues(member.Id, unpaid);
            Article9(member, [.. _carriedMonths.Where(m => member.BelongsIn(m) && !_paid.Contains((member.Id, m))), .. unpaid]);
        }

        var findings = _findings.OrderBy(f => f.Kind).ThenBy(f => f.Period.Start).ThenBy(f => f.OrganizationId)
            .ThenBy(f => f.Members.IsEmpty ? default : f.Members[0]).ThenBy(f => f.Records.IsEmpty ? default : f.Records[0]).ToImmutableArray();
        return new BranchLifeResult(_branch.Id, _meetings.Length, _meetings.Count(m => !_invalid.Contains(m.Id)), findings, _checked);
    }

    private void Quorums()
    {
        var reading = StandingQuorum.Of(_scheme);
        foreach (var meeting in _meetings)
        {
            if (StandingQuorum.Count(meeting, _branch, reading) is not { } count)
            {
                continue;
            }

            _checked++;
            if (!count.Met)
            {
                WithoutQuorum(meeting, count);
            }
        }
    }

    private void WithoutQuorum(MeetingRecord meeting, QuorumCount count)
    {
        _invalid.Add(meeting.Id);
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
        foreach (var period in new[] { LifePeriod.Month, LifePeriod.Quarter, LifePeriod.Year })
        {
            foreach (var range in Periods(period))
            {
                if (_scheme.RequirementOf(kind, range.End) is not { } rule || rule.Requirement.Period != period)
                {
                    continue;
                }

                _checked++;

                var held = _meetings.Where(m => m.Kind == kind && m.OrganizationId == organization && range.Contains(m.Date)).ToArray();
                var valid = held.Count(m => !_invalid.Contains(m.Id));
                if (valid >= rule.Requirement.Minimum)
                {
                    continue;
                }

                // The tree reads each record's validity as it is now: the quorums are all checked by then.
                var validity = Array.ConvertAll(held, m => !_invalid.Contains(m.Id));
                var (start, minimum, citation) = (range.Start, rule.Requirement.Minimum, rule.Citation);
                Add(LifeFindingKind.MissedMeeting, kind, organization, range, [], [.. held.Select(m => m.Id)], [], citation,
                    new DeferredExplanation(() => MissedNode(kind, organization, period, start, valid, minimum, citation, held, validity)));
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
        var counts = _branch.Members.ToDictionary(m => m.Id, m => talks.Count(t => t.Attendees.Contains(m.Id) || t.Chair == m.Id));
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

        foreach (var range in Periods(LifePeriod.Quarter))
        {
            // A quarter the leading cadre spent wholly outside the branch (LifeMember.From, .To) is not checked.
            if ((member.From is { } from && from > range.End) || (member.To is { } to && to < range.Start))
            {
                continue;
            }

            _checked++;
            var open = _meetings.Where(m => range.Contains(m.Date) && IsOpenTo(m, member)).ToArray();
            var attended = open.Count(m => m.Attendees.Contains(member.Id));
            if (attended >= minimum)
            {
                continue;
            }

            var missed = open.Where(m => !m.Attendees.Contains(member.Id)).ToArray();
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

    private void Dues(MemberId member, YearMonth[] unpaid)
    {
        if (_endedMonths.Length > 0)
        {
            _checked++;
        }

        if (unpaid.Length == 0)
        {
            return;
        }

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

    private void Article9(LifeMember member, YearMonth[] unpaid)
    {
        if (_carriedMonths.Length + _endedMonths.Length > 0)
        {
            _checked++;
        }

        var absent = _carriedMonths.Concat(_endedMonths).Where(m => member.BelongsIn(m) && WithoutLife(member, m)).ToArray();
        var absentRun = LongestRun(absent);
        var unpaidRun = LongestRun(unpaid);
        var last = absentRun.Length >= unpaidRun.Length ? absentRun : unpaidRun;
        if (last.Length == 0 || !OrganizationalLifeRules.Article9Months.TryGetEntryAsOf(DateRange.Of(last[^1]).End, out var entry)
            || Math.Max(absentRun.Length, unpaidRun.Length) < entry.Value)
        {
            return;
        }

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
        var open = false;
        foreach (var meeting in _lifeByMonth[month])
        {
            if (!IsOpenTo(meeting, member))
            {
                continue;
            }

            if (meeting.Attendees.Contains(member.Id) || meeting.Absentees.Any(a => a.MemberId == member.Id && a.Reason != AbsenceReason.None))
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

    private static YearMonth[] LongestRun(YearMonth[] months)
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

        return months[bestStart..(bestStart + best)];
    }

    private IEnumerable<DateRange> Periods(LifePeriod period) => RecordMeasures.Periods(_year, period, _asOf);

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
