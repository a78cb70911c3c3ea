using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.OrganizationalLife;

/// <summary>
/// The JSON metadata of the records and the scheme of organizational life: the area's own source-generated context, with the
/// <see cref="ValueArray{T}"/> types it holds in front of it. Each document of the area answers
/// <see cref="IDocumentContent.JsonMetadata"/> with it.
/// </summary>
internal static class OrganizationalLifeJson
{
    /// <summary>Gets the trees the area's results always answer, by result type and JSON property (<see cref="CommonJson.RequiringTrees"/>).</summary>
    internal static (Type Result, string Property)[] RequiredTrees { get; } =
    [
        (typeof(LifeFinding), "explanation"),
    ];

    /// <summary>Gets the area's metadata.</summary>
    public static IJsonTypeInfoResolver Metadata { get; } = JsonTypeInfoResolver.Combine(ValueArrays.Instance, OrganizationalLifeJsonContext.Default).RequiringTrees(RequiredTrees).WithRecordConverters(new MeetingRecordConverter(), new DuesPaymentConverter());

    private sealed class ValueArrays : ValueArrayJsonMetadata
    {
        private ValueArrays()
        {
            Add<LifeMember>();
            Add<LifePartyProbation>();
            Add<LifeBranch>();
            Add<Absence>();
            Add<MeetingRecord>();
            Add<DuesPayment>();
            Add<FrequencyRequirement>();
            Add<LifeRecordId>();
            Add<YearMonth>();
            Add<LifeFinding>();
            Add<BranchLifeResult>();
        }

        public static ValueArrays Instance { get; } = new();
    }
}

/// <summary>The source-generated metadata of the area's documents; see <see cref="OrganizationalLifeJson"/>.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(OrganizationalLifeRecords))]
[JsonSerializable(typeof(OrganizationalLifeScheme))]
[JsonSerializable(typeof(OrganizationalLifeResult))]
internal sealed partial class OrganizationalLifeJsonContext : JsonSerializerContext;
