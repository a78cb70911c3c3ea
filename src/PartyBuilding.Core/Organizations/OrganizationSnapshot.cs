using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Organizations;

/// <summary>
/// The organizations of a working committee with their members, roles and districts as they stood on one date: the
/// base from which an <see cref="OrganizationRegistry"/> replays an <see cref="OrganizationEventLog"/>.
/// </summary>
/// <remarks>Check it with <see cref="OrganizationSnapshotValidator"/>. A document of kind <c>organization-snapshot</c>. Immutable and thread-safe.</remarks>
public sealed record OrganizationSnapshot : IDocumentContent
{
    /// <summary>Initializes a snapshot.</summary>
    /// <param name="asOf">The date the snapshot describes.</param>
    /// <param name="organizations">The organizations.</param>
    /// <param name="members">The members; empty for none.</param>
    /// <param name="roles">The roles held; empty for none.</param>
    /// <param name="districts">The responsibility districts; empty for none.</param>
    /// <param name="nesting">Which kind may sit under which; <see cref="NestingRules.Default"/> when <see langword="null"/>.</param>
    public OrganizationSnapshot(
        LocalDate asOf,
        ValueArray<Organization> organizations,
        ValueArray<PartyMember> members = default,
        ValueArray<RoleAssignment> roles = default,
        ValueArray<ResponsibilityDistrict> districts = default,
        NestingRules? nesting = null)
    {
        AsOf = asOf;
        Organizations = organizations;
        Members = members;
        Roles = roles;
        Districts = districts;
        Nesting = nesting ?? NestingRules.Default;
    }

    /// <inheritdoc />
    public static string DocumentKind => "organization-snapshot";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => OrganizationsJson.Metadata;

    /// <summary>Gets the date the snapshot describes.</summary>
    public LocalDate AsOf { get; init; }

    /// <summary>Gets the organizations.</summary>
    public ValueArray<Organization> Organizations { get; init; }

    /// <summary>Gets the members.</summary>
    public ValueArray<PartyMember> Members { get; init; }

    /// <summary>Gets the roles held.</summary>
    public ValueArray<RoleAssignment> Roles { get; init; }

    /// <summary>Gets the responsibility districts.</summary>
    public ValueArray<ResponsibilityDistrict> Districts { get; init; }

    /// <summary>Gets the nesting rules.</summary>
    public NestingRules Nesting { get; init; }
}
