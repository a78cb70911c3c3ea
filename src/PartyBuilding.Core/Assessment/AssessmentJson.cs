using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;
using PartyBuilding.Core.Serialization;

namespace PartyBuilding.Core.Assessment;

/// <summary>
/// The JSON metadata of the assessment scheme, data set and result, and the receipt's payload: the area's own source-generated context, with the <see cref="ValueArray{T}"/> types it
/// holds in front of it. Each document of the area answers <see cref="IDocumentContent.JsonMetadata"/> with it;
/// <c>Serialization.PartyBuildingJson</c> puts Common's metadata in front.
/// </summary>
internal static class AssessmentJson
{
    /// <summary>Gets the trees the area's results always answer, by result type and JSON property (<see cref="CommonJson.RequiringTrees"/>).</summary>
    internal static (Type Result, string Property)[] RequiredTrees { get; } =
    [
        (typeof(OrganizationAssessment), "explanation"),
    ];

    /// <summary>Gets the area's metadata.</summary>
    public static IJsonTypeInfoResolver Metadata { get; } = JsonTypeInfoResolver.Combine(ValueArrays.Instance, AssessmentJsonContext.Default).RequiringTrees(RequiredTrees);

    /// <summary>Gets the metadata of a receipt's payload, with the library's options (those of every document).</summary>
    public static JsonTypeInfo<ReceiptPayload> Receipt { get; } =
        LibraryJsonMetadata.TypeInfo<ReceiptPayload>(LibraryJsonMetadata.CreateOptions(Metadata));

    private sealed class ValueArrays : ValueArrayJsonMetadata
    {
        private ValueArrays()
        {
            Add<AppliedRule>();
            Add<AssessedOrganization>();
            Add<AssessmentComponentId>();
            Add<CertificationStep>();
            Add<ComponentInput>();
            Add<ComponentLine>();
            Add<CriterionCheck>();
            Add<FactorEntry>();
            Add<FactorLine>();
            Add<FactorRule>();
            Add<GradeScore>();
            Add<OrganizationAssessment>();
            Add<PrecedenceRule>();
            Add<SchemeComponent>();
            Add<VetoFlag>();
            Add<DatedValue<Proportion>>();
            Add<DatedValue<Score>>();
            Add<DatedValue<Strategies.StrategySpec>>();
        }

        public static ValueArrays Instance { get; } = new();
    }
}

/// <summary>The source-generated metadata of the area's documents; see <see cref="AssessmentJson"/>.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(AssessmentScheme))]
[JsonSerializable(typeof(AssessmentDataSet))]
[JsonSerializable(typeof(AssessmentResult))]
[JsonSerializable(typeof(ReceiptPayload))]
[JsonSerializable(typeof(CertificationCheck))]
[JsonSerializable(typeof(ModelOrganCase))]
internal sealed partial class AssessmentJsonContext : JsonSerializerContext;
