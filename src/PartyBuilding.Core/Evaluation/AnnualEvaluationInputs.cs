using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.OrganizationalLife;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Standardization;
using PartyBuilding.Core.Supervision;

namespace PartyBuilding.Core.Evaluation;

/// <summary>The loaded documents of one committee and year that the annual evaluation composes.</summary>
/// <param name="Committee">The working committee.</param>
/// <param name="Year">The assessment year.</param>
/// <param name="Organizations">The organization snapshot; the registry gives the assessed organizations and their districts on the evaluation date.</param>
/// <param name="Scheme">The assessment scheme.</param>
/// <param name="Components">Which component each area feeds.</param>
/// <param name="OrganizationEvents">The organization event log after the snapshot; <see langword="null"/> for none.</param>
/// <param name="DoubleReviewScheme">The double-review scheme.</param>
/// <param name="DoubleReviewData">The double-review data set.</param>
/// <param name="StandardizationCatalogue">The standardization indicator catalogue.</param>
/// <param name="StandardizationTiers">The standardization tier scheme.</param>
/// <param name="StandardizationData">The standardization data set (roster and branch assessments).</param>
/// <param name="MemberPointsScheme">The member-points scheme.</param>
/// <param name="MemberPointsData">The member-points data set.</param>
/// <param name="ResponsibilityScheme">The responsibility scheme.</param>
/// <param name="ResponsibilityData">The responsibility data set.</param>
/// <param name="RectificationLedger">The rectification ledger.</param>
/// <param name="GivenInputs">Component inputs given directly (routine work, key work, bonuses, deductions, vetoes); only its inputs are used.</param>
/// <param name="Incomplete">What to do with an organization lacking an input.</param>
/// <param name="OrganizationalLifeRecords">The records of organizational life; optional: standardization indicators and member points derive values from them where their documents say so.</param>
/// <param name="OrganizationalLifeScheme">The organizational-life scheme the records are checked with; the regulation's frequencies when <see langword="null"/>.</param>
/// <param name="SupervisionCatalogue">The supervision catalogue (督导内容清单) the records' findings are measured against.</param>
/// <param name="SupervisionRecords">The supervision records of the year (visits, findings, circulars, notices).</param>
/// <param name="AccountabilityRecords">The accountability cases of the year; optional when supervision feeds a component.</param>
public sealed record AnnualEvaluationInputs(
    OrganizationId Committee,
    AssessmentYear Year,
    OrganizationSnapshot Organizations,
    AssessmentScheme Scheme,
    EvaluationComponents Components,
    OrganizationEventLog? OrganizationEvents = null,
    DoubleReviewScheme? DoubleReviewScheme = null,
    DoubleReviewDataSet? DoubleReviewData = null,
    IndicatorCatalogue? StandardizationCatalogue = null,
    TierScheme? StandardizationTiers = null,
    StandardizationDataSet? StandardizationData = null,
    PointsScheme? MemberPointsScheme = null,
    MemberPointsDataSet? MemberPointsData = null,
    ResponsibilityScheme? ResponsibilityScheme = null,
    ResponsibilityDataSet? ResponsibilityData = null,
    RectificationLedger? RectificationLedger = null,
    AssessmentDataSet? GivenInputs = null,
    IncompleteOrganizationPolicy Incomplete = IncompleteOrganizationPolicy.Fail,
    OrganizationalLifeRecords? OrganizationalLifeRecords = null,
    OrganizationalLifeScheme? OrganizationalLifeScheme = null,
    SupervisionCatalogue? SupervisionCatalogue = null,
    SupervisionRecords? SupervisionRecords = null,
    AccountabilityRecords? AccountabilityRecords = null);
