using PartyBuilding.Core.Common;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>
/// Checks a committee's records of organizational life (组织生活检查) against the dated rules of the branch work regulation,
/// the party constitution and the committee's scheme, per branch and period.
/// </summary>
/// <remarks>
/// <para>Rules, each a finding with its citation, the period and the identifiers of the records it rests on:</para>
/// <list type="bullet">
/// <item>Quorum: a members' meeting is valid only with more than half of the full members with a vote on the day present (a
/// probationary member has no vote, <see cref="OrganizationalLifeRules.ProbationaryMembersHaveNoVote"/>, nor a member on probation
/// within the party, <see cref="LifeMember.PartyProbation"/>; <see cref="OrganizationalLifeRules.MembersMeetingQuorum"/>),
/// a branch committee meeting only with more than half of the committee present (<see cref="OrganizationalLifeRules.CommitteeMeetingQuorum"/>);
/// “more than half” as the scheme reads it (<see cref="OrganizationalLifeScheme.QuorumReading"/>). The values derived from the
/// records judge a meeting by the same rule. A meeting without its quorum is recorded but not valid, and does not count for its frequency.</item>
/// <item>Frequencies (<see cref="OrganizationalLifeRules.FrequencyOf"/>, or the scheme's own): too few valid meetings of a kind
/// in a month, quarter or year. Party-group meetings are counted per party group; committee meetings only in a branch with a committee.</item>
/// <item>The secretary's own party lesson once a year; a heart-to-heart talk with every member once a year.</item>
/// <item>Leading cadres: at least <see cref="OrganizationalLifeScheme.LeadingCadreMeetingsPerQuarter"/> of their branch's
/// meetings a quarter (<see cref="OrganizationalLifeRules.DualOrganizationalLife"/>, the figure illustrative).</item>
/// <item>Dues: every month paid (<see cref="OrganizationalLifeRules.MonthlyDues"/>, illustrative).</item>
/// <item>Article 9 of the constitution (<see cref="OrganizationalLifeRules.Article9Months"/>): a run of six consecutive months
/// without organizational life without a proper reason, or without dues, is raised as a finding for the branch to decide on —
/// never a removal. A month counts as without organizational life when the member's branch or group held a meeting that
/// month, the member attended none, and was not excused (请假, 因公) from any; a month in which the branch held nothing does
/// not count against the member. Only the months of the year are seen.</item>
/// </list>
/// <para>Only periods that ended by the as-of date are checked, and only records and payments dated by then are seen.
/// Results do not depend on input order. Pure and thread-safe.</para>
/// </remarks>
public static class OrganizationalLifeEngine
{
    private const string Subject = "organizational-life scheme and records";

    /// <summary>Checks the records and the scheme they are checked with, without computing anything.</summary>
    /// <param name="data">The records.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The as-of date (the checks do not depend on it).</param>
    /// <returns>Every problem, at paths under <c>Scheme.</c> and <c>Data.</c>, with a code of <see cref="OrganizationalLifeErrorCodes"/> or <see cref="CommonErrorCodes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="scheme"/> is <see langword="null"/>.</exception>
    public static ValidationReport Validate(OrganizationalLifeRecords data, OrganizationalLifeScheme scheme, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        Check(data, scheme, problems);
        return problems.ToReport();
    }

    /// <summary>Checks that every branch and member of the records resolves against the one organization structure on a date, as the records say.</summary>
    /// <param name="data">The records.</param>
    /// <param name="structure">The organization structure on the date (<see cref="OrganizationRegistry.AsOf"/>).</param>
    /// <returns>Every problem, at paths under <c>Data.Branches</c>, with a code of <see cref="OrganizationalLifeErrorCodes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="structure"/> is <see langword="null"/>.</exception>
    public static ValidationReport CheckAgainst(OrganizationalLifeRecords data, OrganizationTree structure)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(structure);
        var problems = new ProblemCollector();
        OrganizationalLifeValidator.CheckStructure(data, structure, problems.At("Data"));
        return problems.ToReport();
    }

    /// <summary>Checks a committee's organizational life.</summary>
    /// <param name="data">The records.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The as-of date: periods ended by then are checked, records and payments dated by then seen.</param>
    /// <returns>The findings of every branch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="scheme"/> is <see langword="null"/>.</exception>
    /// <exception cref="PartyBuildingValidationException">The scheme or the records are not valid; every problem of <see cref="Validate"/> is listed.</exception>
    public static OrganizationalLifeResult Evaluate(OrganizationalLifeRecords data, OrganizationalLifeScheme scheme, LocalDate asOf) =>
        EvaluateCancellable(data, scheme, asOf, CancellationToken.None);

    /// <summary>Evaluates as the public overload does, stopping between branches when the token is cancelled (the annual evaluation's areas).</summary>
    /// <param name="data">The records.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="cancellationToken">Checked after validation and before each branch.</param>
    /// <returns>The findings of every branch.</returns>
    internal static OrganizationalLifeResult EvaluateCancellable(OrganizationalLifeRecords data, OrganizationalLifeScheme scheme, LocalDate asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scheme);
        var problems = new ProblemCollector();
        Check(data, scheme, problems);
        problems.ThrowIfErrors(Subject);
        cancellationToken.ThrowIfCancellationRequested();
        // Each branch sees its own records and its party groups': the records are grouped by organization once (one pass),
        // so the check is linear in the records, not in branches times records.
        var meetings = ByOrganization(data.Meetings, asOf);
        var carried = ByOrganization(data.Carryover?.Meetings ?? [], asOf);
        var carriedDues = data.Carryover?.Dues ?? [];
        var paid = new HashSet<(MemberId, YearMonth)>(data.Dues.Length + carriedDues.Length);
        foreach (var dues in (ReadOnlySpan<ValueArray<DuesPayment>>)[data.Dues, carriedDues])
        {
            foreach (var payment in dues)
            {
                if (payment.PaidOn <= asOf)
                {
                    paid.Add((payment.MemberId, payment.Month));
                }
            }
        }

        var carriedMonths = data.Carryover?.Months.ToArray() ?? [];
        var calendar = new LifeCalendar(data.Year, asOf, scheme);
        var branches = data.Branches.OrderBy(b => b.Id)
            .Select(b =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return new BranchCheck(b, scheme, data.Year, asOf, Of(meetings, b), paid, Of(carried, b), carriedMonths, calendar).Run();
            })
            .ToImmutableArray();
        return new OrganizationalLifeResult(data.Year, data.CommitteeId, asOf, branches);
    }

    private static ILookup<OrganizationId, MeetingRecord> ByOrganization(ValueArray<MeetingRecord> meetings, LocalDate asOf) =>
        meetings.Where(m => m.Date <= asOf).ToLookup(m => m.OrganizationId);

    // A branch's records and its party groups', by date.
    private static MeetingRecord[] Of(ILookup<OrganizationId, MeetingRecord> meetings, LifeBranch branch) =>
        [.. meetings[branch.Id].Concat(branch.Groups.SelectMany(g => meetings[g])).OrderBy(m => m.Date).ThenBy(m => m.Id)];

    private static void Check(OrganizationalLifeRecords data, OrganizationalLifeScheme scheme, ProblemCollector problems)
    {
        OrganizationalLifeValidator.CheckScheme(scheme, problems.At("Scheme"));
        OrganizationalLifeValidator.CheckRecords(data, scheme, problems.At("Data"));
    }
}
