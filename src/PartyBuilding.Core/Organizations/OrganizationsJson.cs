using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// The JSON metadata of the organization snapshot, the event log (one record per kind of event) and the compliance report: the area's own source-generated context, with the <see cref="ValueArray{T}"/> types it
/// holds in front of it. Each document of the area answers <see cref="IDocumentContent.JsonMetadata"/> with it;
/// <c>Serialization.PartyBuildingJson</c> puts Common's metadata in front.
/// </summary>
internal static class OrganizationsJson
{
    /// <summary>Gets the area's metadata.</summary>
    public static IJsonTypeInfoResolver Metadata { get; } = JsonTypeInfoResolver.Combine(ValueArrays.Instance, OrganizationsJsonContext.Default);

    private sealed class ValueArrays : ValueArrayJsonMetadata
    {
        private ValueArrays()
        {
            Add<ComplianceFinding>();
            Add<KindNesting>();
            Add<Organization>();
            Add<OrganizationEvent>();
            Add<OrganizationKind>();
            Add<PartyMember>();
            Add<ResponsibilityDistrict>();
            Add<RoleAssignment>();
        }

        public static ValueArrays Instance { get; } = new();
    }
}

/// <summary>The source-generated metadata of the area's documents; see <see cref="OrganizationsJson"/>.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(OrganizationSnapshot))]
[JsonSerializable(typeof(OrganizationEventLog))]
[JsonSerializable(typeof(OrganizationCreated))]
[JsonSerializable(typeof(OrganizationRenamed))]
[JsonSerializable(typeof(LeadershipSupplemented))]
[JsonSerializable(typeof(OrganizationReparented))]
[JsonSerializable(typeof(OrganizationDissolved))]
[JsonSerializable(typeof(OrganizationUnchanged))]
[JsonSerializable(typeof(MemberJoined))]
[JsonSerializable(typeof(MemberTransferred))]
[JsonSerializable(typeof(MemberConfirmed))]
[JsonSerializable(typeof(MemberLeft))]
[JsonSerializable(typeof(RoleAssigned))]
[JsonSerializable(typeof(RoleEnded))]
[JsonSerializable(typeof(OrganizationElected))]
[JsonSerializable(typeof(DistrictAssigned))]
[JsonSerializable(typeof(StaffCountChanged))]
[JsonSerializable(typeof(ProbationExtended))]
[JsonSerializable(typeof(PartyProbationImposed))]
[JsonSerializable(typeof(AppraisalDecisionRecorded))]
[JsonSerializable(typeof(ComplianceReport))]
internal sealed partial class OrganizationsJsonContext : JsonSerializerContext;
