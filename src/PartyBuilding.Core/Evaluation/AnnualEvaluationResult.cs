using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Supervision;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Evaluation;

/// <summary>The annual evaluation of a committee: the assessment result, the data set it was computed from, the organizations left out, and every area's own result.</summary>
public sealed record AnnualEvaluationResult
{
    /// <summary>Initializes a result; only the engine builds one.</summary>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="assessment">The assessment result (scores, bands, ranks, explanation trees, receipt).</param>
    /// <param name="data">The assessment data set built from the areas' results and the given inputs.</param>
    /// <param name="missing">The inputs no area gave, with reasons, ordered by organization and component; under <see cref="IncompleteOrganizationPolicy.Exclude"/> their organizations are not ranked.</param>
    /// <param name="doubleReview">The double-review outcome, when the double review was run.</param>
    /// <param name="standardization">The standardization outcome.</param>
    /// <param name="memberPoints">The member-points year result (members, branches, organizations).</param>
    /// <param name="responsibilities">The responsibilities assessment.</param>
    /// <param name="rectification">The rectification ledger's status.</param>
    /// <param name="organizationalLife">The compliance check of organizational life, when it fed a component.</param>
    /// <param name="supervision">The supervision result, when supervision fed a component.</param>
    /// <param name="accountability">The accountability result, when the accountability records were given beside it.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    internal AnnualEvaluationResult(
        LocalDate asOf,
        AssessmentResult assessment,
        AssessmentDataSet data,
        ValueArray<MissingComponent> missing,
        DoubleReviewOutcome? doubleReview = null,
        StandardizationOutcome? standardization = null,
        MemberPointsYearResult? memberPoints = null,
        ResponsibilityAssessment? responsibilities = null,
        RectificationLedgerStatus? rectification = null,
        OrganizationalLifeResult? organizationalLife = null,
        SupervisionResult? supervision = null,
        AccountabilityResult? accountability = null)
    {
        AsOf = asOf;
        Assessment = assessment;
        Data = data;
        Missing = missing;
        DoubleReview = doubleReview;
        Standardization = standardization;
        MemberPoints = memberPoints;
        Responsibilities = responsibilities;
        Rectification = rectification;
        OrganizationalLife = organizationalLife;
        Supervision = supervision;
        Accountability = accountability;
    }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the assessment result (scores, bands, ranks, explanation trees, receipt).</summary>
    public AssessmentResult Assessment { get; }

    /// <summary>Gets the assessment data set built from the areas' results and the given inputs.</summary>
    public AssessmentDataSet Data { get; }

    /// <summary>Gets the inputs no area gave, with reasons, ordered by organization and component; under <see cref="IncompleteOrganizationPolicy.Exclude"/> their organizations are not ranked.</summary>
    public ValueArray<MissingComponent> Missing { get; }

    /// <summary>Gets the double-review outcome, when the double review was run.</summary>
    public DoubleReviewOutcome? DoubleReview { get; }

    /// <summary>Gets the standardization outcome.</summary>
    public StandardizationOutcome? Standardization { get; }

    /// <summary>Gets the member-points year result (members, branches, organizations).</summary>
    public MemberPointsYearResult? MemberPoints { get; }

    /// <summary>Gets the responsibilities assessment.</summary>
    public ResponsibilityAssessment? Responsibilities { get; }

    /// <summary>Gets the rectification ledger's status.</summary>
    public RectificationLedgerStatus? Rectification { get; }

    /// <summary>Gets the compliance check of organizational life, when it fed a component (<see cref="EvaluationComponents.OrganizationalLife"/>); else <see langword="null"/>.</summary>
    public OrganizationalLifeResult? OrganizationalLife { get; }

    /// <summary>Gets the supervision of the year as of the evaluation date (with the ledger's view when the ledger is given), when supervision fed a component (<see cref="EvaluationComponents.Supervision"/>); else <see langword="null"/>.</summary>
    public SupervisionResult? Supervision { get; }

    /// <summary>Gets the accountability cases decided by the evaluation date, when supervision fed a component and the accountability records were given; else <see langword="null"/>.</summary>
    public AccountabilityResult? Accountability { get; }

    /// <summary>Gets the organizations left out of the ranking because an input is missing.</summary>
    public ValueArray<OrganizationId> Excluded =>
        [.. Missing.Select(m => m.Organization).Distinct().Where(o => !Data.Organizations.Any(a => a.Id == o)).Order()];
}
