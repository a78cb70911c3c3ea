using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Evaluation;

/// <summary>The annual evaluation of a committee: the assessment result, the data set it was computed from, the organizations left out, and every area's own result.</summary>
/// <param name="AsOf">The evaluation date.</param>
/// <param name="Assessment">The assessment result (scores, bands, ranks, explanation trees, receipt).</param>
/// <param name="Data">The assessment data set built from the areas' results and the given inputs.</param>
/// <param name="Missing">The inputs no area gave, with reasons, ordered by organization and component; under <see cref="IncompleteOrganizationPolicy.Exclude"/> their organizations are not ranked.</param>
/// <param name="DoubleReview">The double-review outcome, when the double review was run.</param>
/// <param name="Standardization">The standardization outcome.</param>
/// <param name="MemberPoints">The member-points year result (members, branches, organizations).</param>
/// <param name="Responsibilities">The responsibilities assessment.</param>
/// <param name="Rectification">The rectification ledger's status.</param>
public sealed record AnnualEvaluationResult(
    LocalDate AsOf,
    AssessmentResult Assessment,
    AssessmentDataSet Data,
    ValueArray<MissingComponent> Missing,
    DoubleReviewOutcome? DoubleReview = null,
    StandardizationOutcome? Standardization = null,
    MemberPointsYearResult? MemberPoints = null,
    ResponsibilityAssessment? Responsibilities = null,
    RectificationLedgerStatus? Rectification = null)
{
    /// <summary>Gets the organizations left out of the ranking because an input is missing.</summary>
    public ValueArray<OrganizationId> Excluded =>
        [.. Missing.Select(m => m.Organization).Distinct().Where(o => !Data.Organizations.Any(a => a.Id == o)).Order()];
}
