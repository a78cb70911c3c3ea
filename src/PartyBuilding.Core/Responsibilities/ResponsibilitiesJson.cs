using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Responsibilities;

/// <summary>
/// The JSON metadata of the responsibility scheme and data set, the rectification ledger and their results: the area's own source-generated context, with the <see cref="ValueArray{T}"/> types it
/// holds in front of it. Each document of the area answers <see cref="IDocumentContent.JsonMetadata"/> with it;
/// <c>Serialization.PartyBuildingJson</c> puts Common's metadata in front.
/// </summary>
internal static class ResponsibilitiesJson
{
    /// <summary>Gets the trees the area's results always answer, by result type and JSON property (<see cref="CommonJson.RequiringTrees"/>).</summary>
    internal static (Type Result, string Property)[] RequiredTrees { get; } =
    [
        (typeof(ContactPointStatus), "explanation"),
        (typeof(ContactTaskStatus), "explanation"),
        (typeof(ItemStatus), "explanation"),
        (typeof(MeasureStatus), "explanation"),
        (typeof(OrganizationResponsibilityResult), "explanation"),
        (typeof(RectificationRollup), "explanation"),
    ];

    /// <summary>Gets the area's metadata.</summary>
    public static IJsonTypeInfoResolver Metadata { get; } = JsonTypeInfoResolver.Combine(ValueArrays.Instance, ResponsibilitiesJsonContext.Default).RequiringTrees(RequiredTrees);

    private sealed class ValueArrays : ValueArrayJsonMetadata
    {
        private ValueArrays()
        {
            Add<AccountabilityChain>();
            Add<AccountabilityStep>();
            Add<ContactPoint>();
            Add<ContactPointStatus>();
            Add<ContactTask>();
            Add<ContactTaskStatus>();
            Add<EvidenceRecord>();
            Add<ItemStatus>();
            Add<LevelCompletion>();
            Add<LocalDate>();
            Add<LookBackCheck>();
            Add<ProblemOrigin>();
            Add<MeasureStatus>();
            Add<OccurrenceStatus>();
            Add<OrganizationResponsibilityResult>();
            Add<RectificationArea>();
            Add<RectificationMeasure>();
            Add<RectificationProblem>();
            Add<RectificationRollup>();
            Add<ResponsibilityDefinition>();
            Add<ResponsibilityItem>();
            Add<ResponsibilityList>();
            Add<ResponsibilityListStatus>();
        }

        public static ValueArrays Instance { get; } = new();
    }
}

/// <summary>The source-generated metadata of the area's documents; see <see cref="ResponsibilitiesJson"/>.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ResponsibilityScheme))]
[JsonSerializable(typeof(ResponsibilityDataSet))]
[JsonSerializable(typeof(RectificationLedger))]
internal sealed partial class ResponsibilitiesJsonContext : JsonSerializerContext;
