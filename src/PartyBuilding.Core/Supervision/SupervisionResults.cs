using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;

namespace PartyBuilding.Core.Supervision;

/// <summary>
/// Where one finding stands as of a date (督导问题的整改状态): its visit, what it is measured against, the notice it is on and
/// its due date, read from the notices, and, when the rectification ledger is given, the ledger problem that carries it and
/// where the ledger says it stands.
/// </summary>
/// <remarks>Built by <see cref="SupervisionEngine"/> only. Immutable and thread-safe.</remarks>
public sealed record FindingStatus
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal FindingStatus(
        SupervisionFindingId finding,
        SupervisionVisitId visit,
        LocalDate visitedOn,
        OrganizationId organization,
        FindingTargetKind targetKind,
        SupervisionAspectId? aspect,
        SupervisionNoticeId? notice,
        DeadlineClass? deadline,
        LocalDate? dueOn,
        FindingState state,
        ValueArray<SupervisionNoticeId> circulars,
        RectificationProblemId? ledgerProblem = null)
    {
        Finding = finding;
        Visit = visit;
        VisitedOn = visitedOn;
        Organization = organization;
        TargetKind = targetKind;
        Aspect = aspect;
        Notice = notice;
        Deadline = deadline;
        DueOn = dueOn;
        State = state;
        Circulars = circulars;
        LedgerProblem = ledgerProblem;
    }

    /// <summary>Gets the finding.</summary>
    public SupervisionFindingId Finding { get; }

    /// <summary>Gets the visit that found it.</summary>
    public SupervisionVisitId Visit { get; }

    /// <summary>Gets the date of the visit.</summary>
    public LocalDate VisitedOn { get; }

    /// <summary>Gets the organization the finding concerns (the visited organization or one of its branches).</summary>
    public OrganizationId Organization { get; }

    /// <summary>Gets what the finding is measured against.</summary>
    public FindingTargetKind TargetKind { get; }

    /// <summary>Gets the catalogue's aspect of the finding's key point, or <see langword="null"/> for a finding against an indicator or a rule of organizational life.</summary>
    public SupervisionAspectId? Aspect { get; }

    /// <summary>Gets the notice that governs the finding (the latest issued by the as-of date that covers it), or <see langword="null"/>.</summary>
    public SupervisionNoticeId? Notice { get; }

    /// <summary>Gets the preset of the due date on that notice, or <see langword="null"/> for an explicit date or no notice.</summary>
    public DeadlineClass? Deadline { get; }

    /// <summary>Gets the due date on that notice, or <see langword="null"/> for a long-term task or no notice.</summary>
    public LocalDate? DueOn { get; }

    /// <summary>Gets where the finding stands as of the date.</summary>
    public FindingState State { get; }

    /// <summary>Gets the circulars issued by the as-of date that report the finding.</summary>
    public ValueArray<SupervisionNoticeId> Circulars { get; }

    /// <summary>Gets the ledger problem whose origin is the finding, when the ledger was given and holds it; otherwise <see langword="null"/>.</summary>
    public RectificationProblemId? LedgerProblem { get; }
}

/// <summary>The number of findings of an organization under one aspect of the catalogue, or against indicators or rules of organizational life (按方面统计的问题数).</summary>
/// <remarks>Built by <see cref="SupervisionEngine"/> only. Immutable and thread-safe.</remarks>
public sealed record FindingGroup
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal FindingGroup(FindingTargetKind targetKind, SupervisionAspectId? aspect, int count)
    {
        TargetKind = targetKind;
        Aspect = aspect;
        Count = count;
    }

    /// <summary>Gets what the findings are measured against.</summary>
    public FindingTargetKind TargetKind { get; }

    /// <summary>Gets the aspect, for findings against key points; otherwise <see langword="null"/>.</summary>
    public SupervisionAspectId? Aspect { get; }

    /// <summary>Gets the number of findings.</summary>
    public int Count { get; }
}

/// <summary>The supervision of one visited organization as of a date (单位督导情况): visits, findings by aspect, circulars, notices and where each finding stands.</summary>
/// <remarks>Built by <see cref="SupervisionEngine"/> only. Immutable and thread-safe.</remarks>
public sealed record OrganizationSupervisionResult
{
    private readonly DeferredExplanation _explanation;

    [System.Text.Json.Serialization.JsonConstructor]
    internal OrganizationSupervisionResult(
        OrganizationId organization,
        ValueArray<SupervisionVisitId> visits,
        ValueArray<FindingGroup> groups,
        ValueArray<FindingStatus> findings,
        ValueArray<SupervisionNoticeId> notices,
        ValueArray<SupervisionNoticeId> circulars,
        Explanation? explanation)
    {
        Organization = organization;
        Visits = visits;
        Groups = groups;
        Findings = findings;
        Notices = notices;
        Circulars = circulars;
        _explanation = new DeferredExplanation(explanation);
    }

    /// <summary>Gets the organization visited.</summary>
    public OrganizationId Organization { get; }

    /// <summary>Gets the visits to it dated by the as-of date, in date order.</summary>
    public ValueArray<SupervisionVisitId> Visits { get; }

    /// <summary>Gets the findings counted by aspect (in catalogue order), then against indicators, then against rules of organizational life.</summary>
    public ValueArray<FindingGroup> Groups { get; }

    /// <summary>Gets every finding of those visits with where it stands, in the order of <see cref="Groups"/>, then by visit date and identifier.</summary>
    public ValueArray<FindingStatus> Findings { get; }

    /// <summary>Gets the rectification notices issued to it by the as-of date, in date order.</summary>
    public ValueArray<SupervisionNoticeId> Notices { get; }

    /// <summary>Gets the circulars issued by the as-of date that report any of its findings, in date order.</summary>
    public ValueArray<SupervisionNoticeId> Circulars { get; }

    /// <summary>Gets the explanation: the number of findings as the sum over the aspects, a node per finding with its visit and methods, evidence, notice and due date. Built when read (docs/architecture.md, "Explanations on demand"). Each read builds the whole tree again: read it once to find
    /// several findings' nodes in it (<see cref="Explanation.Find"/>, keyed by the finding's identifier).</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }
}

/// <summary>A committee's supervision for one year as of a date (督导情况): one result per visited organization.</summary>
/// <remarks>Built by <see cref="SupervisionEngine"/> only. Immutable and thread-safe.</remarks>
public sealed record SupervisionResult
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal SupervisionResult(AssessmentYear year, OrganizationId committeeId, LocalDate asOf, ValueArray<OrganizationSupervisionResult> organizations)
    {
        Year = year;
        CommitteeId = committeeId;
        AsOf = asOf;
        Organizations = organizations;
    }

    /// <summary>Gets the year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the working committee.</summary>
    public OrganizationId CommitteeId { get; }

    /// <summary>Gets the as-of date: visits dated and circulars and notices issued by then are seen, and due dates passed by then are past.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the result of every organization visited by the as-of date, ordered by organization.</summary>
    public ValueArray<OrganizationSupervisionResult> Organizations { get; }

    /// <summary>Gets the result of one organization.</summary>
    /// <param name="organization">The organization.</param>
    /// <returns>Its result, or <see langword="null"/> when it was not visited by the as-of date.</returns>
    public OrganizationSupervisionResult? For(OrganizationId organization) => Organizations.FirstOrDefault(o => o.Organization == organization);
}
