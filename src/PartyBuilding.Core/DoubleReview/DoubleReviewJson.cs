using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.DoubleReview;

/// <summary>
/// The JSON metadata of the double-review scheme, data set and outcome: the area's own source-generated context, with the <see cref="ValueArray{T}"/> types it
/// holds in front of it. Each document of the area answers <see cref="IDocumentContent.JsonMetadata"/> with it;
/// <c>Serialization.PartyBuildingJson</c> puts Common's metadata in front.
/// </summary>
internal static class DoubleReviewJson
{
    /// <summary>Gets the trees the area's results always answer, by result type and JSON property (<see cref="CommonJson.RequiringTrees"/>).</summary>
    internal static (Type Result, string Property)[] RequiredTrees { get; } =
    [
        (typeof(OrganizationReviewResult), "explanation"),
        (typeof(RoundFailure), "explanation"),
    ];

    /// <summary>Gets the area's metadata.</summary>
    public static IJsonTypeInfoResolver Metadata { get; } = JsonTypeInfoResolver.Combine(ValueArrays.Instance, DoubleReviewJsonContext.Default).RequiringTrees(RequiredTrees);

    private sealed class ValueArrays : ValueArrayJsonMetadata
    {
        private ValueArrays()
        {
            Add<Ballot>();
            Add<ComponentResult>();
            Add<ComponentRule>();
            Add<ComponentScore>();
            Add<GroupResult>();
            Add<LeaderComment>();
            Add<OrganizationReviewResult>();
            Add<RaterGroupRule>();
            Add<ReviewedOrganization>();
            Add<ReviewGradeBand>();
            Add<ReviewGradeScore>();
            Add<RoundFailure>();
        }

        public static ValueArrays Instance { get; } = new();
    }
}

/// <summary>The source-generated metadata of the area's documents; see <see cref="DoubleReviewJson"/>.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(DoubleReviewScheme))]
[JsonSerializable(typeof(DoubleReviewDataSet))]
[JsonSerializable(typeof(DoubleReviewOutcome))]
internal sealed partial class DoubleReviewJsonContext : JsonSerializerContext;
