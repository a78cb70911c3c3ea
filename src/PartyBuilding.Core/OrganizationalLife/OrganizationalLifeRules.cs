using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>
/// The rules of organizational life as dated, cited parameters (组织生活的制度规定): how often each kind of meeting is
/// held, the quorums, the secretary's lesson, the talks and the constitution's six-month rule.
/// </summary>
/// <remarks>
/// <para>The article numbers and wording were looked up in published copies of the texts (see
/// <c>docs/organizational-life.md</c>, "Sources"): the branch work regulation of 2018, articles 11 (members' meeting
/// once a quarter; a vote needs 半数以上 of the members with a vote present), 12 (committee meeting once a month; 半数以上 of
/// the committee present), 13 (party-group meeting once a month) and 17 (an organizational-life meeting at least once a
/// year); the party constitution, articles 7 (probationary members have no vote), 8 (every member, whatever the post,
/// takes part in organizational life) and 9 (six consecutive months without a proper reason → regarded as having left the
/// party, for the branch's members' meeting to decide). Where the article number or the wording could not be verified,
/// the clause says so (条号未核实); a figure no source gives is the library's own, cited to
/// <see cref="Sources.LibraryRules"/> and so illustrative (示例).</para>
/// <para>"半数以上" is read by default as <em>more than</em> half (3 of 5 present is valid, 2 of 5 and 2 of 4 are not); a
/// scheme may read it as at least half (<see cref="OrganizationalLifeScheme.QuorumReading"/>); the docs page gives both
/// readings. Immutable and thread-safe.</para>
/// </remarks>
public static class OrganizationalLifeRules
{
    private static readonly LocalDate Regulation = Sources.BranchWorkRegulation2018.EffectiveFrom!.Value;

    /// <summary>Gets the branch work regulation, article 11: a members' meeting generally once a quarter (党员大会一般每季度召开1次).</summary>
    public static Citation MembersMeetingFrequency { get; } = Sources.BranchWorkRegulation2018.At("第十一条（党支部党员大会一般每季度召开1次）");

    /// <summary>Gets the branch work regulation, article 11: a vote needs more than half of the members with a vote present (表决必须有半数以上有表决权的党员到会方可进行).</summary>
    public static Citation MembersMeetingQuorum { get; } = Sources.BranchWorkRegulation2018.At("第十一条（表决必须有半数以上有表决权的党员到会方可进行）");

    /// <summary>Gets the branch work regulation, article 12: a branch committee meeting generally once a month (一般每月召开1次).</summary>
    public static Citation CommitteeMeetingFrequency { get; } = Sources.BranchWorkRegulation2018.At("第十二条（党支部委员会会议一般每月召开1次）");

    /// <summary>Gets the branch work regulation, article 12: a committee meeting needs more than half of the committee present (须有半数以上委员到会方可进行).</summary>
    public static Citation CommitteeMeetingQuorum { get; } = Sources.BranchWorkRegulation2018.At("第十二条（党支部委员会会议须有半数以上委员到会方可进行）");

    /// <summary>Gets the branch work regulation, article 13: a party-group meeting generally once a month (党小组会一般每月召开1次).</summary>
    public static Citation PartyGroupMeetingFrequency { get; } = Sources.BranchWorkRegulation2018.At("第十三条（党小组会一般每月召开1次）");

    /// <summary>Gets the branch work regulation, article 17: an organizational-life meeting at least once a year (每年至少召开1次组织生活会).</summary>
    public static Citation OrganizationalLifeMeetingFrequency { get; } = Sources.BranchWorkRegulation2018.At("第十七条（党支部每年至少召开1次组织生活会）");

    /// <summary>Gets the branch work regulation on the theme party day on a relatively fixed day every month (每月相对固定1天开展主题党日); article number not verified.</summary>
    public static Citation ThemePartyDayFrequency { get; } = Sources.BranchWorkRegulation2018.At("第五章（以每月相对固定1天开展主题党日；条号未核实）");

    /// <summary>Gets the branch work regulation on the democratic appraisal of members once a year (民主评议党员一般每年开展1次); article number and wording not verified.</summary>
    public static Citation DemocraticAppraisalFrequency { get; } = Sources.BranchWorkRegulation2018.At("第五章（民主评议党员一般每年开展1次；条号与原文未核实）");

    /// <summary>Gets the branch work regulation on heart-to-heart talks with every member at least once a year (谈心谈话每年至少1次); article number and wording not verified.</summary>
    public static Citation HeartToHeartTalks { get; } = Sources.BranchWorkRegulation2018.At("第五章（支部委员与党员之间谈心谈话每年至少1次；条号与原文未核实）");

    /// <summary>Gets the branch work regulation on the branch secretary's own party lesson at least once a year; article number and wording not verified.</summary>
    public static Citation SecretaryLesson { get; } = Sources.BranchWorkRegulation2018.At("第五章（党支部书记每年至少讲1次党课；条号与原文未核实）");

    /// <summary>Gets the library's own figure for party lessons, once a quarter (示例): the regulation's interval was not verified.</summary>
    public static Citation PartyLessonFrequency { get; } = Sources.LibraryRules.At("党课每季度至少1次（示例；条例规定的间隔未核实）");

    /// <summary>Gets the party constitution, article 7: probationary members have no vote (预备党员没有表决权), so they do not count for the members' meeting quorum.</summary>
    public static Citation ProbationaryMembersHaveNoVote { get; } = Sources.PartyConstitution2017.At("第七条（预备党员…没有表决权、选举权和被选举权）");

    /// <summary>Gets the party constitution, article 8, with the library's figure of at least one of the branch's meetings a quarter (示例) for leading cadres (双重组织生活).</summary>
    public static Citation DualOrganizationalLife { get; } = Sources.PartyConstitution2017.At("第八条（每个党员，不论职务高低…参加党的组织生活；每季度至少1次为本库示例）").AsIllustrative();

    /// <summary>Gets the library's own rule that dues are paid for every month (示例): the dues regulation is not among the library's sources.</summary>
    public static Citation MonthlyDues { get; } = Sources.LibraryRules.At("按月交纳党费（示例；党费规定未收入本库来源）");

    /// <summary>Gets the library's citation of a frequency a committee's scheme sets where no regulation is in force (委员会方案自定频次, 示例).</summary>
    public static Citation CommitteeFrequency { get; } = Sources.LibraryRules.At("委员会方案规定的频次（示例）");

    /// <summary>
    /// Gets the party constitution, article 9: a member who, without a proper reason, for six consecutive months takes no
    /// part in organizational life, or pays no dues, or does no assigned work, is regarded as having left the party
    /// (自行脱党); the branch's members' meeting decides on removing the member's name.
    /// </summary>
    public static DatedParameter<int> Article9Months { get; } = DatedParameter.Create<int>(
        "organizational-life.article-9-months",
        [
            new(Sources.PartyConstitution2017.EffectiveFrom!.Value, 6, Sources.PartyConstitution2017.At("第九条（党员如果没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，就被认为是自行脱党；支部大会应当决定把这样的党员除名）")),
            new(Sources.PartyConstitution2022.EffectiveFrom!.Value, 6, Sources.PartyConstitution2022.At("第九条（党员如果没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，就被认为是自行脱党；支部大会应当决定把这样的党员除名）")),
        ]);

    /// <summary>Gets the quorum of a members' meeting: more than this share of the full members present (第十一条).</summary>
    public static DatedParameter<Share> MembersMeetingQuorumShare { get; } =
        DatedParameter.Constant("organizational-life.members-meeting-quorum", Regulation, Share.Of(1, 2), MembersMeetingQuorum);

    /// <summary>Gets the quorum of a branch committee meeting: more than this share of the committee present (第十二条).</summary>
    public static DatedParameter<Share> CommitteeMeetingQuorumShare { get; } =
        DatedParameter.Constant("organizational-life.committee-meeting-quorum", Regulation, Share.Of(1, 2), CommitteeMeetingQuorum);

    private static readonly ImmutableSortedDictionary<MeetingKind, DatedParameter<FrequencyRequirement>> Frequencies = new[]
    {
        Frequency(MeetingKind.MembersMeeting, LifePeriod.Quarter, MembersMeetingFrequency),
        Frequency(MeetingKind.BranchCommitteeMeeting, LifePeriod.Month, CommitteeMeetingFrequency),
        Frequency(MeetingKind.PartyGroupMeeting, LifePeriod.Month, PartyGroupMeetingFrequency),
        Frequency(MeetingKind.PartyLesson, LifePeriod.Quarter, PartyLessonFrequency),
        Frequency(MeetingKind.ThemePartyDay, LifePeriod.Month, ThemePartyDayFrequency),
        Frequency(MeetingKind.OrganizationalLifeMeeting, LifePeriod.Year, OrganizationalLifeMeetingFrequency),
        Frequency(MeetingKind.DemocraticAppraisal, LifePeriod.Year, DemocraticAppraisalFrequency),
    }.ToImmutableSortedDictionary(p => p.Kind, p => p.Parameter);

    /// <summary>Gets the kinds of meeting a frequency rule applies to: every kind but the heart-to-heart talk, which is counted per member.</summary>
    public static ImmutableArray<MeetingKind> FrequencyKinds { get; } = [.. Frequencies.Keys];

    /// <summary>Gets the regulation's frequency of a kind of meeting, in force from 2018-10-28.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The dated requirement, or <see langword="null"/> for a heart-to-heart talk (counted per member, <see cref="TalksPerMemberPerYear"/>).</returns>
    public static DatedParameter<FrequencyRequirement>? FrequencyOf(MeetingKind kind) => Frequencies.GetValueOrDefault(kind);

    /// <summary>Gets the regulation's rule for the secretary's own party lesson: at least once a year.</summary>
    public static DatedParameter<int> SecretaryLessonsPerYear { get; } =
        DatedParameter.Constant("organizational-life.secretary-lessons-per-year", Regulation, 1, SecretaryLesson);

    /// <summary>Gets the regulation's rule for heart-to-heart talks: with every member at least once a year.</summary>
    public static DatedParameter<int> TalksPerMemberPerYear { get; } =
        DatedParameter.Constant("organizational-life.talks-per-member-per-year", Regulation, 1, HeartToHeartTalks);

    private static (MeetingKind Kind, DatedParameter<FrequencyRequirement> Parameter) Frequency(MeetingKind kind, LifePeriod period, Citation citation) =>
        (kind, DatedParameter.Constant($"organizational-life.{kind}", Regulation, new FrequencyRequirement(kind, period), citation));
}
