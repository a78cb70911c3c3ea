using System.Text.Json.Serialization.Metadata;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Core.Standardization;

/// <summary>One year's naming of branches by tier (年度命名). A JSON document of kind <c>standardization-naming-round</c>.</summary>
/// <param name="Year">The year.</param>
/// <param name="Namings">The namings, ordered by branch identifier.</param>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record TierNamingRound(AssessmentYear Year, ValueArray<BranchTierNaming> Namings) : IDocumentContent
{
    /// <inheritdoc />
    public static string DocumentKind => "standardization-naming-round";

    /// <inheritdoc />
    static IJsonTypeInfoResolver IDocumentContent.JsonMetadata => StandardizationJson.Metadata;


    /// <summary>Gets the naming of a branch.</summary>
    /// <param name="branchId">The branch.</param>
    /// <returns>The naming, or <see langword="null"/> when the branch was not named this year.</returns>
    public BranchTierNaming? Find(OrganizationId branchId) => Namings.FirstOrDefault(n => n.BranchId == branchId);
}
