using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>
/// One finding of the compliance check of organizational life (组织生活检查发现): the rule, its citation, the period, the
/// members concerned and the records it rests on, with its explanation.
/// </summary>
/// <remarks>A finding states what the records show; what follows from it (a deduction, a talk, a decision on a member) is for
/// the branch and the committee. Built by <see cref="OrganizationalLifeEngine"/> only. Immutable and thread-safe.</remarks>
public sealed record LifeFinding
{
    private readonly DeferredExplanation _explanation;

    /// <summary>Initializes a finding; only the engine builds one.</summary>
    /// <param name="kind">What the finding says.</param>
    /// <param name="meeting">The kind of meeting the finding is about, or <see langword="null"/> for one about members.</param>
    /// <param name="organizationId">The branch, or the party group, the finding is about.</param>
    /// <param name="period">The period checked.</param>
    /// <param name="members">The members concerned.</param>
    /// <param name="records">The identifiers of the records the finding rests on, in date order.</param>
    /// <param name="months">The months the finding counts.</param>
    /// <param name="explanation">The explanation, whose citation is the finding's; <see langword="null"/> only when the engine sets <see cref="Tree"/> and <see cref="Citation"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal LifeFinding(
        LifeFindingKind kind,
        MeetingKind? meeting,
        OrganizationId organizationId,
        DateRange period,
        ValueArray<MemberId> members,
        ValueArray<LifeRecordId> records,
        ValueArray<YearMonth> months,
        Explanation? explanation)
    {
        Kind = kind;
        Meeting = meeting;
        OrganizationId = organizationId;
        Period = period;
        Members = members;
        Records = records;
        Months = months;
        Citation = explanation?.Citation!;
        _explanation = new DeferredExplanation(explanation);
    }

    /// <summary>Gets what the finding says.</summary>
    public LifeFindingKind Kind { get; }

    /// <summary>Gets the kind of meeting the finding is about, or <see langword="null"/> for one about members (dues, the six-month rule).</summary>
    public MeetingKind? Meeting { get; }

    /// <summary>Gets the branch, or the party group, the finding is about.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>Gets the period checked.</summary>
    public DateRange Period { get; }

    /// <summary>Gets the members concerned (a leading cadre, the members without a talk, the member of a dues or six-month finding); empty for a finding about meetings.</summary>
    public ValueArray<MemberId> Members { get; }

    /// <summary>Gets the identifiers of the records the finding rests on (the invalid meetings of a period, the meetings a member missed), in date order.</summary>
    public ValueArray<LifeRecordId> Records { get; }

    /// <summary>Gets the months the finding counts (unpaid months, months without organizational life); empty for others.</summary>
    public ValueArray<YearMonth> Months { get; }

    /// <summary>Gets the rule's citation (the citation of <see cref="Explanation"/>, kept without building the tree; the engine sets it with <see cref="Tree"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Citation Citation { get; internal init; }

    /// <summary>Gets the explanation: the rule, its parameters and a node for every record or month it rests on. Built from the
    /// records the finding rests on each time it is read (docs/architecture.md, "Explanations on demand").</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }
}

/// <summary>The compliance of one branch's organizational life in the year (支部组织生活检查结果).</summary>
/// <remarks>Built by <see cref="OrganizationalLifeEngine"/> only. Immutable and thread-safe.</remarks>
public sealed record BranchLifeResult
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal BranchLifeResult(OrganizationId branchId, int recordCount, int validMeetingCount, ValueArray<LifeFinding> findings, int rulesChecked = 0)
    {
        BranchId = branchId;
        RecordCount = recordCount;
        ValidMeetingCount = validMeetingCount;
        Findings = findings;
        RulesChecked = rulesChecked;
    }

    /// <summary>Gets the branch.</summary>
    public OrganizationId BranchId { get; }

    /// <summary>Gets the number of records of the branch and its party groups seen on the as-of date.</summary>
    public int RecordCount { get; }

    /// <summary>Gets the number of those records that are valid meetings (every record but a meeting held without its quorum).</summary>
    public int ValidMeetingCount { get; }

    /// <summary>Gets the findings, ordered by kind, period start, organization and first member.</summary>
    public ValueArray<LifeFinding> Findings { get; }

    /// <summary>
    /// Gets the number of rules checked for the branch by the as-of date, each for its subject and period: every members' and
    /// committee meeting against its quorum, every period of every frequency in force (per party group for party-group
    /// meetings), the secretary's lesson and the talks once a year, every leading cadre each quarter, and every member's dues
    /// and six-month rule once. Each finding is one of them not met, so <see cref="RulesMet"/> is this less the findings.
    /// </summary>
    public int RulesChecked { get; }

    /// <summary>Gets the number of rules checked and met: <see cref="RulesChecked"/> less the number of <see cref="Findings"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int RulesMet => RulesChecked - Findings.Length;
}

/// <summary>The compliance check of a committee's organizational life for one year (组织生活检查结果).</summary>
/// <remarks>Built by <see cref="OrganizationalLifeEngine"/> only. Immutable and thread-safe.</remarks>
public sealed record OrganizationalLifeResult
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal OrganizationalLifeResult(AssessmentYear year, OrganizationId committeeId, LocalDate asOf, ValueArray<BranchLifeResult> branches)
    {
        Year = year;
        CommitteeId = committeeId;
        AsOf = asOf;
        Branches = branches;
    }

    /// <summary>Gets the year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the working committee.</summary>
    public OrganizationId CommitteeId { get; }

    /// <summary>Gets the as-of date: only periods ended by then are checked, and only records and payments dated by then are seen.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the result of every branch, ordered by branch.</summary>
    public ValueArray<BranchLifeResult> Branches { get; }

    /// <summary>Gets every finding of every branch, in branch order.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ValueArray<LifeFinding> Findings => Branches.SelectMany(b => b.Findings).ToValueArray();
}
