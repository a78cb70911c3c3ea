using System.Text.Json;
using System.Text.Json.Serialization;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Validation;

namespace PartyBuilding.Core.Serialization;

/// <summary>
/// The source-generated serialization context of every type that crosses the JSON boundary. Internal, so its
/// generated members stay out of the public API; use <see cref="PartyBuildingJson"/>.
/// </summary>
/// <remarks>
/// Each area registers its document types with <c>[JsonSerializable]</c> below, grouped by area, and its identifier
/// converters in the list of converters. Converters are
/// closed types (no factory that makes generic types at run time), so the context stays trim- and AOT-safe.
/// Unknown properties are refused (<see cref="JsonUnmappedMemberHandling.Disallow"/>): nothing is silently dropped.
/// </remarks>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
#if NET9_0_OR_GREATER
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
#endif
    WriteIndented = true,
    Converters =
    [
        typeof(LocalDateConverter),
        typeof(YearMonthConverter),
        typeof(AssessmentYearConverter),
        typeof(ScoreConverter),
        typeof(ProportionConverter),
        typeof(ShareConverter),
        typeof(PartyBuilding.Core.Organizations.OrganizationEventConverter),

        // Enumerations: by defined name only (StrictEnumConverter).
        typeof(StrictEnumConverter<PartyBuilding.Core.Assessment.CertificationCriterionKind>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Assessment.CertificationStepKind>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Assessment.ComponentKind>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Assessment.ComponentNature>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Assessment.GradeBand>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Assessment.ModelOrganStatus>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Assessment.PrecedenceRuleKind>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Assessment.PublishedRankOrder>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Common.CitationSourceKind>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Common.DisplayLanguage>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Common.ExplanationCombination>),
        typeof(StrictEnumConverter<PartyBuilding.Core.DoubleReview.AssessedComponent>),
        typeof(StrictEnumConverter<PartyBuilding.Core.DoubleReview.HalfYear>),
        typeof(StrictEnumConverter<PartyBuilding.Core.DoubleReview.PeerScope>),
        typeof(StrictEnumConverter<PartyBuilding.Core.DoubleReview.RaterGroup>),
        typeof(StrictEnumConverter<PartyBuilding.Core.DoubleReview.RatingScaleKind>),
        typeof(StrictEnumConverter<PartyBuilding.Core.DoubleReview.ReviewCadence>),
        typeof(StrictEnumConverter<PartyBuilding.Core.DoubleReview.ReviewGrade>),
        typeof(StrictEnumConverter<PartyBuilding.Core.DoubleReview.ReviewRound>),
        typeof(StrictEnumConverter<PartyBuilding.Core.DoubleReview.RoundFailureReason>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Evaluation.IncompleteOrganizationPolicy>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Evaluation.VetoedBranchRule>),
        typeof(StrictEnumConverter<PartyBuilding.Core.MemberPoints.AuditDecision>),
        typeof(StrictEnumConverter<PartyBuilding.Core.MemberPoints.DeclarationStatus>),
        typeof(StrictEnumConverter<PartyBuilding.Core.MemberPoints.LateDeclarationPolicy>),
        typeof(StrictEnumConverter<PartyBuilding.Core.MemberPoints.MemberGrade>),
        typeof(StrictEnumConverter<PartyBuilding.Core.MemberPoints.PointsKind>),
        typeof(StrictEnumConverter<PartyBuilding.Core.MemberPoints.StandardGroup>),
        typeof(StrictEnumConverter<PartyBuilding.Core.MemberPoints.UngradedReason>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Organizations.ComplianceSeverity>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Organizations.MembershipChangeReason>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Organizations.MembershipStatus>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Organizations.NestingRelation>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Organizations.OrganizationEventKind>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Organizations.OrganizationKind>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Organizations.PartyRole>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Responsibilities.AccountabilityStage>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Responsibilities.DeadlineClass>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Responsibilities.DueRuleKind>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Responsibilities.DutyStatus>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Responsibilities.RecheckOutcome>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Responsibilities.RecurrencePeriod>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Responsibilities.ResponsibilityLevel>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Responsibilities.ResponsibilityListKind>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Standardization.BranchTier>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Standardization.CheckMethod>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Standardization.CoverageLevel>),
        typeof(StrictEnumConverter<PartyBuilding.Core.Validation.ProblemSeverity>),

        // Identifiers of Common.
        typeof(StronglyTypedIdConverter<OrganizationId>),
        typeof(StronglyTypedIdConverter<MemberId>),
        typeof(StronglyTypedIdConverter<DistrictId>),
        typeof(StronglyTypedIdConverter<IndicatorId>),
        typeof(StronglyTypedIdConverter<ResponsibilityItemId>),

        // Identifiers of the areas: one line each, grouped by area.
        // Responsibilities
        typeof(StronglyTypedIdConverter<PartyBuilding.Core.Responsibilities.ResponsibilityListId>),
        typeof(StronglyTypedIdConverter<PartyBuilding.Core.Responsibilities.RectificationLedgerId>),
        typeof(StronglyTypedIdConverter<PartyBuilding.Core.Responsibilities.RectificationProblemId>),
        typeof(StronglyTypedIdConverter<PartyBuilding.Core.Responsibilities.RectificationMeasureId>),
        typeof(StronglyTypedIdConverter<PartyBuilding.Core.Responsibilities.RectificationAreaId>),
        // Standardization
        typeof(StronglyTypedIdConverter<PartyBuilding.Core.Standardization.AspectId>),
        typeof(StronglyTypedIdConverter<PartyBuilding.Core.Standardization.CatalogueId>),
        // MemberPoints
        typeof(StronglyTypedIdConverter<PartyBuilding.Core.MemberPoints.PointsStandardId>),
        typeof(StronglyTypedIdConverter<PartyBuilding.Core.MemberPoints.DeclarationId>),
        // Assessment
        typeof(StronglyTypedIdConverter<PartyBuilding.Core.Assessment.AssessmentComponentId>),
        typeof(StronglyTypedIdConverter<PartyBuilding.Core.Assessment.AssessmentFactorId>),
    ])]
// Every registration sits on this one declaration: the JSON source generator cannot split a context over several
// partial declarations (dotnet/runtime#99669, "hintName … must be unique").
// Common
[JsonSerializable(typeof(Explanation))]
[JsonSerializable(typeof(ScoreBreakdown))]
[JsonSerializable(typeof(ValidationReport))]
// Organizations
[JsonSerializable(typeof(PartyBuilding.Core.Organizations.OrganizationSnapshot))]
[JsonSerializable(typeof(PartyBuilding.Core.Organizations.OrganizationEventLog))]
[JsonSerializable(typeof(PartyBuilding.Core.Organizations.OrganizationCreated))]
[JsonSerializable(typeof(PartyBuilding.Core.Organizations.OrganizationRenamed))]
[JsonSerializable(typeof(PartyBuilding.Core.Organizations.LeadershipSupplemented))]
[JsonSerializable(typeof(PartyBuilding.Core.Organizations.OrganizationReparented))]
[JsonSerializable(typeof(PartyBuilding.Core.Organizations.OrganizationDissolved))]
[JsonSerializable(typeof(PartyBuilding.Core.Organizations.OrganizationUnchanged))]
[JsonSerializable(typeof(PartyBuilding.Core.Organizations.MemberJoined))]
[JsonSerializable(typeof(PartyBuilding.Core.Organizations.MemberTransferred))]
[JsonSerializable(typeof(PartyBuilding.Core.Organizations.MemberConfirmed))]
[JsonSerializable(typeof(PartyBuilding.Core.Organizations.MemberLeft))]
[JsonSerializable(typeof(PartyBuilding.Core.Organizations.RoleAssigned))]
[JsonSerializable(typeof(PartyBuilding.Core.Organizations.RoleEnded))]
[JsonSerializable(typeof(PartyBuilding.Core.Organizations.OrganizationElected))]
[JsonSerializable(typeof(PartyBuilding.Core.Organizations.DistrictAssigned))]
[JsonSerializable(typeof(PartyBuilding.Core.Organizations.StaffCountChanged))]
[JsonSerializable(typeof(PartyBuilding.Core.Organizations.ComplianceReport))]
// Responsibilities
[JsonSerializable(typeof(PartyBuilding.Core.Responsibilities.ResponsibilityScheme))]
[JsonSerializable(typeof(PartyBuilding.Core.Responsibilities.ResponsibilityDataSet))]
[JsonSerializable(typeof(PartyBuilding.Core.Responsibilities.RectificationLedger))]
// Standardization
[JsonSerializable(typeof(PartyBuilding.Core.Standardization.IndicatorCatalogue))]
[JsonSerializable(typeof(PartyBuilding.Core.Standardization.TierScheme))]
[JsonSerializable(typeof(PartyBuilding.Core.Standardization.BranchRoster))]
[JsonSerializable(typeof(PartyBuilding.Core.Standardization.StandardizationDataSet))]
[JsonSerializable(typeof(PartyBuilding.Core.Standardization.BranchScoreResult))]
[JsonSerializable(typeof(PartyBuilding.Core.Standardization.TierNamingRound))]
[JsonSerializable(typeof(PartyBuilding.Core.Standardization.CoverageReport))]
[JsonSerializable(typeof(PartyBuilding.Core.Standardization.StandardizationOutcome))]
[JsonSerializable(typeof(PartyBuilding.Core.Standardization.RectificationReport))]
// MemberPoints
[JsonSerializable(typeof(PartyBuilding.Core.MemberPoints.PointsScheme))]
[JsonSerializable(typeof(PartyBuilding.Core.MemberPoints.MemberPointsDataSet))]
[JsonSerializable(typeof(PartyBuilding.Core.MemberPoints.MemberPointsYearResult))]
[JsonSerializable(typeof(PartyBuilding.Core.MemberPoints.MemberGradeExport))]
// DoubleReview
[JsonSerializable(typeof(PartyBuilding.Core.DoubleReview.DoubleReviewScheme))]
[JsonSerializable(typeof(PartyBuilding.Core.DoubleReview.DoubleReviewDataSet))]
[JsonSerializable(typeof(PartyBuilding.Core.DoubleReview.DoubleReviewOutcome))]
// Assessment
[JsonSerializable(typeof(PartyBuilding.Core.Assessment.AssessmentScheme))]
[JsonSerializable(typeof(PartyBuilding.Core.Assessment.AssessmentDataSet))]
[JsonSerializable(typeof(PartyBuilding.Core.Assessment.AssessmentResult))]
[JsonSerializable(typeof(PartyBuilding.Core.Assessment.ReceiptPayload))]
// Evaluation
[JsonSerializable(typeof(PartyBuilding.Core.Evaluation.EvaluationManifest))]
internal sealed partial class PartyBuildingJsonContext : JsonSerializerContext;
