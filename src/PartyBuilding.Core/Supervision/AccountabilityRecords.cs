using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Responsibilities;

namespace PartyBuilding.Core.Supervision;

/// <summary>
/// Whom a case holds to account (问责对象): a party organization, or a leading cadre — a person by member identifier, name and
/// post, with the organization where the person serves.
/// </summary>
/// <param name="Kind">A party organization or a leading cadre.</param>
/// <param name="Organization">The organization held to account, or for a cadre the organization where the person serves; under the committee in the organization structure on the decision date.</param>
/// <param name="Person">The cadre's member identifier; only for a cadre.</param>
/// <param name="Name">The cadre's name, as the organization structure has it; only for a cadre.</param>
/// <param name="Post">The cadre's post (职务), e.g. 机关党委书记; only for a cadre.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AccountabilitySubject(
    AccountabilitySubjectKind Kind,
    OrganizationId Organization,
    MemberId? Person = null,
    string? Name = null,
    LocalizedText? Post = null)
{
    /// <summary>Holds a party organization to account.</summary>
    /// <param name="organization">The organization.</param>
    /// <returns>The subject.</returns>
    public static AccountabilitySubject OfOrganization(OrganizationId organization) => new(AccountabilitySubjectKind.PartyOrganization, organization);

    /// <summary>Holds a leading cadre to account.</summary>
    /// <param name="person">The cadre's member identifier.</param>
    /// <param name="name">The cadre's name.</param>
    /// <param name="post">The cadre's post.</param>
    /// <param name="servesAt">The organization where the cadre serves.</param>
    /// <returns>The subject.</returns>
    public static AccountabilitySubject OfCadre(MemberId person, string name, LocalizedText post, OrganizationId servesAt) =>
        new(AccountabilitySubjectKind.LeadingCadre, servesAt, person, name, post);
}

/// <summary>A veto raised against an organization in an annual assessment (一票否决): the rule it triggered and why.</summary>
/// <param name="Year">The assessment year.</param>
/// <param name="Organization">The organization the veto was raised against.</param>
/// <param name="Rule">The scheme's rule it triggered (the assessment factor's identifier, as text).</param>
/// <param name="Reason">Why it was raised, or <see langword="null"/> in a reference.</param>
/// <remarks>Immutable and thread-safe. The Supervision area does not read assessments: the caller lists the vetoes raised in <see cref="AccountabilityBasis.Vetoes"/>.</remarks>
public sealed record RaisedVeto(AssessmentYear Year, OrganizationId Organization, string Rule, LocalizedText? Reason = null);

/// <summary>
/// A fact an accountability case rests on (问责事实), exactly one of: a finding of a supervision visit, an overdue measure of a
/// rectification ledger (its problem and measure), or a veto raised in an annual assessment. Each resolves against the
/// documents given (<see cref="AccountabilityBasis"/>).
/// </summary>
/// <param name="Finding">The supervision finding.</param>
/// <param name="Problem">The ledger problem of the overdue measure (with <paramref name="Measure"/>).</param>
/// <param name="Measure">The overdue measure (with <paramref name="Problem"/>).</param>
/// <param name="Veto">The veto (its year, organization and rule; the reason is not compared).</param>
/// <param name="Note">What the fact shows in this case, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AccountabilityFact(
    SupervisionFindingId? Finding = null,
    RectificationProblemId? Problem = null,
    RectificationMeasureId? Measure = null,
    RaisedVeto? Veto = null,
    LocalizedText? Note = null)
{
    /// <summary>Gets what the fact is, or <see langword="null"/> when it names none or more than one, or a measure without its problem (a problem of the records).</summary>
    [JsonIgnore]
    public AccountabilityFactKind? Kind =>
        Problem.HasValue != Measure.HasValue ? null
        : (Finding.HasValue ? 1 : 0) + (Measure.HasValue ? 1 : 0) + (Veto is null ? 0 : 1) != 1 ? null
        : Finding.HasValue ? AccountabilityFactKind.SupervisionFinding
        : Measure.HasValue ? AccountabilityFactKind.OverdueMeasure
        : AccountabilityFactKind.Veto;
}

/// <summary>
/// An accountability case (问责案例): its subject, the facts it rests on, the stage of the accountability chain it reached
/// (明责→定责→督责→述责→评责→问责, <see cref="ResponsibilityCitations.AccountabilityChain"/>), the date and the deciding body, and
/// the outcome — one or more forms of accountability allowed for the subject's kind (<see cref="AccountabilityRules"/>).
/// </summary>
/// <param name="Id">The case's identifier, unique within the records.</param>
/// <param name="Subject">Whom it holds to account.</param>
/// <param name="Facts">The facts, at least one.</param>
/// <param name="Stage">The stage reached; <see cref="AccountabilityStage.HoldAccountable"/> when decided with an outcome.</param>
/// <param name="DecidedOn">The date of the decision (or of the stage reached), within the records' year.</param>
/// <param name="DecidedBy">The body that decided or took the stage, e.g. 市直机关工委.</param>
/// <param name="Forms">The forms of accountability, each once: at least one at <see cref="AccountabilityStage.HoldAccountable"/>, none before.</param>
/// <param name="Summary">What the case is about, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AccountabilityCase(
    AccountabilityCaseId Id,
    AccountabilitySubject Subject,
    ValueArray<AccountabilityFact> Facts,
    AccountabilityStage Stage,
    LocalDate DecidedOn,
    LocalizedText DecidedBy,
    ValueArray<AccountabilityForm> Forms = default,
    LocalizedText? Summary = null);

/// <summary>One year of a working committee's accountability cases (问责工作台账).</summary>
/// <param name="Year">The year; every case is decided in it.</param>
/// <param name="CommitteeId">The working committee.</param>
/// <param name="Cases">The cases.</param>
/// <remarks>Immutable and thread-safe; value-equal. The order of cases does not change a result.</remarks>
public sealed record AccountabilityRecords(AssessmentYear Year, OrganizationId CommitteeId, ValueArray<AccountabilityCase> Cases = default) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "accountability-records";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => SupervisionJson.Metadata;

    /// <summary>Gets a value indicating whether the records are illustrative (示例), e.g. a seed, not a committee's real cases.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsIllustrative { get; init; }
}

/// <summary>
/// The documents the facts of accountability cases resolve against: supervision records (findings), rectification ledgers
/// (overdue measures) and the vetoes raised in annual assessments.
/// </summary>
/// <param name="Supervision">The supervision records, of any years.</param>
/// <param name="Ledgers">The rectification ledgers.</param>
/// <param name="Vetoes">The vetoes raised.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AccountabilityBasis(
    ValueArray<SupervisionRecords> Supervision = default,
    ValueArray<RectificationLedger> Ledgers = default,
    ValueArray<RaisedVeto> Vetoes = default);
