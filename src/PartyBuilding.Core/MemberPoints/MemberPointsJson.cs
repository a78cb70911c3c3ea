using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.MemberPoints;

/// <summary>
/// The JSON metadata of the points scheme, the data set, the year result and the grade export: the area's own source-generated context, with the <see cref="ValueArray{T}"/> types it
/// holds in front of it. Each document of the area answers <see cref="IDocumentContent.JsonMetadata"/> with it;
/// <c>Serialization.PartyBuildingJson</c> puts Common's metadata in front.
/// </summary>
internal static class MemberPointsJson
{
    /// <summary>Gets the trees the area's results always answer, by result type and JSON property (<see cref="CommonJson.RequiringTrees"/>).</summary>
    internal static (Type Result, string Property)[] RequiredTrees { get; } =
    [
        (typeof(DeclarationResult), "explanation"),
        (typeof(MemberYearResult), "pointsExplanation"),
        (typeof(PointsStatistics), "explanation"),
    ];

    /// <summary>Gets the area's metadata.</summary>
    public static IJsonTypeInfoResolver Metadata { get; } = JsonTypeInfoResolver.Combine(ValueArrays.Instance, MemberPointsJsonContext.Default).RequiringTrees(RequiredTrees).WithRecordConverters(new DeclarationConverter(), new AuditRecordConverter(), new MassReviewConverter());

    private sealed class ValueArrays : ValueArrayJsonMetadata
    {
        private ValueArrays()
        {
            Add<PointsStandard>();
            Add<HardCondition>();
            Add<RecordPointsRule>();
            Add<OrganizationalLife.MeetingKind>();
            Add<BranchParent>();
            Add<BranchAssignment>();
            Add<MemberRosterEntry>();
            Add<Declaration>();
            Add<AuditRecord>();
            Add<MassReview>();
            Add<MonthlyPoints>();
            Add<QuarterReviewPoints>();
            Add<MemberYearResult>();
            Add<DeclarationResult>();
            Add<PointsStatistics>();
            Add<GradeExportRow>();
        }

        public static ValueArrays Instance { get; } = new();
    }
}

/// <summary>The source-generated metadata of the area's documents; see <see cref="MemberPointsJson"/>.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(PointsScheme))]
[JsonSerializable(typeof(MemberPointsDataSet))]
[JsonSerializable(typeof(MemberPointsYearResult))]
[JsonSerializable(typeof(MemberGradeExport))]
internal sealed partial class MemberPointsJsonContext : JsonSerializerContext;
