using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>
/// The JSON metadata of the indicator catalogue, the tier scheme, the roster, the data set and the results of standardization: the area's own source-generated context, with the <see cref="ValueArray{T}"/> types it
/// holds in front of it. Each document of the area answers <see cref="IDocumentContent.JsonMetadata"/> with it;
/// <c>Serialization.PartyBuildingJson</c> puts Common's metadata in front.
/// </summary>
internal static class StandardizationJson
{
    /// <summary>Gets the trees the area's results always answer, by result type and JSON property (<see cref="CommonJson.RequiringTrees"/>).</summary>
    internal static (Type Result, string Property)[] RequiredTrees { get; } =
    [
        (typeof(AspectResult), "explanation"),
        (typeof(BranchScoreResult), "explanation"),
        (typeof(BranchTierNaming), "explanation"),
        (typeof(CoverageLine), "explanation"),
        (typeof(IndicatorResult), "explanation"),
        (typeof(LaggingBranch), "explanation"),
    ];

    /// <summary>Gets the area's metadata.</summary>
    public static IJsonTypeInfoResolver Metadata { get; } = JsonTypeInfoResolver.Combine(ValueArrays.Instance, StandardizationJsonContext.Default).RequiringTrees(RequiredTrees).WithRecordConverters(new IndicatorScoreConverter());

    private sealed class ValueArrays : ValueArrayJsonMetadata
    {
        private ValueArrays()
        {
            Add<Aspect>();
            Add<AspectResult>();
            Add<BranchAssessment>();
            Add<BranchScoreResult>();
            Add<BranchTierNaming>();
            Add<CheckMethod>();
            Add<CoverageLine>();
            Add<CoverageReport>();
            Add<CoverageTarget>();
            Add<DerivedObservation>();
            Add<Indicator>();
            Add<IndicatorResult>();
            Add<IndicatorScore>();
            Add<IndicatorShortfall>();
            Add<LaggingBranch>();
            Add<OrganizationalLife.MeetingKind>();
            Add<RectificationOutcome>();
            Add<RosterEntry>();
            Add<TierNamingRound>();
        }

        public static ValueArrays Instance { get; } = new();
    }
}

/// <summary>The source-generated metadata of the area's documents; see <see cref="StandardizationJson"/>.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(IndicatorCatalogue))]
[JsonSerializable(typeof(TierScheme))]
[JsonSerializable(typeof(BranchRoster))]
[JsonSerializable(typeof(StandardizationDataSet))]
[JsonSerializable(typeof(BranchScoreResult))]
[JsonSerializable(typeof(TierNamingRound))]
[JsonSerializable(typeof(CoverageReport))]
[JsonSerializable(typeof(StandardizationOutcome))]
[JsonSerializable(typeof(RectificationReport))]
internal sealed partial class StandardizationJsonContext : JsonSerializerContext;
