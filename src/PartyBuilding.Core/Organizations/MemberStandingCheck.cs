using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>Works out a member's standing on a date from the member and the member's standing history, and where it contradicts article 7.</summary>
internal static class MemberStandingCheck
{
    public static MemberStanding Of(PartyMember member, ImmutableArray<OrganizationEvent> history, LocalDate date)
    {
        var recorded = !history.OfType<MemberJoined>().Any(j => j.Status == MembershipStatus.Full);
        var extension = history.OfType<ProbationExtended>().Sum(e => e.Months);
        LocalDate? ends = recorded ? ProbationEnd(member.JoinedOn, extension) : null;
        int? standing = recorded && member.FullSince is { } full && full <= date
            ? (int)Period.Between(full, date, PeriodUnits.Months).Months
            : null;
        var sanctions = history.OfType<PartyProbationImposed>().Where(p => p.Date <= date && date < p.Ends).ToList();
        var (restriction, citation) = member.Status == MembershipStatus.Probationary
            ? (RightsRestriction.Probationary, MemberStandingRules.ProbationaryHasNoVote)
            : sanctions.Count > 0
                ? (RightsRestriction.PartyProbation, MemberStandingRules.PartyProbationHasNoVote)
                : (RightsRestriction.None, (Citation?)null);
        var decisions = history.Where(e => e is ProbationExtended or PartyProbationImposed or AppraisalDecisionRecorded).ToValueArray();
        return new MemberStanding(
            member.Id, date, member.Status, recorded, member.JoinedOn, extension, ends, member.FullSince, standing, restriction, citation,
            sanctions.Count > 0 ? sanctions.Max(s => s.Ends) : null, decisions);
    }

    public static StandingFinding? Finding(MemberStanding standing)
    {
        if (standing.ProbationEndsOn is not { } ends)
        {
            return null;
        }

        var citation = MemberStandingRules.EntryFor(MemberStandingRules.ProbationMonths, standing.JoinedOn).Citation!;
        if (standing.FullSince is { } full)
        {
            if (full == ends)
            {
                return null;
            }

            var days = (int)Period.Between(full < ends ? full : ends, full < ends ? ends : full, PeriodUnits.Days).Days;
            return full < ends
                ? new StandingFinding(standing.MemberId, StandingFindingKind.ConfirmedBeforeProbationEnded, ends, full, days, citation, new LocalizedText(
                    I($"{standing.MemberId}于{full:uuuu-MM-dd}转正，早于预备期满之日{ends:uuuu-MM-dd}（早{days}天）。"),
                    I($"{standing.MemberId} became full on {full:uuuu-MM-dd}, {days} days before the probation ran out on {ends:uuuu-MM-dd}.")))
                : new StandingFinding(standing.MemberId, StandingFindingKind.ConfirmedAfterProbationEnded, ends, full, days, citation, new LocalizedText(
                    I($"{standing.MemberId}的转正日期{full:uuuu-MM-dd}晚于预备期满之日{ends:uuuu-MM-dd}（晚{days}天），且无延长预备期的记录；党龄应从预备期满转为正式党员之日算起。"),
                    I($"{standing.MemberId} became full on {full:uuuu-MM-dd}, {days} days after the probation ran out on {ends:uuuu-MM-dd}, with no extension recorded; party standing counts from the expiry.")));
        }

        if (standing.Date < ends)
        {
            return null;
        }

        var overrun = (int)Period.Between(ends, standing.Date, PeriodUnits.Days).Days + 1;
        return new StandingFinding(standing.MemberId, StandingFindingKind.ProbationOverrun, ends, null, overrun, citation, new LocalizedText(
            I($"{standing.MemberId}的预备期已于{ends:uuuu-MM-dd}期满，至{standing.Date:uuuu-MM-dd}仍为预备党员（{overrun}天），未记录转正、延长预备期或取消预备党员资格的决定。"),
            I($"{standing.MemberId}'s probation ran out on {ends:uuuu-MM-dd}; on {standing.Date:uuuu-MM-dd} the member is still probationary ({overrun} days) with no decision recorded (full membership, an extension or annulment).")));
    }

    private static LocalDate ProbationEnd(LocalDate joined, int extension) =>
        joined.PlusMonths(MemberStandingRules.EntryFor(MemberStandingRules.ProbationMonths, joined).Value + extension);

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
