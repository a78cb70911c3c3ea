using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Serialization;

/// <summary>
/// The JSON metadata of every <see cref="ValueArray{T}"/> and <see cref="ValueDictionary{TValue}"/> used in a document: a JSON array read and written item by
/// item, exactly as an <see cref="ImmutableArray{T}"/> is, with the same error paths (<c>$.content.items[3].name</c>).
/// </summary>
/// <remarks>
/// The JSON source generator cannot build a collection type it does not know, and a converter factory that makes
/// generic types at run time is not AOT-safe. So each item type is listed here once, as a closed generic call, grouped
/// by area like the converters of <see cref="PartyBuildingJsonContext"/>; <c>ValueArrayMetadataTest</c> fails when a
/// public type of the library holds a <see cref="ValueArray{T}"/> whose item type is missing.
/// </remarks>
internal sealed class ValueArrayMetadata : IJsonTypeInfoResolver
{
    private readonly Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> _factories = [];

    private ValueArrayMetadata()
    {
        // Common
        Add<string>();
        Add<MemberId>();
        Add<OrganizationId>();
        Add<IndicatorId>();
        Add<Explanation>();
        Add<ScoreLine>();
        Add<Validation.ValidationProblem>();
        AddDictionary<string>();
        AddDictionary<decimal>();

        // Organizations
        Add<Organizations.ComplianceFinding>();
        Add<Organizations.KindNesting>();
        Add<Organizations.Organization>();
        Add<Organizations.OrganizationEvent>();
        Add<Organizations.OrganizationKind>();
        Add<Organizations.PartyMember>();
        Add<Organizations.ResponsibilityDistrict>();
        Add<Organizations.RoleAssignment>();

        // Responsibilities
        Add<Responsibilities.AccountabilityChain>();
        Add<Responsibilities.AccountabilityStep>();
        Add<Responsibilities.EvidenceRecord>();
        Add<Responsibilities.ItemStatus>();
        Add<Responsibilities.LevelCompletion>();
        Add<Responsibilities.LookBackCheck>();
        Add<Responsibilities.MeasureStatus>();
        Add<Responsibilities.OccurrenceStatus>();
        Add<Responsibilities.OrganizationResponsibilityResult>();
        Add<Responsibilities.RectificationArea>();
        Add<Responsibilities.RectificationMeasure>();
        Add<Responsibilities.RectificationProblem>();
        Add<Responsibilities.RectificationRollup>();
        Add<Responsibilities.ResponsibilityDefinition>();
        Add<Responsibilities.ResponsibilityItem>();
        Add<Responsibilities.ResponsibilityList>();
        Add<Responsibilities.ResponsibilityListStatus>();

        // Standardization
        Add<Standardization.Aspect>();
        Add<Standardization.AspectResult>();
        Add<Standardization.BranchAssessment>();
        Add<Standardization.BranchScoreResult>();
        Add<Standardization.BranchTierNaming>();
        Add<Standardization.CheckMethod>();
        Add<Standardization.CoverageLine>();
        Add<Standardization.CoverageReport>();
        Add<Standardization.CoverageTarget>();
        Add<Standardization.Indicator>();
        Add<Standardization.IndicatorResult>();
        Add<Standardization.IndicatorScore>();
        Add<Standardization.IndicatorShortfall>();
        Add<Standardization.LaggingBranch>();
        Add<Standardization.RectificationOutcome>();
        Add<Standardization.RosterEntry>();
        Add<Standardization.TierNamingRound>();

        // MemberPoints
        Add<PartyBuilding.Core.MemberPoints.PointsStandard>();
        Add<PartyBuilding.Core.MemberPoints.HardCondition>();
        Add<PartyBuilding.Core.MemberPoints.BranchParent>();
        Add<PartyBuilding.Core.MemberPoints.BranchAssignment>();
        Add<PartyBuilding.Core.MemberPoints.MemberRosterEntry>();
        Add<PartyBuilding.Core.MemberPoints.Declaration>();
        Add<PartyBuilding.Core.MemberPoints.AuditRecord>();
        Add<PartyBuilding.Core.MemberPoints.MassReview>();
        Add<PartyBuilding.Core.MemberPoints.MonthlyPoints>();
        Add<PartyBuilding.Core.MemberPoints.QuarterReviewPoints>();
        Add<PartyBuilding.Core.MemberPoints.MemberYearResult>();
        Add<PartyBuilding.Core.MemberPoints.DeclarationResult>();
        Add<PartyBuilding.Core.MemberPoints.PointsStatistics>();
        Add<PartyBuilding.Core.MemberPoints.GradeExportRow>();

        // DoubleReview
        Add<DoubleReview.Ballot>();
        Add<DoubleReview.ComponentResult>();
        Add<DoubleReview.ComponentRule>();
        Add<DoubleReview.ComponentScore>();
        Add<DoubleReview.GroupResult>();
        Add<DoubleReview.LeaderComment>();
        Add<DoubleReview.OrganizationReviewResult>();
        Add<DoubleReview.RaterGroupRule>();
        Add<DoubleReview.ReviewedOrganization>();
        Add<DoubleReview.ReviewGradeBand>();
        Add<DoubleReview.ReviewGradeScore>();
        Add<DoubleReview.RoundFailure>();

        // Assessment
        Add<Assessment.AppliedRule>();
        Add<Assessment.AssessedOrganization>();
        Add<Assessment.AssessmentComponentId>();
        Add<Assessment.CertificationStep>();
        Add<Assessment.ComponentInput>();
        Add<Assessment.ComponentLine>();
        Add<Assessment.CriterionCheck>();
        Add<Assessment.FactorEntry>();
        Add<Assessment.FactorLine>();
        Add<Assessment.FactorRule>();
        Add<Assessment.GradeScore>();
        Add<Assessment.OrganizationAssessment>();
        Add<Assessment.PrecedenceRule>();
        Add<Assessment.SchemeComponent>();
        Add<Assessment.VetoFlag>();
        Add<DatedValue<Proportion>>();
        Add<DatedValue<Score>>();
        Add<DatedValue<Strategies.StrategySpec>>();
        Add<Score>();

        // Evaluation
        Add<Evaluation.MissingComponent>();
    }

    /// <summary>Gets the one instance.</summary>
    public static ValueArrayMetadata Instance { get; } = new();

    /// <summary>Gets whether the array type's metadata is listed.</summary>
    /// <param name="type">A closed <see cref="ValueArray{T}"/> type.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Knows(Type type) => _factories.ContainsKey(type);

    /// <inheritdoc />
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        _factories.TryGetValue(type, out var factory) ? factory(options) : null;

    private void AddDictionary<TValue>() =>
        _factories.Add(typeof(ValueDictionary<TValue>), static options => JsonMetadataServices.CreateImmutableDictionaryInfo<ValueDictionary<TValue>, string, TValue>(
            options,
            new JsonCollectionInfoValues<ValueDictionary<TValue>>(),
            static entries => ValueDictionary.CreateRange(entries)));

    private void Add<T>() =>
        _factories.Add(typeof(ValueArray<T>), static options => JsonMetadataServices.CreateImmutableEnumerableInfo<ValueArray<T>, T>(
            options,
            new JsonCollectionInfoValues<ValueArray<T>>(),
            static items => ValueArray.CreateRange(items)));
}
