using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;

namespace PartyBuilding.Core.Supervision;

/// <summary>One accountability case as evaluated (问责案例): its subject, facts, stage, decision and outcome, with the explanation that names each.</summary>
/// <remarks>Built by <see cref="AccountabilityEngine"/> only. Immutable and thread-safe.</remarks>
public sealed record AccountabilityCaseResult
{
    private readonly DeferredExplanation _explanation;
    private readonly DeferredExplanation _facts;

    /// <summary>Initializes a case; only the engine builds one.</summary>
    /// <param name="case">The case.</param>
    /// <param name="subjectKind">The kind of subject.</param>
    /// <param name="organization">The organization held to account, or where the cadre serves.</param>
    /// <param name="person">The cadre held to account, or <see langword="null"/> for an organization.</param>
    /// <param name="facts">The kinds of the case's facts, in the case's order.</param>
    /// <param name="stage">The stage of the accountability chain the case reached.</param>
    /// <param name="decidedOn">The date of the decision (or of the stage reached).</param>
    /// <param name="forms">The forms of accountability.</param>
    /// <param name="explanation">The explanation, whose node keyed <c>facts</c> gives the facts' nodes; <see langword="null"/> only when the engine sets <see cref="Tree"/> and <see cref="FactsTree"/>.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal AccountabilityCaseResult(
        AccountabilityCaseId @case,
        AccountabilitySubjectKind subjectKind,
        OrganizationId organization,
        MemberId? person,
        ValueArray<AccountabilityFactKind> facts,
        AccountabilityStage stage,
        LocalDate decidedOn,
        ValueArray<AccountabilityForm> forms,
        Explanation? explanation)
    {
        Case = @case;
        SubjectKind = subjectKind;
        Organization = organization;
        Person = person;
        Facts = facts;
        Stage = stage;
        DecidedOn = decidedOn;
        Forms = forms;
        _explanation = new DeferredExplanation(explanation);
        _facts = new DeferredExplanation(explanation?.Find(FactsKey));
    }

    /// <summary>Gets the case.</summary>
    public AccountabilityCaseId Case { get; }

    /// <summary>Gets the kind of subject.</summary>
    public AccountabilitySubjectKind SubjectKind { get; }

    /// <summary>Gets the organization held to account, or where the cadre serves.</summary>
    public OrganizationId Organization { get; }

    /// <summary>Gets the cadre held to account, or <see langword="null"/> for an organization.</summary>
    public MemberId? Person { get; }

    /// <summary>Gets the kinds of the case's facts, in the case's order.</summary>
    public ValueArray<AccountabilityFactKind> Facts { get; }

    /// <summary>Gets the stage of the accountability chain the case reached.</summary>
    public AccountabilityStage Stage { get; }

    /// <summary>Gets the date of the decision (or of the stage reached).</summary>
    public LocalDate DecidedOn { get; }

    /// <summary>Gets the forms of accountability, in the order of <see cref="AccountabilityForm"/>; empty before the stage of holding to account.</summary>
    public ValueArray<AccountabilityForm> Forms { get; }

    /// <summary>Gets the explanation: the subject, each fact (finding with its visit, overdue measure with its due date and responsible person, veto), the stage, the decision and each form with the regulation's article. Built when read (docs/architecture.md, "Explanations on demand").</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }

    /// <summary>Gets the nodes of the case's facts (the children of <see cref="Explanation"/>'s node keyed <c>facts</c>), built without the rest of the tree.</summary>
    internal ValueArray<Explanation> FactExplanations => _facts.ValueOrNull?.Children ?? [];

    /// <summary>Sets the node of the case's facts to one built when read without the rest of the tree (the engine's).</summary>
    internal DeferredExplanation FactsTree
    {
        init => _facts = value;
    }

    /// <summary>The key of the node that holds the facts.</summary>
    internal const string FactsKey = "facts";
}

/// <summary>The number of cases of a year that used one form of accountability, for one kind of subject (按问责方式统计).</summary>
/// <remarks>Built by <see cref="AccountabilityEngine"/> only. Immutable and thread-safe.</remarks>
public sealed record AccountabilityFormCount
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal AccountabilityFormCount(AccountabilityForm form, AccountabilitySubjectKind subjectKind, int cases)
    {
        Form = form;
        SubjectKind = subjectKind;
        Cases = cases;
    }

    /// <summary>Gets the form.</summary>
    public AccountabilityForm Form { get; }

    /// <summary>Gets the kind of subject.</summary>
    public AccountabilitySubjectKind SubjectKind { get; }

    /// <summary>Gets the number of cases that used the form for that kind of subject (a case with two forms counts under each).</summary>
    public int Cases { get; }
}

/// <summary>
/// The accountability statistics of a year (问责情况统计): cases by kind of subject and by form, and the cadres dealt with and
/// disciplined — the figure article 003 reports as 党纪处分36人 (<see cref="AccountabilityRules.Article003Disciplined"/>).
/// </summary>
/// <remarks>Built by <see cref="AccountabilityEngine"/> only. Immutable and thread-safe.</remarks>
public sealed record AccountabilityStatistics
{
    private readonly DeferredExplanation _explanation;

    [System.Text.Json.Serialization.JsonConstructor]
    internal AccountabilityStatistics(
        int organizationCases,
        int cadreCases,
        int pendingCases,
        ValueArray<AccountabilityFormCount> byForm,
        int cadresDealtWith,
        int cadresDisciplined,
        Explanation? explanation)
    {
        OrganizationCases = organizationCases;
        CadreCases = cadreCases;
        PendingCases = pendingCases;
        ByForm = byForm;
        CadresDealtWith = cadresDealtWith;
        CadresDisciplined = cadresDisciplined;
        _explanation = new DeferredExplanation(explanation);
    }

    /// <summary>Gets the number of cases against party organizations.</summary>
    public int OrganizationCases { get; }

    /// <summary>Gets the number of cases against leading cadres.</summary>
    public int CadreCases { get; }

    /// <summary>Gets the number of cases that had not reached the stage of holding to account (问责) by the as-of date.</summary>
    public int PendingCases { get; }

    /// <summary>Gets the cases held to account by form and kind of subject, in the order of <see cref="AccountabilityForm"/>, then of the kind; forms no case used are left out.</summary>
    public ValueArray<AccountabilityFormCount> ByForm { get; }

    /// <summary>Gets the number of distinct cadres held to account in any form (问责干部人数).</summary>
    public int CadresDealtWith { get; }

    /// <summary>Gets the number of distinct cadres given a disciplinary sanction (党纪处分人数).</summary>
    public int CadresDisciplined { get; }

    /// <summary>Gets the explanation: the cases as the sum over the kinds of subject, the cases by form, and the cadres dealt with and disciplined. Built when read (docs/architecture.md, "Explanations on demand").</summary>
    public Explanation Explanation => _explanation.Value;

    /// <summary>Sets the explanation to one built when read (the engine's, instead of a built tree).</summary>
    internal DeferredExplanation Tree
    {
        init => _explanation = value;
    }
}

/// <summary>A committee's accountability cases of one year as of a date (问责情况).</summary>
/// <remarks>Built by <see cref="AccountabilityEngine"/> only. Immutable and thread-safe.</remarks>
public sealed record AccountabilityResult
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal AccountabilityResult(AssessmentYear year, OrganizationId committeeId, LocalDate asOf, ValueArray<AccountabilityCaseResult> cases, AccountabilityStatistics statistics)
    {
        Year = year;
        CommitteeId = committeeId;
        AsOf = asOf;
        Cases = cases;
        Statistics = statistics;
    }

    /// <summary>Gets the year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>Gets the working committee.</summary>
    public OrganizationId CommitteeId { get; }

    /// <summary>Gets the as-of date: cases decided by then are seen.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the cases decided by the as-of date, by date and identifier.</summary>
    public ValueArray<AccountabilityCaseResult> Cases { get; }

    /// <summary>Gets the year's statistics over those cases.</summary>
    public AccountabilityStatistics Statistics { get; }

    /// <summary>Gets the result of one case.</summary>
    /// <param name="id">The case.</param>
    /// <returns>Its result, or <see langword="null"/> when it is not decided by the as-of date.</returns>
    public AccountabilityCaseResult? For(AccountabilityCaseId id) => Cases.FirstOrDefault(c => c.Case == id);
}
