using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Supervision;

/// <summary>
/// The JSON metadata of the supervision catalogue, records and result: the area's own source-generated context, with the
/// <see cref="ValueArray{T}"/> types it holds in front of it. Each document of the area answers
/// <see cref="IDocumentContent.JsonMetadata"/> with it.
/// </summary>
internal static class SupervisionJson
{
    /// <summary>Gets the trees the area's results always answer, by result type and JSON property (<see cref="CommonJson.RequiringTrees"/>).</summary>
    internal static (Type Result, string Property)[] RequiredTrees { get; } =
    [
        (typeof(AccountabilityCaseResult), "explanation"),
        (typeof(AccountabilityStatistics), "explanation"),
        (typeof(OrganizationSupervisionResult), "explanation"),
    ];

    /// <summary>Gets the area's metadata.</summary>
    public static IJsonTypeInfoResolver Metadata { get; } = JsonTypeInfoResolver.Combine(ValueArrays.Instance, SupervisionJsonContext.Default).RequiringTrees(RequiredTrees);

    private sealed class ValueArrays : ValueArrayJsonMetadata
    {
        private ValueArrays()
        {
            Add<SupervisionAspect>();
            Add<SupervisionPoint>();
            Add<GroupMember>();
            Add<SupervisionGroup>();
            Add<FindingEvidence>();
            Add<SupervisionFinding>();
            Add<SupervisionMethod>();
            Add<SupervisionVisit>();
            Add<SupervisionFindingId>();
            Add<SupervisionCircular>();
            Add<NoticeItem>();
            Add<RectificationNotice>();
            Add<SupervisionVisitId>();
            Add<SupervisionNoticeId>();
            Add<FindingStatus>();
            Add<FindingGroup>();
            Add<OrganizationSupervisionResult>();

            // Accountability cases (问责案例), issue 22.
            Add<AccountabilityFact>();
            Add<AccountabilityCase>();
            Add<AccountabilityForm>();
            Add<RaisedVeto>();
            Add<SupervisionRecords>();
            Add<PartyBuilding.Core.Responsibilities.RectificationLedger>();
            Add<AccountabilityFactKind>();
            Add<AccountabilityCaseResult>();
            Add<AccountabilityFormCount>();
        }

        public static ValueArrays Instance { get; } = new();
    }
}

/// <summary>The source-generated metadata of the area's documents; see <see cref="SupervisionJson"/>.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(SupervisionCatalogue))]
[JsonSerializable(typeof(SupervisionRecords))]
[JsonSerializable(typeof(SupervisionResult))]
[JsonSerializable(typeof(AccountabilityRecords))]
[JsonSerializable(typeof(AccountabilityResult))]
internal sealed partial class SupervisionJsonContext : JsonSerializerContext;
