using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Assessment;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.DoubleReview;
using PartyBuilding.Core.MemberPoints;
using PartyBuilding.Core.Organizations;
using PartyBuilding.Core.Responsibilities;
using PartyBuilding.Core.Standardization;

namespace PartyBuilding.Core.Evaluation;

/// <summary>
/// The JSON metadata of the evaluation manifest and the annual evaluation's result, which holds every area's result: the
/// composition root's own source-generated context, with its <see cref="ValueArray{T}"/> types and every area's
/// metadata in front of it. The one place that combines the areas' metadata (adding an area adds its line here);
/// <see cref="PartyBuildingJsonMetadata"/> offers it to hosts.
/// </summary>
internal static class EvaluationJson
{
    /// <summary>Gets the trees every area's results always answer (<see cref="CommonJson.RequiringTrees"/>); <c>RequiredTreeTest</c> derives them again from nullability.</summary>
    internal static (Type Result, string Property)[] AllRequiredTrees { get; } =
    [
        .. AssessmentJson.RequiredTrees,
        .. DoubleReviewJson.RequiredTrees,
        .. MemberPointsJson.RequiredTrees,
        .. OrganizationalLife.OrganizationalLifeJson.RequiredTrees,
        .. ResponsibilitiesJson.RequiredTrees,
        .. StandardizationJson.RequiredTrees,
        .. Supervision.SupervisionJson.RequiredTrees,
    ];

    /// <summary>Gets the area's metadata.</summary>
    public static IJsonTypeInfoResolver Metadata { get; } = JsonTypeInfoResolver.Combine(
        ValueArrays.Instance,
        OrganizationsJson.Metadata,
        ResponsibilitiesJson.Metadata,
        StandardizationJson.Metadata,
        MemberPointsJson.Metadata,
        DoubleReviewJson.Metadata,
        OrganizationalLife.OrganizationalLifeJson.Metadata,
        Supervision.SupervisionJson.Metadata,
        AssessmentJson.Metadata,
        EvaluationJsonContext.Default).RequiringTrees(AllRequiredTrees); // also the results only the composition root's context reaches

    private sealed class ValueArrays : ValueArrayJsonMetadata
    {
        private ValueArrays()
        {
            Add<MissingComponent>();
            Add<ComponentHeading>();
            Add<ComponentContribution>();
            Add<OrganizationSummary>();
            Add<AccountabilityFormRule>();
            AddDictionary<ValueArray<string>>();
        }

        public static ValueArrays Instance { get; } = new();
    }
}

/// <summary>The source-generated metadata of the area's documents; see <see cref="EvaluationJson"/>.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(EvaluationManifest))]
[JsonSerializable(typeof(AnnualEvaluationResult))]
[JsonSerializable(typeof(EvaluationSummary))]
[JsonSerializable(typeof(OrganizationExplanation))]
internal sealed partial class EvaluationJsonContext : JsonSerializerContext;
