using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>One branch of a roster with the department and responsibility district it belongs to.</summary>
/// <param name="BranchId">The branch.</param>
/// <param name="DepartmentId">The department-level party organization it belongs to.</param>
/// <param name="DistrictId">The responsibility district (责任区) of that department.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RosterEntry(OrganizationId BranchId, OrganizationId DepartmentId, DistrictId DistrictId);

/// <summary>
/// The branches a working committee rolls coverage up over, with their departments and districts (支部名册). The
/// structure is given as input, so that standardization does not depend on how organizations are kept. A JSON document
/// of kind <c>standardization-branch-roster</c>.
/// </summary>
/// <param name="CommitteeId">The working committee.</param>
/// <param name="Branches">The branches, each once.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record BranchRoster(OrganizationId CommitteeId, ValueArray<RosterEntry> Branches) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "standardization-branch-roster";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => StandardizationJson.Metadata;
}
