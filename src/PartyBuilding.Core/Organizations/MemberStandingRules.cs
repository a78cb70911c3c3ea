using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// The rules of a member's standing (党员身份与权利) as dated, cited parameters: the probation and its extension, party
/// standing, and the sanction of probation within the party (留党察看).
/// </summary>
/// <remarks>
/// <para>The wording was looked up in published copies of the party constitution (see <c>docs/organizations.md</c>,
/// "Member standing"): article 7 (probation of one year from the day the branch's members' meeting admits the member; an
/// extension of at most one year; no right to vote, elect or be elected while probationary; party standing from the day
/// the member becomes full on the expiry of the probation) and article 9 (限期改正, 劝他退党, 除名 for a member who does not meet
/// the conditions) were checked in the 2017 and 2022 texts (and article 7 in the 2012 text, which says the same). The
/// rule of the chapter on discipline that probation within the party lasts at most two years and takes away the rights to
/// vote, elect and be elected was checked in its wording; its article number was not (copies give 第三十九条 for the 2012
/// text and disagree for later ones), so the citation names the chapter (条号未核实).</para>
/// <para>A date before the 2017 text took effect is judged by the 2017 entry (the 2012 text's article 7 says the same;
/// earlier texts were not checked). Immutable and thread-safe.</para>
/// </remarks>
public static class MemberStandingRules
{
    private const string Article7 = "第七条（预备党员的预备期为一年……需要继续考察和教育的，可以延长预备期，但不能超过一年……预备党员的预备期，从支部大会通过他为预备党员之日算起。党员的党龄，从预备期满转为正式党员之日算起）";

    private const string Discipline = "第七章 党的纪律（留党察看最长不超过两年。党员在留党察看期间没有表决权、选举权和被选举权；条号未核实）";

    /// <summary>Gets the party constitution, article 7: a probationary member has no right to vote, elect or be elected (预备党员的权利，除了没有表决权、选举权和被选举权以外，也同正式党员一样).</summary>
    public static Citation ProbationaryHasNoVote { get; } = Sources.PartyConstitution2017.At("第七条（预备党员的权利，除了没有表决权、选举权和被选举权以外，也同正式党员一样）");

    /// <summary>Gets the party constitution's chapter on discipline: during probation within the party the member has no right to vote, elect or be elected; article number not verified.</summary>
    public static Citation PartyProbationHasNoVote { get; } = Sources.PartyConstitution2017.At(Discipline);

    /// <summary>Gets the party constitution, article 7: party standing counts from the day the member becomes full on the expiry of the probation (党员的党龄，从预备期满转为正式党员之日算起).</summary>
    public static Citation PartyStanding { get; } = Sources.PartyConstitution2017.At("第七条（党员的党龄，从预备期满转为正式党员之日算起）");

    /// <summary>Gets the party constitution, article 9: a member who does not meet the conditions is asked to correct within a deadline, then advised to withdraw, then removed (限期改正, 劝他退党, 除名).</summary>
    public static Citation UnqualifiedMemberMeasures { get; } = Sources.PartyConstitution2017.At("第九条（党的支部应当对他进行教育，要求他限期改正；经教育仍无转变的，应当劝他退党……决定把他除名）");

    /// <summary>Gets the length of the probation in months, from the day the branch's members' meeting admits the member (预备期为一年, 党章第七条).</summary>
    public static DatedParameter<int> ProbationMonths { get; } = Constitution("organizations.probation-months", 12, Article7);

    /// <summary>Gets the longest extension of a probation in months, all extensions together (可以延长预备期，但不能超过一年, 党章第七条).</summary>
    public static DatedParameter<int> ExtensionMonths { get; } = Constitution("organizations.probation-extension-months", 12, Article7);

    /// <summary>Gets the longest probation within the party in months (留党察看最长不超过两年; article number not verified).</summary>
    public static DatedParameter<int> PartyProbationMonths { get; } = Constitution("organizations.party-probation-months", 24, Discipline);

    /// <summary>Gets the entry of a parameter for a date: the entry in force, or for a date before the first entry the first entry (the 2012 text says the same).</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="date">The date.</param>
    /// <returns>The entry.</returns>
    internal static DatedValue<int> EntryFor(DatedParameter<int> parameter, LocalDate date) =>
        parameter.TryGetEntryAsOf(date, out var entry) ? entry : parameter.Entries[0];

    private static DatedParameter<int> Constitution(string name, int value, string clause) => DatedParameter.Create<int>(
        name,
        [
            new(Sources.PartyConstitution2017.EffectiveFrom!.Value, value, Sources.PartyConstitution2017.At(clause)),
            new(Sources.PartyConstitution2022.EffectiveFrom!.Value, value, Sources.PartyConstitution2022.At(clause)),
        ]);
}
