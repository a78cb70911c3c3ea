using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>
/// Checks a scheme and the records against it: the scheme's requirements (at most one per kind, not for talks, a minimum of
/// 1 or more, never looser than the regulation in force at the end of the year), and the records' branches, members,
/// records and payments (unique, inside the year, naming listed branches, groups and members).
/// </summary>
/// <remarks>Behind <see cref="OrganizationalLifeEngine.Validate"/>. Every problem has a path relative to what it is given and a
/// code of <see cref="OrganizationalLifeErrorCodes"/> or <see cref="CommonErrorCodes"/>.</remarks>
internal static class OrganizationalLifeValidator
{
    /// <summary>Checks a scheme.</summary>
    public static void CheckScheme(OrganizationalLifeScheme scheme, ProblemCollector problems)
    {
        var yearEnd = scheme.Year.LastDay;
        var seen = new HashSet<MeetingKind>();
        for (var i = 0; i < scheme.Requirements.Length; i++)
        {
            var requirement = scheme.Requirements[i];
            var path = $"Requirements[{i}]";
            if (requirement is null)
            {
                problems.Add(path, CommonErrorCodes.Required, "A requirement is missing.", null);
                continue;
            }

            var regulation = OrganizationalLifeRules.FrequencyOf(requirement.Kind);
            if (regulation is null || !seen.Add(requirement.Kind) || requirement.Minimum < 1 || !Enum.IsDefined(requirement.Period))
            {
                problems.Add(path, OrganizationalLifeErrorCodes.RequirementInvalid, "A requirement must be for a kind of meeting other than a talk, once per kind, in a defined period, with a minimum of 1 or more.", requirement.ToString());
                continue;
            }

            if (regulation.TryGetEntryAsOf(yearEnd, out var entry) && !requirement.IsAtLeastAsStrictAs(entry.Value))
            {
                problems.Add(path, OrganizationalLifeErrorCodes.LooserThanRegulation, $"The requirement is looser than the regulation ({entry.Citation}).", requirement.ToString());
            }
        }

        if (scheme.QuorumReading is { } reading && !Enum.IsDefined(reading))
        {
            problems.Add("QuorumReading", CommonErrorCodes.UndefinedEnumValue, "'QuorumReading' is not a known value.", reading.ToString());
        }

        if (scheme.LeadingCadreMeetingsPerQuarter is < 0 or > 100)
        {
            problems.Add("LeadingCadreMeetingsPerQuarter", OrganizationalLifeErrorCodes.RequirementInvalid, "The leading cadres' meetings per quarter must be between 0 and 100.", Text(scheme.LeadingCadreMeetingsPerQuarter));
        }
    }

    /// <summary>Checks the records against a scheme.</summary>
    public static void CheckRecords(OrganizationalLifeRecords records, OrganizationalLifeScheme scheme, ProblemCollector problems)
    {
        if (records.Year != scheme.Year || records.CommitteeId != scheme.CommitteeId)
        {
            problems.Add("CommitteeId", OrganizationalLifeErrorCodes.SchemeMismatch, $"The records are for {records.CommitteeId} {records.Year}, the scheme for {scheme.CommitteeId} {scheme.Year}.", $"{records.CommitteeId} {records.Year}");
        }

        var roster = Roster(records, problems);
        var ids = new HashSet<LifeRecordId>(records.Meetings.Length + (records.Carryover?.Meetings.Length ?? 0));
        var seen = new HashSet<MemberId>();
        for (var i = 0; i < records.Meetings.Length; i++)
        {
            if (records.Meetings[i] is { } record)
            {
                Record(record, records.Year, roster, ids, seen, new ProblemSite(problems, "Meetings", i));
            }
        }

        if (records.Carryover is { } carryover && records.Year.Value > AssessmentYear.MinValue)
        {
            var previous = AssessmentYear.Create(records.Year.Value - 1);
            StandingCarryover.Check(carryover, records.Year, problems.At("Carryover"), (record, at) => Record(record, previous, roster, ids, seen, new ProblemSite(at, null, 0)), roster.Members.ContainsKey);
        }

        // One pass over the payments; a path is built only for a payment with a problem.
        var paid = new HashSet<(MemberId, YearMonth)>(records.Dues.Length);
        for (var i = 0; i < records.Dues.Length; i++)
        {
            if (records.Dues[i] is not { } payment)
            {
                continue;
            }

            var at = new ProblemSite(problems, "Dues", i);
            if (!roster.Members.ContainsKey(payment.MemberId))
            {
                at.Add("MemberId", OrganizationalLifeErrorCodes.MemberUnknown, "The member is not on any branch's list.", payment.MemberId.Value);
            }

            if (payment.Month.Year != records.Year.Value || payment.PaidOn < payment.Month.OnDayOfMonth(1))
            {
                at.Add("Month", OrganizationalLifeErrorCodes.DateOutOfYear, "The month must be in the year and paid on or after its first day.", I($"{payment.Month}"));
            }

            if (!paid.Add((payment.MemberId, payment.Month)))
            {
                at.Add(string.Empty, OrganizationalLifeErrorCodes.DuesDuplicate, "The member's dues for the month are recorded twice.", I($"{payment.MemberId} {payment.Month}"));
            }
        }
    }

    /// <summary>Checks the records' branches and members against the organization structure on a date.</summary>
    public static void CheckStructure(OrganizationalLifeRecords records, OrganizationTree tree, ProblemCollector problems)
    {
        for (var b = 0; b < records.Branches.Length; b++)
        {
            if (records.Branches[b] is not { } branch)
            {
                continue;
            }

            var path = $"Branches[{b}]";
            if (tree.Find(branch.Id) is not { } organization || !organization.Kind.IsBranch())
            {
                problems.Add(path + ".Id", OrganizationalLifeErrorCodes.NotABranchOfTheStructure, I($"The organization is not a branch of the organization structure on {tree.Date:uuuu-MM-dd}."), branch.Id.Value);
                continue;
            }

            for (var m = 0; m < branch.Members.Length; m++)
            {
                if (branch.Members[m] is not { } member)
                {
                    continue;
                }

                var found = tree.FindMember(member.Id);
                var home = found is null ? null : tree.BranchOf(member.Id);
                if (found is null || home?.Id != branch.Id || found.Status != member.Status)
                {
                    problems.Add(I($"{path}.Members[{m}].Id"), OrganizationalLifeErrorCodes.MemberDisagreesWithStructure, I($"The member is not a {member.Status} member of {branch.Id} in the organization structure on {tree.Date:uuuu-MM-dd}."), member.Id.Value);
                    continue;
                }

                // A member with no period of probation within the party on either side has nothing to compare (no view, no standing built).
                if (!member.PartyProbation.IsEmpty || tree.HasPartyProbation(member.Id))
                {
                    PartyProbation(records.Year, tree, member, problems.At(I($"{path}.Members[{m}]")));
                }
            }
        }
    }

    /// <summary>
    /// Compares a member's periods of probation within the party with the registry's decisions (<see cref="PartyProbationImposed"/>)
    /// that bear on the year and are dated by the structure's date: the same periods, or a problem naming both.
    /// </summary>
    private static void PartyProbation(AssessmentYear year, OrganizationTree tree, LifeMember member, ProblemCollector problems)
    {
        bool Bears(LocalDate from, LocalDate ends) => from <= tree.Date && from <= year.LastDay && ends > year.FirstDay;
        var registry = (tree.StandingOf(member.Id)?.Decisions ?? []).OfType<PartyProbationImposed>()
            .Select(p => (From: p.Date, p.Ends)).Where(p => Bears(p.From, p.Ends)).Distinct().Order().ToArray();
        var recorded = member.PartyProbation.Where(p => p is not null && p.Ends > p.From)
            .Select(p => (p.From, p.Ends)).Where(p => Bears(p.From, p.Ends)).Distinct().Order().ToArray();
        if (!registry.SequenceEqual(recorded))
        {
            problems.Add("PartyProbation", OrganizationalLifeErrorCodes.StandingDisagreesWithStructure,
                I($"The records' periods of probation within the party (留党察看) of {member.Id} are [{Periods(recorded)}]; the organization structure's decisions bearing on {year} are [{Periods(registry)}]."),
                member.Id.Value);
        }
    }

    private static string Periods(IEnumerable<(LocalDate From, LocalDate Ends)> periods) =>
        string.Join(", ", periods.Select(p => I($"{p.From:uuuu-MM-dd}..{p.Ends:uuuu-MM-dd}")));

    private static Listed Roster(OrganizationalLifeRecords records, ProblemCollector problems)
    {
        var listed = new Listed();
        for (var b = 0; b < records.Branches.Length; b++)
        {
            if (records.Branches[b] is not { } branch)
            {
                problems.Add($"Branches[{b}]", CommonErrorCodes.Required, "A branch is missing.", null);
                continue;
            }

            if (!listed.Branches.Add(branch.Id))
            {
                problems.Add($"Branches[{b}].Id", OrganizationalLifeErrorCodes.DuplicateEntry, "The branch is listed twice.", branch.Id.Value);
            }

            foreach (var group in branch.Groups)
            {
                listed.Groups[group] = branch.Id;
            }

            for (var m = 0; m < branch.Members.Length; m++)
            {
                if (branch.Members[m] is not { } member)
                {
                    continue;
                }

                if (!listed.Members.TryAdd(member.Id, branch.Id))
                {
                    problems.Add($"Branches[{b}].Members[{m}].Id", OrganizationalLifeErrorCodes.DuplicateEntry, "The member is listed twice.", member.Id.Value);
                }

                if ((member.From is { } from && !records.Year.Contains(from)) || (member.To is { } to && (!records.Year.Contains(to) || to < (member.From ?? to))))
                {
                    problems.Add($"Branches[{b}].Members[{m}].From", OrganizationalLifeErrorCodes.DateOutOfYear,
                        "A member's first and last days in the branch are in the year, the first not after the last.", I($"{member.From:uuuu-MM-dd} {member.To:uuuu-MM-dd}"));
                }

                for (var p = 0; p < member.PartyProbation.Length; p++)
                {
                    if (member.PartyProbation[p] is not { } period || period.Ends <= period.From)
                    {
                        problems.Add($"Branches[{b}].Members[{m}].PartyProbation[{p}]", OrganizationalLifeErrorCodes.PartyProbationInvalid,
                            "A period of probation within the party (留党察看) gives the day it begins and the day the rights return, after it.", member.PartyProbation[p]?.ToString());
                    }
                }
            }
        }

        return listed;
    }

    private static void Record(MeetingRecord record, AssessmentYear year, Listed roster, HashSet<LifeRecordId> ids, HashSet<MemberId> seen, ProblemSite problems)
    {
        if (!ids.Add(record.Id))
        {
            problems.Add("Id", OrganizationalLifeErrorCodes.DuplicateRecord, "Two records share this identifier.", record.Id.Value);
        }

        var isGroup = roster.Groups.TryGetValue(record.OrganizationId, out var groupBranch);
        var branch = isGroup ? groupBranch : record.OrganizationId;
        if (!roster.Branches.Contains(branch) || isGroup != (record.Kind == MeetingKind.PartyGroupMeeting))
        {
            problems.Add("OrganizationId", OrganizationalLifeErrorCodes.OrganizationUnknown, "A party-group meeting names a party group of a listed branch; every other record names a listed branch.", record.OrganizationId.Value);
        }

        if (record.Date.Year != year.Value)
        {
            problems.Add("Date", OrganizationalLifeErrorCodes.DateOutOfYear, "The record is dated outside the year.", record.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }

        if ((record.Kind == MeetingKind.PartyLesson) != record.Giver.HasValue || (record.Giver is { } giver && !Enum.IsDefined(giver)))
        {
            problems.Add("Giver", OrganizationalLifeErrorCodes.LessonGiver, "A party lesson names who gave it; no other record does.", record.Giver?.ToString());
        }

        Attendance(record, branch, roster, seen, problems);
    }

    // One pass over the record's attendance rows with one set reused for every record; a path is built only for a row with a problem.
    private static void Attendance(MeetingRecord record, OrganizationId branch, Listed roster, HashSet<MemberId> seen, ProblemSite problems)
    {
        const string Unknown = "The member is not on the list of the record's branch.";
        seen.Clear();
        if (record.Chair is { } chair && roster.Members.GetValueOrDefault(chair) != branch)
        {
            problems.Add("Chair", OrganizationalLifeErrorCodes.MemberUnknown, Unknown, chair.Value);
        }

        for (var i = 0; i < record.Attendees.Length; i++)
        {
            var member = record.Attendees[i];
            if (roster.Members.GetValueOrDefault(member) != branch)
            {
                problems.Add(I($"Attendees[{i}]"), OrganizationalLifeErrorCodes.MemberUnknown, Unknown, member.Value);
            }

            if (!seen.Add(member))
            {
                problems.Add(I($"Attendees[{i}]"), OrganizationalLifeErrorCodes.AttendanceConflict, "The member is listed twice.", member.Value);
            }
        }

        for (var i = 0; i < record.Absentees.Length; i++)
        {
            if (record.Absentees[i] is not { } absence)
            {
                continue;
            }

            if (roster.Members.GetValueOrDefault(absence.MemberId) != branch)
            {
                problems.Add(I($"Absentees[{i}].MemberId"), OrganizationalLifeErrorCodes.MemberUnknown, Unknown, absence.MemberId.Value);
            }

            if (!seen.Add(absence.MemberId) || !Enum.IsDefined(absence.Reason))
            {
                problems.Add(I($"Absentees[{i}]"), OrganizationalLifeErrorCodes.AttendanceConflict, "The member is listed twice, or present and absent, or the reason is not defined.", absence.MemberId.Value);
            }
        }

        // A record with an unusually long list must not leave a large set behind to be cleared for every later record.
        if (seen.Count > 1024)
        {
            seen.Clear();
            seen.TrimExcess();
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class Listed
    {
        public HashSet<OrganizationId> Branches { get; } = [];

        public Dictionary<OrganizationId, OrganizationId> Groups { get; } = [];

        public Dictionary<MemberId, OrganizationId> Members { get; } = [];
    }
}
